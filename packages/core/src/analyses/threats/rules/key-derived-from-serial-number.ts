import { componentPath, fact, label } from '../helpers.js';
import {
  credentialFacts,
  derivedFromPublicValue,
  isPredictable,
  PREDICTABLE_SOURCE,
} from '../support/credentials.js';
import type { ThreatRule } from '../types.js';

export const keyDerivedFromSerialNumber = {
  id: 'key-derived-from-serial-number',
  version: 1,
  title: 'Key or secret derived from a serial number or other public identifier',
  category: 'fda-design',
  stride: ['information-disclosure', 'spoofing'],
  fdaCategory: 'cryptography',
  references: {
    cwe: [341, 330, 321],
    capec: [485, 59],
    fda: ['Premarket App. 1 C (keys derived from device identifiers or serial numbers)'],
  },
  description:
    'A key computed from a serial number, MAC address or other identifier is only as secret as the identifier and the derivation routine. Both leak: identifiers are on labels and in radio frames, and the routine is in every copy of the firmware. Whoever learns it can compute the key of any device, impersonate it or read its traffic.',
  detection:
    'A component credential whose `derivedFrom` is serial-number, device-identifier, mac-address or fixed. A fixed value that is also hard-coded is left to hardcoded-credentials.',
  falsePositives:
    'The identifier is only a diversification input to a KDF keyed with a master secret held in a secure element or HSM: declare `derivedFrom: hsm-generated` and describe the master key protection in a control.',
  mitigation:
    'Generate each key from a cryptographically secure random source, ideally inside a secure element at provisioning; if keys must be diversified, use a standard KDF keyed with a master secret that never leaves an HSM.',
  exploitability: 'high',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => component.credentials.some((c) => c.derivedFrom !== undefined),
  evaluate(component) {
    return component.credentials.flatMap((credential) => {
      const source = credential.derivedFrom;
      if (!derivedFromPublicValue(credential) || !isPredictable(source)) return [];
      return [
        {
          qualifier: credential.id,
          rationale: `Component ${label(component)} derives ${credential.kind} "${credential.id}" from ${PREDICTABLE_SOURCE[source]}; anyone who learns the derivation can compute it.`,
          evidence: [
            fact(
              componentPath(component, 'credentials', credential.id, 'derivedFrom'),
              credentialFacts(credential),
            ),
          ],
        },
      ];
    });
  },
} satisfies ThreatRule;
