import {
  severityRank,
  steers,
  type HarmReach,
  type ModelQuery,
} from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
import { linkKind } from './stride-links.js';
import {
  WIRELESS_INTERFACE_TYPES,
  type ComponentKind,
  type DeploymentType,
  type HarmSeverity,
  type InterfaceType,
  type Protocol,
} from '../../../model/vocabulary.js';

/** FDA Appendix 1 singles out harm that needs medical intervention or worse. */
export function isSeriousOrWorse(severity: HarmSeverity | undefined): boolean {
  return severity !== undefined && severityRank(severity) >= severityRank('serious');
}

/** `insulin-delivery (catastrophic)`, or a plain statement that the model names no function. */
export function describeHarm(reach: HarmReach): string {
  const worst = reach.impacts[0];
  return worst === undefined
    ? 'reaches no declared clinical function'
    : `can affect ${worst.functionId} (${worst.severity})`;
}

/**
 * A path whose content changes what a device does to a patient: commands or configuration (unless
 * the model shows every function they reach is below serious), or other steering data (`steers`)
 * reaching a function of serious harm or worse. Code-only flows are left to the software-update rules.
 */
export function isHarmfulCommandPath(flow: DataFlow, query: ModelQuery): boolean {
  const severity = query.harmOfFlow(flow.id).severity;
  if (flow.carries.includes('commands'))
    return severity === undefined || isSeriousOrWorse(severity);
  const codeOnly = flow.carries.every((carried) => carried === 'code');
  return !codeOnly && steers(flow) && isSeriousOrWorse(severity);
}

const RADIO_PROTOCOLS: readonly Protocol[] = [
  'ble',
  'bluetooth-classic',
  'wifi',
  'nfc',
  'inductive',
  'mics',
  'cellular',
];
/** Links that need the attacker at the hardware or already inside it. */
const LOCAL_PROTOCOLS: readonly Protocol[] = ['in-process', 'file', 'usb', 'serial'];

function interfaceType(query: ModelQuery, componentId: string, interfaceId?: string) {
  if (interfaceId === undefined) return undefined;
  return query.component(componentId)?.interfaces.find((i) => i.id === interfaceId)?.type;
}

/** The radio a flow travels over (from its protocol or either end's interface), if any. */
export function radioOf(flow: DataFlow, query: ModelQuery): string | undefined {
  const protocol = flow.protocol?.name;
  if (protocol !== undefined && RADIO_PROTOCOLS.includes(protocol)) return protocol;
  return [
    interfaceType(query, flow.source, flow.sourceInterface),
    interfaceType(query, flow.target, flow.targetInterface),
  ].find(
    (type): type is InterfaceType => type !== undefined && WIRELESS_INTERFACE_TYPES.includes(type),
  );
}

/**
 * How someone away from the device can reach the flow: a radio, a network protocol, or a link
 * between two deployments. Undefined for local links and for flows from a person at the device.
 */
export function remoteLinkOf(flow: DataFlow, query: ModelQuery): string | undefined {
  const radio = radioOf(flow, query);
  if (radio !== undefined) return `${radio} radio`;
  const protocol = flow.protocol?.name;
  if (protocol !== undefined && !LOCAL_PROTOCOLS.includes(protocol)) return `${protocol} link`;
  const source = query.component(flow.source);
  const target = query.component(flow.target);
  if (
    protocol === undefined &&
    source !== undefined &&
    target !== undefined &&
    source.kind !== 'person' &&
    source.deployment !== undefined &&
    target.deployment !== undefined &&
    source.deployment !== target.deployment
  )
    return `link from deployment "${source.deployment}" to "${target.deployment}"`;
  return undefined;
}

const CLOUD_DEPLOYMENTS: readonly DeploymentType[] = [
  'cloud-manufacturer-tenant',
  'cloud-third-party-saas',
  'manufacturer-backend',
];
const CLOUD_KINDS: readonly ComponentKind[] = [
  'cloud-service',
  'update-server',
  'signing-service',
  'ci-cd',
];

/** Cloud and back-end components (the same scope as cloud-audit-log-missing). */
export function isCloudOrBackend(component: Component, query: ModelQuery): boolean {
  const type = query.deploymentOf(component)?.type;
  return (
    (type !== undefined && CLOUD_DEPLOYMENTS.includes(type)) || CLOUD_KINDS.includes(component.kind)
  );
}

const NETWORK_INTERFACES: readonly InterfaceType[] = [...WIRELESS_INTERFACE_TYPES, 'ethernet'];

const initiatorOf = (flow: DataFlow): string =>
  flow.initiator === 'source' ? flow.source : flow.target;

/**
 * The flows by which something outside the component's deployment opens connections to it, when
 * that deployment is internet-facing: its ways in from the internet. A database or a build server
 * that only its neighbours in the same deployment call sits in an internet-facing deployment without
 * being reachable from the internet; the model then shows no way in, and none is assumed.
 */
export function internetEntries(component: Component, query: ModelQuery): DataFlow[] {
  if (query.exposureOf(component)?.internetFacing !== true) return [];
  return query.flowsOf(component.id).filter((flow) => {
    const initiator = initiatorOf(flow);
    if (initiator === component.id) return false;
    const deployment = query.component(initiator)?.deployment;
    return deployment === undefined || deployment !== component.deployment;
  });
}

/** `deployment "cloud" is internet-facing and "upload" comes in from outside it`, or undefined. */
export function describeInternetEntries(
  component: Component,
  query: ModelQuery,
): string | undefined {
  const entries = internetEntries(component, query);
  if (entries.length === 0) return undefined;
  const ids = entries.map((flow) => `"${flow.id}"`).join(', ');
  return `deployment "${component.deployment ?? ''}" is internet-facing and ${ids} ${entries.length === 1 ? 'comes' : 'come'} in from outside it`;
}

/**
 * Whether others can open a connection through the interface: true unless every flow the model
 * routes through it is opened by the component itself (a broadcaster, a client that only calls out).
 * An interface no flow names is taken as listening.
 */
export function acceptsConnections(
  component: Component,
  interfaceId: string,
  query: ModelQuery,
): boolean {
  const through = query
    .flowsOf(component.id)
    .filter(
      (flow) =>
        (flow.source === component.id && flow.sourceInterface === interfaceId) ||
        (flow.target === component.id && flow.targetInterface === interfaceId),
    );
  return through.length === 0 || through.some((flow) => initiatorOf(flow) !== component.id);
}

/**
 * Why others can open a connection to the component from outside its trust boundary: a way in from
 * the internet, an enabled network or radio interface that accepts connections, or a flow someone
 * else initiates into it across a boundary (a person at its own user interface is not a
 * connection). Empty when none of these is in the model.
 */
export function reachableFromOutside(component: Component, query: ModelQuery): string[] {
  const reasons: string[] = [];
  const internet = describeInternetEntries(component, query);
  if (internet !== undefined) reasons.push(internet);
  const entries = new Set(internetEntries(component, query).map((flow) => flow.id));
  for (const iface of component.interfaces) {
    if (!NETWORK_INTERFACES.includes(iface.type) || !iface.used) continue;
    if (iface.access === 'disabled' || iface.access === 'removed') continue;
    if (!acceptsConnections(component, iface.id, query)) continue;
    reasons.push(`${iface.type} interface "${iface.id}" is enabled`);
  }
  for (const flow of query.flowsOf(component.id)) {
    const initiator = initiatorOf(flow);
    const crossed = query.crossedBoundaries(flow);
    if (initiator === component.id || crossed.length === 0 || entries.has(flow.id)) continue;
    if (linkKind(flow, query) === 'user-interface') continue;
    reasons.push(`flow "${flow.id}" from "${initiator}" crosses ${crossed.join(', ')}`);
  }
  return reasons;
}

/** `insulin-delivery (catastrophic)` for each function of serious harm or worse the component serves. */
export function seriousFunctionsServed(component: Component, query: ModelQuery): string[] {
  return query.servedFunctions(component.id).flatMap((id) => {
    const severity = query.clinicalFunction(id)?.severity;
    return isSeriousOrWorse(severity) ? [`${id} (${String(severity)})`] : [];
  });
}
