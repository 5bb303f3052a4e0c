import type { Component } from '../../model/types.js';
import type { RuleContext } from '../threats/types.js';
import { formatMonths } from './dates.js';
import type { LifecycleFacts } from './facts.js';
import { compensatingControls } from './rule-support.js';
import type { ItemStatus } from './status.js';
import type { SupportItem } from './types.js';

/**
 * What the lifecycle table recommends for one piece of software, in the words the rules use: the
 * compensating controls once support has ended (FDA: external, field-configurable; IMDRF N70:
 * after end of support), a dated upgrade plan plus those controls for the gap when it ends before
 * the device does, and nothing when its support covers the service life. Software with no end
 * announced, or a device whose end of service is unknown, gets a line saying what to find out —
 * never silence that reads as "fine".
 */
export function recommendationFor(
  item: SupportItem & ItemStatus,
  component: Component,
  query: RuleContext,
  facts: Pick<LifecycleFacts, 'today' | 'device'>,
): string | undefined {
  switch (item.status) {
    case 'covers-service-life':
      return undefined;
    case 'ended':
      return `replace or upgrade it to a supported release; until then: ${compensatingControls(item, component, query, facts.today)}`;
    case 'ends-before-service-life': {
      const gap = item.gapMonths === undefined ? '' : ` (${formatMonths(item.gapMonths)} gap)`;
      return `plan and date the upgrade before ${item.effective.end ?? 'its end of support'}, or buy extended support up to ${facts.device.endOfService ?? 'the end of service'}${gap}; if it still runs after its end: ${compensatingControls(item, component, query, facts.today)}`;
    }
    case 'no-end-announced':
      return 'no end of support is announced: ask the supplier for a date (or a support commitment covering the service life) and record it';
    case 'open':
      return "declare the device's end of service (device.endOfSupport, or device.marketDate with serviceLifeYears) so the gap can be measured";
  }
}
