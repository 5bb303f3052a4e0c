import { hasSecurityIntegrity, type ModelQuery } from '../../../model/query/index.js';
import type { Component, ComponentInterface } from '../../../model/types.js';
import type { InterfaceType } from '../../../model/vocabulary.js';
import { componentPath, fact, notDeclared } from '../helpers.js';
import { acceptsConnections } from '../support/fda-design.js';
import { carriedDeployment, deploymentTypeOf } from '../support/home-use.js';
import { describeImpact, seriousImpact } from '../support/patient-reach.js';
import type { ThreatRule } from '../types.js';

const BLUETOOTH: readonly InterfaceType[] = ['ble', 'bluetooth-classic'];

/**
 * A connectionless broadcaster (no pairing, nobody connects to it) whose every message carries its
 * own keyed integrity: there is no pairing to sit in the middle of, and how its messages are
 * protected is judged on its flows (and its keys by the credential rules).
 */
function securedBroadcast(
  component: Component,
  iface: ComponentInterface,
  query: ModelQuery,
): boolean {
  if (iface.pairing !== 'none' || acceptsConnections(component, iface.id, query)) return false;
  const through = query
    .flowsFrom(component.id)
    .filter((flow) => flow.source === component.id && flow.sourceInterface === iface.id);
  return through.length > 0 && through.every((flow) => hasSecurityIntegrity(flow));
}

export const insecureBlePairing = {
  id: 'insecure-ble-pairing',
  version: 2,
  title: 'Bluetooth pairing without protection against a man in the middle',
  category: 'home-use',
  stride: ['spoofing', 'information-disclosure'],
  fdaCategory: 'authentication',
  references: {
    cwe: [300, 923, 1390],
    capec: [94, 667],
    attackIcs: ['T0860', 'T0830', 'T0887'],
    fda: [
      'Premarket App. 1 A (authentication of communication endpoints)',
      'Premarket V.A.3 (security beneath common protocols such as BLE)',
    ],
  },
  description:
    'Just Works pairing, or no pairing at all, authenticates nobody: an attacker within radio range while the patient pairs can sit between the phone and the device, read every reading and inject commands, and the link keys that result are trusted from then on. Devices worn or carried by the patient are paired and re-paired in public places.',
  detection:
    'A `ble` or `bluetooth-classic` interface that is not `disabled` or `removed`, on a component that serves or steers a function of severity serious or worse, whose `pairing` is not declared, `just-works` or `none`. A connectionless broadcaster (pairing `none`, every flow through the interface opened by the component) whose messages all carry keyed integrity is not judged: there is no pairing to intercept, and its message protection and keys are judged on its flows and credentials. Exploitability is raised for on-body, implanted and patient-phone deployments.',
  falsePositives:
    'The application layer authenticates and encrypts every message end to end with keys not derived from the Bluetooth pairing (FDA V.A.3): record that as a control mitigating this finding. A radio used only for pairing-free broadcast of non-sensitive data: mark the interface `purpose: none` or `access: disabled` if it is off.',
  mitigation:
    'Use LE Secure Connections with numeric comparison, passkey entry or out-of-band pairing (e.g. NFC or a QR code on the device), and Secure Connections Only mode; allow pairing only during a short window the patient opens on the device, and add application-layer authentication and encryption independent of the Bluetooth stack.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'interface',
  when: ({ component, iface }, query) =>
    BLUETOOTH.includes(iface.type) &&
    iface.access !== 'disabled' &&
    iface.access !== 'removed' &&
    seriousImpact(component, query) !== undefined,
  evaluate({ component, iface }, query) {
    if (iface.pairing !== undefined && iface.pairing !== 'just-works' && iface.pairing !== 'none')
      return undefined;
    if (securedBroadcast(component, iface, query)) return undefined;
    const impact = seriousImpact(component, query);
    if (impact === undefined) return undefined;
    const path = componentPath(component, 'interfaces', iface.id, 'pairing');
    const carried = carriedDeployment(component, query);
    const where = deploymentTypeOf(component, query);
    return {
      rationale: `${iface.type.toUpperCase()} interface "${iface.id}" on "${component.id}" pairs with ${iface.pairing === undefined ? 'an undeclared method' : `"${iface.pairing}"`}, which does not authenticate the peer; a man in the middle during pairing can read and inject traffic that reaches ${describeImpact(impact)}${where === undefined ? '' : `; deployed in ${where}`}.`,
      evidence: [
        iface.pairing === undefined
          ? notDeclared(path, 'just-works (unauthenticated)')
          : fact(path, `pairing: ${iface.pairing}`),
      ],
      ...(carried === undefined
        ? {}
        : {
            exploitability: {
              level: 'high' as const,
              reason: `the ${carried} device is paired and used in public places, within radio range of strangers`,
            },
          }),
    };
  },
} satisfies ThreatRule;
