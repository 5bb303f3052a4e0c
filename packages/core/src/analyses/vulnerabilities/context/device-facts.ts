import type { Component, Exposure } from '../../../model/types.js';
import {
  SENSITIVE_DATA,
  type DeploymentType,
  type HarmSeverity,
  type InterfaceType,
  type Multiplicity,
  type Protocol,
} from '../../../model/vocabulary.js';
import type { FunctionImpact } from '../../../model/query/index.js';
import type { RuleContext } from '../../threats/types.js';
import { IP_PROTOCOLS } from '../../threats/support/stride-links.js';

/** How far away an attacker can be and still reach the component (CVSS attack-vector classes). */
export type Reach = 'N' | 'A' | 'L' | 'P';

/** What the device model says about one component, as vulnerability scoring needs it. */
export interface DeviceFacts {
  readonly componentId: string;
  /** The most remote way in, with the flows or interfaces that give it; undefined when unknown. */
  readonly reach?: { readonly value: Reach; readonly reason: string };
  readonly exposure?: Exposure;
  readonly deploymentType?: DeploymentType;
  readonly multiplicity: Multiplicity;
  /** Clinical functions the component can corrupt if compromised (served and steered). */
  readonly integrityImpacts: readonly FunctionImpact[];
  /** Clinical functions that stop when the component stops. */
  readonly lossImpacts: readonly FunctionImpact[];
  readonly worstIntegrity?: HarmSeverity;
  readonly worstLoss?: HarmSeverity;
  /** Sensitive data classes (PHI, credentials, keys …) on the component's flows. */
  readonly sensitiveData: readonly string[];
}

// Everything IP-based (the list the threat rules use) plus the link layers that carry IP.
const NETWORK: ReadonlySet<string> = new Set<Protocol | InterfaceType>([
  ...IP_PROTOCOLS,
  'wifi',
  'ethernet',
  'cellular',
]);
const ADJACENT: ReadonlySet<string> = new Set<Protocol | InterfaceType>([
  'ble',
  'bluetooth-classic',
  'nfc',
  'inductive',
  'mics',
  'proprietary-rf',
  'zigbee',
]);
const LOCAL: ReadonlySet<string> = new Set<Protocol | InterfaceType>(['in-process', 'file']);
const PHYSICAL: ReadonlySet<string> = new Set<Protocol | InterfaceType>([
  'usb',
  'serial',
  'jtag',
  'swd',
  'uart',
  'sd-card',
  'local-console',
  'optical',
]);
const ORDER: readonly Reach[] = ['P', 'L', 'A', 'N'];

/**
 * Facts about a component for scoring a vulnerability in its software: its reach from the
 * protocols of its flows (and those of its nested components) and the interfaces of the hardware
 * it runs on, its deployment exposure, and the clinical functions it can corrupt or stop.
 */
export function deviceFacts(component: Component, query: RuleContext): DeviceFacts {
  const harm = query.harmOfComponent(component.id);
  const loss = query.lossOfComponent(component.id);
  const deployment =
    query.deploymentOf(component) ??
    query
      .ancestors(component.id)
      .map((a) => query.deploymentOf(a))
      .find((d) => d !== undefined);
  const flows = query.selfAndDescendants(component.id).flatMap((c) => query.flowsOf(c.id));
  const sensitive = [
    ...new Set(flows.flatMap((f) => f.data.filter((d) => SENSITIVE_DATA.includes(d)))),
  ].sort();
  const reach = reachOf(component, query);
  return {
    componentId: component.id,
    ...(reach === undefined ? {} : { reach }),
    ...(deployment?.exposure === undefined ? {} : { exposure: deployment.exposure }),
    ...(deployment === undefined ? {} : { deploymentType: deployment.type }),
    multiplicity: component.multiplicity,
    integrityImpacts: harm.impacts,
    lossImpacts: loss.impacts,
    ...(harm.severity === undefined ? {} : { worstIntegrity: harm.severity }),
    ...(loss.severity === undefined ? {} : { worstLoss: loss.severity }),
    sensitiveData: sensitive,
  };
}

function reachOf(component: Component, query: RuleContext): DeviceFacts['reach'] {
  const ways: { value: Reach; via: string }[] = [];
  for (const c of query.selfAndDescendants(component.id))
    for (const flow of query.flowsOf(c.id)) {
      const cls = classOf(flow.protocol?.name);
      if (cls === undefined) return undefined; // an unknown protocol: do not guess a smaller reach
      ways.push({ value: cls, via: `flow ${flow.id} (${flow.protocol?.name ?? 'no protocol'})` });
    }
  for (const host of [component, ...query.ancestors(component.id)])
    for (const iface of host.interfaces) {
      if (!iface.used || iface.purpose === 'none') continue;
      const cls = classOf(iface.type);
      if (cls === undefined) return undefined;
      ways.push({ value: cls, via: `interface ${host.id}/${iface.id} (${iface.type})` });
    }
  if (ways.length === 0) return undefined;
  const value = ORDER.reduce<Reach>((best, r) => (ways.some((w) => w.value === r) ? r : best), 'P');
  const via = ways
    .filter((w) => w.value === value)
    .map((w) => w.via)
    .slice(0, 3);
  return { value, reason: `most remote way in: ${via.join(', ')}` };
}

function classOf(kind: string | undefined): Reach | undefined {
  if (kind === undefined) return undefined;
  if (NETWORK.has(kind)) return 'N';
  if (ADJACENT.has(kind)) return 'A';
  if (LOCAL.has(kind)) return 'L';
  if (PHYSICAL.has(kind)) return 'P';
  return undefined;
}
