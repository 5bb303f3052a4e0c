import { encryptionOf, hasSecurityIntegrity, type ModelQuery } from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
import { SENSITIVE_DATA, type Protocol } from '../../../model/vocabulary.js';
import { componentPath, fact, flowPath, label, notDeclared } from '../helpers.js';
import { deploymentTypeOf } from '../support/home-use.js';
import type { ThreatRule } from '../types.js';

/** Links that never cross the home LAN or Wi-Fi: in-process calls, cables, cellular, short-range radio. */
const OFF_HOME_NETWORK: readonly Protocol[] = [
  'in-process',
  'file',
  'usb',
  'serial',
  'ble',
  'bluetooth-classic',
  'nfc',
  'inductive',
  'mics',
  'cellular',
];

/** A person pressing buttons or reading a screen is not a network link. */
function betweenDevices(flow: DataFlow, query: ModelQuery): boolean {
  return [flow.source, flow.target].every((id) => query.component(id)?.kind !== 'person');
}

function homeEnds(flow: DataFlow, query: ModelQuery): Component[] {
  return [flow.source, flow.target]
    .map((id) => query.component(id))
    .filter(
      (c): c is Component => c !== undefined && deploymentTypeOf(c, query) === 'patient-home',
    );
}

export const hostileHomeNetworkReliance = {
  id: 'hostile-home-network-reliance',
  version: 1,
  title: 'Flow relies on the patient home network being safe',
  category: 'home-use',
  stride: ['information-disclosure'],
  fdaCategory: 'confidentiality',
  references: {
    cwe: [319],
    capec: [157, 117, 94],
    attackIcs: ['T0842', 'T0830'],
    fda: [
      'Premarket V.A.1 (assume the network is hostile)',
      'Premarket App. 1 E (confidentiality of information in transit)',
    ],
  },
  description:
    'A home network is a consumer router with default settings, shared with smart TVs, cameras and guests, and nobody monitors it. A flow that crosses it with no cryptographic protection at all is only as private as the least secure gadget in the house: any compromised device there can watch readings, alarms, settings and commands go by, learn the daily pattern of the patient and how the device is driven, and prepare an attack on it.',
  detection:
    'A data flow between two systems (not a person) with at least one end deployed in a `patient-home` deployment, whose protocol is not declared or is a network protocol (not in-process, file, USB, serial, cellular or short-range radio), that carries no PHI, PII, credentials, keys or training data (those are reported by flow-information-disclosure), and that has neither encryption nor a cryptographic integrity check (declared, or implied by TLS, DTLS, SSH or an AEAD cipher). Tampering with such a flow is reported by flow-tampering, crc-as-security-integrity or spoofable-safety-telemetry; this rule reports what the unmanaged home network lets others read.',
  falsePositives:
    'The payload is protected end to end above the transport (e.g. signed and encrypted messages): declare that as the flow `encryption` and `integrity`. A flow that never leaves a single appliance: declare `protocol: in-process`.',
  mitigation:
    'Protect the flow end to end with mutually authenticated TLS 1.3 or DTLS 1.3 (or an AEAD cipher with per-device keys), so that the device is safe on a hostile home network; never rely on the home Wi-Fi password or router firewall, and tell patients so in the labeling.',
  exploitability: 'high',
  harm: 'privacy',
  appliesTo: 'flow',
  when: (flow, query) =>
    homeEnds(flow, query).length > 0 &&
    betweenDevices(flow, query) &&
    !flow.data.some((d) => SENSITIVE_DATA.includes(d)) &&
    (flow.protocol === undefined || !OFF_HOME_NETWORK.includes(flow.protocol.name)),
  evaluate(flow, query) {
    if (encryptionOf(flow) !== undefined || hasSecurityIntegrity(flow)) return undefined;
    const home = homeEnds(flow, query);
    const protocolPath = flowPath(flow, 'protocol');
    return {
      rationale: `Flow ${label(flow)} from "${flow.source}" to "${flow.target}" crosses the home network of ${home.map((c) => `"${c.id}"`).join(' and ')} with neither encryption nor a cryptographic integrity check: it relies on an unmanaged network being safe, and any device on it can read ${flow.data.length > 0 ? flow.data.join(', ') : 'the traffic'} and learn how the device is driven.`,
      evidence: [
        ...home.map((c) =>
          fact(
            componentPath(c, 'deployment'),
            `deployment "${c.deployment ?? ''}" is patient-home: the home network is assumed hostile and unmanaged`,
          ),
        ),
        flow.protocol === undefined
          ? notDeclared(protocolPath, 'a home network protocol')
          : fact(protocolPath, `protocol: ${flow.protocol.name}`),
        flow.encryption === undefined
          ? notDeclared(flowPath(flow, 'encryption'), 'absent')
          : fact(flowPath(flow, 'encryption'), `encryption: ${flow.encryption.algorithm}`),
        flow.integrity === undefined
          ? notDeclared(flowPath(flow, 'integrity'), 'absent')
          : fact(
              flowPath(flow, 'integrity'),
              `integrity: ${flow.integrity.algorithm}, a checksum or deprecated algorithm that does not stop deliberate changes`,
            ),
      ],
    };
  },
} satisfies ThreatRule;
