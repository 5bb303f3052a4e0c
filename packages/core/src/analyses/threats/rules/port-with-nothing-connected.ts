import type { ModelQuery } from '../../../model/query/index.js';
import type { Component, ComponentInterface, DataFlow } from '../../../model/types.js';
import {
  PHYSICAL_INTERFACE_TYPES,
  WIRELESS_INTERFACE_TYPES,
  type InterfacePurpose,
  type InterfaceType,
  type Protocol,
} from '../../../model/vocabulary.js';
import { componentPath, fact } from '../helpers.js';
import { IP_PROTOCOLS } from '../support/stride-links.js';
import type { ThreatRule } from '../types.js';

/** Protocols a flow that names no interface may use to travel through a port of each type. */
const PROTOCOL_FAMILY: Partial<Record<InterfaceType, readonly Protocol[]>> = {
  ble: ['ble'],
  'bluetooth-classic': ['bluetooth-classic'],
  wifi: ['wifi', ...IP_PROTOCOLS],
  ethernet: IP_PROTOCOLS,
  cellular: ['cellular', ...IP_PROTOCOLS],
  nfc: ['nfc'],
  inductive: ['inductive'],
  mics: ['mics'],
  'proprietary-rf': ['proprietary', 'other'],
  zigbee: ['proprietary', 'other'],
  usb: ['usb', 'serial', 'file'],
  serial: ['serial'],
  uart: ['serial'],
  'sd-card': ['file'],
};

const IN_USE: readonly InterfacePurpose[] = ['data', 'service', 'update'];

/** The physical unit the port belongs to: the component, what it contains and what contains it. */
function unitOf(component: Component, query: ModelQuery): Set<string> {
  return new Set(
    [...query.selfAndDescendants(component.id), ...query.ancestors(component.id)].map((c) => c.id),
  );
}

function goesThrough(
  flow: DataFlow,
  component: Component,
  iface: ComponentInterface,
  unit: Set<string>,
  query: ModelQuery,
): boolean {
  if (flow.source === component.id && flow.sourceInterface === iface.id) return true;
  if (flow.target === component.id && flow.targetInterface === iface.id) return true;
  if (unit.has(flow.source) && unit.has(flow.target)) return false; // internal wiring, not the port
  const end = unit.has(flow.source) ? 'source' : 'target';
  if (flow[`${end}Interface`] !== undefined) return false;
  if (iface.type === 'local-console') {
    const other = end === 'source' ? flow.target : flow.source;
    return query.component(other)?.kind === 'person';
  }
  const protocol = flow.protocol?.name;
  return protocol !== undefined && (PROTOCOL_FAMILY[iface.type] ?? []).includes(protocol);
}

export const portWithNothingConnected = {
  id: 'port-with-nothing-connected',
  version: 1,
  title: 'Port in use with no data flow through it',
  category: 'completeness',
  stride: [],
  fdaCategory: 'authorization',
  references: {
    fda: [
      'Playbook §2.3.1 (flag physical ports with nothing connected)',
      'Premarket App. 2.B (every interface and communication path)',
    ],
  },
  description:
    'Every enabled port or radio is a way in. When the model declares one as in use but no data flow goes through it, what travels over it (service commands, updates, data exports) is undocumented, and none of the threats on that path are analysed.',
  detection:
    'A physical or radio interface that is used, enabled (not `disabled` or `removed`) and whose purpose is data, service or update, with no data flow of its component, the components nested in it or the ones enclosing it that goes through it: by naming it as `sourceInterface`/`targetInterface`, or, when the flow names no interface at that end, by a protocol of the port family (BLE for ble; IP protocols for ethernet, wifi and cellular; usb, serial or file for USB; file for SD cards; a person at the other end for a local console). Debug and charging ports are left to debug-port-open and the physical-access rules.',
  falsePositives:
    'The port exists but nothing uses it: declare `used: false` (and `access: disabled` if it is closed). Flows that name neither interface nor protocol cannot be matched: add the protocol or the interface to them.',
  mitigation:
    'Model the flows that use the port, with protocol and interface, or disable the port in production.',
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'interface',
  when: ({ iface }) =>
    iface.used &&
    IN_USE.includes(iface.purpose) &&
    iface.access !== 'disabled' &&
    iface.access !== 'removed' &&
    (PHYSICAL_INTERFACE_TYPES.includes(iface.type) ||
      WIRELESS_INTERFACE_TYPES.includes(iface.type)),
  evaluate({ component, iface }, query) {
    const unit = unitOf(component, query);
    const flows = [...unit].flatMap((id) => query.flowsOf(id));
    if (flows.some((flow) => goesThrough(flow, component, iface, unit, query))) return undefined;
    return {
      rationale: `${iface.type} interface "${iface.id}" on "${component.id}" is in use for ${iface.purpose}, but no data flow in the model goes through it${flows.length === 0 ? ' (the component has no flows)' : ''}.`,
      evidence: [
        fact(
          componentPath(component, 'interfaces', iface.id),
          `${iface.type}, purpose: ${iface.purpose}, access: ${iface.access ?? 'not declared'}`,
        ),
      ],
    };
  },
} satisfies ThreatRule;
