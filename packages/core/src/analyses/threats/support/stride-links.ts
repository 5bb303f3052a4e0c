import { severityRank, type ModelQuery } from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
import {
  PHYSICAL_INTERFACE_TYPES,
  WIRELESS_INTERFACE_TYPES,
  type HarmSeverity,
  type InterfaceType,
  type Protocol,
} from '../../../model/vocabulary.js';

/**
 * What an attacker needs to reach the bits of a flow: radio range, a network position, a cable or
 * port, a foothold inside the same program, or to stand at the device's user interface (a person
 * using it directly). `unknown` when the model does not say.
 */
export type LinkKind =
  'radio' | 'network' | 'physical' | 'in-process' | 'user-interface' | 'unknown';

export const IP_PROTOCOLS: readonly Protocol[] = [
  'tcp',
  'udp',
  'tls',
  'dtls',
  'http',
  'https',
  'websocket',
  'mqtt',
  'amqp',
  'coap',
  'grpc',
  'hl7v2',
  'fhir',
  'dicom',
  'smtp',
  'sftp',
  'ftp',
  'ssh',
  'telnet',
  'snmp',
  'smb',
];
const RADIO_PROTOCOLS: readonly Protocol[] = [
  'ble',
  'bluetooth-classic',
  'wifi',
  'nfc',
  'inductive',
  'mics',
  'cellular',
];
const CABLE_PROTOCOLS: readonly Protocol[] = ['usb', 'serial'];
/** Radios that work over centimetres: an attacker has to be next to the patient or device. */
const NEAR_FIELD = ['nfc', 'inductive'];

function namedInterfaceTypes(flow: DataFlow, query: ModelQuery): InterfaceType[] {
  const typeOf = (componentId: string, interfaceId: string | undefined) =>
    interfaceId === undefined
      ? undefined
      : query.component(componentId)?.interfaces.find((i) => i.id === interfaceId)?.type;
  return [
    typeOf(flow.source, flow.sourceInterface),
    typeOf(flow.target, flow.targetInterface),
  ].filter((t): t is InterfaceType => t !== undefined);
}

/** The radio the flow travels over, from its protocol or a named wireless interface. */
function radioOf(flow: DataFlow, query: ModelQuery): string | undefined {
  const protocol = flow.protocol?.name;
  if (protocol !== undefined && RADIO_PROTOCOLS.includes(protocol)) return protocol;
  return namedInterfaceTypes(flow, query).find((t) => WIRELESS_INTERFACE_TYPES.includes(t));
}

/** The most exposed link the flow's protocol, named interfaces or ends show (radio beats network). */
export function linkKind(flow: DataFlow, query: ModelQuery): LinkKind {
  const protocol = flow.protocol?.name;
  if (protocol === 'in-process') return 'in-process';
  if (radioOf(flow, query) !== undefined) return 'radio';
  const interfaces = namedInterfaceTypes(flow, query);
  if (
    (protocol !== undefined && IP_PROTOCOLS.includes(protocol)) ||
    interfaces.includes('ethernet')
  )
    return 'network';
  const personAtDevice =
    protocol === undefined &&
    interfaces.length === 0 &&
    [flow.source, flow.target].some((id) => query.component(id)?.kind === 'person');
  if (personAtDevice || interfaces.includes('local-console')) return 'user-interface';
  if (
    (protocol !== undefined && CABLE_PROTOCOLS.includes(protocol)) ||
    interfaces.some((t) => PHYSICAL_INTERFACE_TYPES.includes(t))
  )
    return 'physical';
  return 'unknown';
}

/** Links whose bits can be reached without touching the device. */
export function isRemoteLink(kind: LinkKind): boolean {
  return kind === 'radio' || kind === 'network';
}

/** A far-reaching radio (BLE, Wi-Fi, MICS, cellular …), as opposed to NFC or an inductive wand. */
export function farFieldRadio(flow: DataFlow, query: ModelQuery): string | undefined {
  const radio = radioOf(flow, query);
  return radio === undefined || NEAR_FIELD.includes(radio) ? undefined : radio;
}

/** How the link reads in a rationale: "a radio link (ble)", "a network link (hl7v2)" … */
export function describeLink(flow: DataFlow, query: ModelQuery): string {
  const protocol = flow.protocol?.name;
  const radio = radioOf(flow, query);
  const named = [...new Set([radio, protocol].filter((p) => p !== undefined))].join(', ');
  const suffix = named === '' ? '' : ` (${named})`;
  switch (linkKind(flow, query)) {
    case 'radio':
      return `a radio link${suffix}`;
    case 'network':
      return `a network link${suffix}`;
    case 'physical':
      return `a cable or port${suffix}`;
    case 'in-process':
      return 'an in-process call';
    case 'user-interface':
      return 'the user interface';
    case 'unknown':
      return protocol === undefined || protocol === 'other'
        ? 'a link of undeclared kind'
        : `a ${protocol} link`;
  }
}

/**
 * The device a flow stays inside: wiring between two parts nested in the same outermost component
 * (a bus between two processors of one pump), over no radio or network. Undefined otherwise.
 */
export function insideOneDevice(flow: DataFlow, query: ModelQuery): string | undefined {
  if (isRemoteLink(linkKind(flow, query))) return undefined;
  const outermost = (id: string) => query.ancestors(id).at(-1)?.id ?? id;
  const device = outermost(flow.source);
  return device === outermost(flow.target) ? device : undefined;
}

/**
 * Reaching the flow needs hands on the hardware: wiring between parts of one device, or a cable or
 * port. Undefined for radio and network links, which reach further.
 */
export function handsOnOnly(
  flow: DataFlow,
  query: ModelQuery,
): { readonly level: 'low'; readonly reason: string } | undefined {
  const kind = linkKind(flow, query);
  if (isRemoteLink(kind)) return undefined;
  const device = insideOneDevice(flow, query);
  if (device !== undefined)
    return {
      level: 'low',
      reason: `both ends are inside "${device}"; reaching the link means opening it`,
    };
  return kind === 'physical'
    ? { level: 'low', reason: 'reaching the link needs access to the cable or port' }
    : undefined;
}

/** An end of the flow sits in an internet-facing deployment the other end is not part of. */
export function crossesInternet(flow: DataFlow, query: ModelQuery): boolean {
  const source = query.component(flow.source);
  const target = query.component(flow.target);
  if (source === undefined || target === undefined) return false;
  if (source.deployment !== undefined && source.deployment === target.deployment) return false;
  return [source, target].some((end) => query.exposureOf(end)?.internetFacing === true);
}

export function isSeriousOrWorse(severity: HarmSeverity | undefined): boolean {
  return severity !== undefined && severityRank(severity) >= severityRank('serious');
}

/** Who can lay hands on the hardware, as words for a rationale and an exploitability level. */
export function physicalExposure(
  component: Component,
  query: ModelQuery,
): { readonly level: 'high' | 'moderate' | 'low'; readonly reason: string } | undefined {
  if (query.deploymentOf(component)?.type === 'implanted')
    return { level: 'low', reason: 'hands-on access to an implant needs an explant' };
  const access = query.exposureOf(component)?.physicalAccess;
  switch (access) {
    case undefined:
      return undefined;
    case 'public':
    case 'household':
      return { level: 'high', reason: `anyone in the ${access} setting can handle the hardware` };
    case 'patient-only':
      return {
        level: 'moderate',
        reason: 'only the patient handles it, but it can be lost or stolen and examined at leisure',
      };
    case 'staff':
      return {
        level: 'moderate',
        reason: 'staff, visitors and patients can reach it; access is not controlled per device',
      };
    case 'restricted':
      return { level: 'low', reason: 'physical access is restricted to authorised personnel' };
  }
}
