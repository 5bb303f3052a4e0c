import type { Evidence } from '../../findings/types.js';
import type { Component } from '../../model/types.js';
import type { RuleContext, RuleHit } from '../threats/types.js';
import { formatMonths } from './dates.js';
import type { DeviceLifecycle } from './service-life.js';
import type { ItemStatus } from './status.js';
import type { SupportItem, SupportSource } from './types.js';

type Item = SupportItem & ItemStatus;
type Exploitability = NonNullable<RuleHit['exploitability']>['level'];

/**
 * One step up the exploitability scale, at most `high` (very high is kept for known exploited
 * vulnerabilities). Local rather than risk/'s shift: analyses sit below risk/ in the layering.
 */
function raise(level: Exploitability): Exploitability {
  const order: readonly Exploitability[] = ['very-low', 'low', 'moderate', 'high'];
  const index = order.indexOf(level);
  return order[Math.min(index + 1, order.length - 1)] ?? 'high';
}

/** `end of support 2025-07-28`, `support ended (no date stated)`, `no end announced`. */
export function describeEnd(source: SupportSource): string {
  if (source.end !== undefined) return `end of support ${source.end}`;
  return source.ended === true ? 'support ended (no date stated)' : 'no end of support announced';
}

/** The deciding source, the others (a disagreement is shown, not resolved silently), the device's end. */
export function supportEvidence(item: Item, device: DeviceLifecycle): Evidence[] {
  const { effective, others } = item;
  const level = effective.level === undefined ? '' : `; level of support "${effective.level}"`;
  return [
    {
      path: effective.path,
      text: `${item.name}: ${describeEnd(effective)} (${effective.detail})${level}`,
    },
    ...others.map((o) => ({
      path: o.path,
      text: `also: ${describeEnd(o)} (${o.detail})${o.end !== undefined && effective.end !== undefined && o.end !== effective.end ? ` — differs from ${effective.end}; ${effective.detail} is used` : ''}`,
    })),
    ...(effective.extendedSupport === undefined
      ? []
      : [
          {
            path: effective.path,
            text: `extended (usually paid) support until ${effective.extendedSupport}`,
          },
        ]),
    {
      path: device.endOfServicePath,
      text: `device end of service: ${device.endOfService ?? 'unknown'} (${device.endOfServiceText})`,
    },
  ];
}

/**
 * A level of support that still claims maintenance on software whose end date has passed: the SBOM
 * contradicts itself and someone should fix it.
 */
export function levelContradiction(item: Item): string {
  const level = item.effective.level;
  return level !== undefined &&
    /active|maintained|supported/i.test(level) &&
    !/no|un|abandon/i.test(level)
    ? ` The source still calls it "${level}", which the date contradicts.`
    : '';
}

/**
 * Exploitability of software whose support has ended: `moderate` (no fix will come for whatever is
 * found next), one step more when it ended two years ago or more (published, unpatched
 * vulnerabilities and exploits accumulate) and one when its deployment is internet-facing (a hostile
 * network is assumed everywhere, as FDA asks, so it is already in the base level); at most `high`
 * (very high is kept for known exploited vulnerabilities, which known-vulnerability reports).
 */
export function endedExploitability(
  item: Item,
  component: Component,
  query: RuleContext,
): NonNullable<RuleHit['exploitability']> {
  const reasons: string[] = [];
  let level: Exploitability = 'moderate';
  if (item.endedMonthsAgo !== undefined && item.endedMonthsAgo >= 24) {
    level = raise(level);
    reasons.push(
      `support ended ${formatMonths(item.endedMonthsAgo)} ago, time enough for unpatched vulnerabilities and public exploits to accumulate`,
    );
  }
  const exposure = query.exposureOf(component);
  if (exposure?.internetFacing === true) {
    level = raise(level);
    reasons.push(
      `it runs in ${component.deployment ?? 'a deployment'}, reachable from the internet`,
    );
  }
  return {
    level,
    reason:
      reasons.length === 0
        ? 'no security fixes will come for vulnerabilities found from now on'
        : `no security fixes will come, and ${reasons.join('; ')}`,
  };
}

/**
 * Exploitability of a support gap still ahead: nothing is unpatched yet, but the device will run
 * that long without fixes. Under a year `very-low`, under three years `low`, else `moderate`.
 */
export function gapExploitability(gapMonths: number): NonNullable<RuleHit['exploitability']> {
  const level: Exploitability = gapMonths < 12 ? 'very-low' : gapMonths < 36 ? 'low' : 'moderate';
  return {
    level,
    reason: `the device would run ${formatMonths(gapMonths)} without security fixes for it; the longer the gap, the more unpatched vulnerabilities it collects`,
  };
}

/**
 * Compensating controls for software that can no longer be patched (FDA: controls external to the
 * device, configurable in the field; IMDRF N70: after end of support), specific to the component:
 * its flows for segmentation, its unused interfaces for disabling, and a replacement date.
 */
export function compensatingControls(
  item: Item,
  component: Component,
  query: RuleContext,
  today: string | undefined,
): string {
  const all = query.model.dataFlows
    .filter((f) => f.source === component.id || f.target === component.id)
    .map((f) => f.id);
  // A server with dozens of flows would drown the advice; the first few name the idea.
  const flows = all.length <= 6 ? all : [...all.slice(0, 5), `and ${String(all.length - 5)} more`];
  const unused = component.interfaces
    .filter(
      (i) => (!i.used || i.purpose === 'none') && i.access !== 'disabled' && i.access !== 'removed',
    )
    .map((i) => i.id);
  const extended = item.effective.extendedSupport;
  return [
    `segment "${component.id}" (its own VLAN or firewall zone allowing only ${flows.length === 0 ? 'the connections it needs' : `its modelled flows: ${flows.join(', ')}`}) and block everything else, internet access first`,
    'allow-list the applications that may run on it and remove the ones that need not',
    `disable services, ports and accounts it does not need${unused.length === 0 ? '' : ` (unused interfaces: ${unused.join(', ')})`}`,
    'monitor it: forward its logs, watch its network traffic (IDS) for the exploits known against this version',
    ...(extended === undefined
      ? []
      : today !== undefined && extended < today
        ? [`note that extended support ended too (${extended})`]
        : [
            `buy extended security updates while they exist (until ${extended}) — a deferral, not a fix`,
          ]),
    `plan and date its replacement or upgrade to a supported release, and tell customers (labeling, MDS2, a customer letter) which controls they must apply until then`,
  ].join('; ');
}
