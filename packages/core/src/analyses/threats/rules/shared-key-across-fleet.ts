import type { Deployment } from '../../../model/types.js';
import type { KeyStorage } from '../../../model/vocabulary.js';
import { componentPath, fact, label } from '../helpers.js';
import { primaryWeakness, type Credential } from '../support/credentials.js';
import { isSecretKey } from '../support/device-keys.js';
import { fleetSize } from '../support/fleet-reach.js';
import type { RuleHit, ThreatRule } from '../types.js';

const SECURE_HARDWARE: readonly KeyStorage[] = ['hsm', 'secure-element', 'tpm'];

export const sharedKeyAcrossFleet = {
  id: 'shared-key-across-fleet',
  version: 1,
  title: 'Cryptographic key shared by every device in the fleet',
  category: 'multi-patient',
  stride: ['information-disclosure', 'spoofing'],
  fdaCategory: 'cryptography',
  references: {
    cwe: [1394, 323],
    capec: [37],
    attackIcs: ['T0893', 'T0859'],
    fda: [
      'Premarket App. 1 C (compromise of one device must not reveal keys for others)',
      'Premarket V.B.2(b) (multi-patient harm view)',
    ],
  },
  description:
    "When every device holds the same private or symmetric key, the security of the whole fleet rests on the weakest unit: one device bought second-hand, lost or taken apart gives up the key, and with it the attacker can decrypt other patients' traffic and impersonate their devices or the peers that trust them. One extraction becomes a multi-patient attack.",
  detection:
    'A component credential of kind private-key or symmetric-key declared sharedAcrossDevices: true. Keys that are hard-coded or stored in the firmware image are reported by hardcoded-credentials instead, keys derived from a fixed value by key-derived-from-serial-number, and shared passwords, PINs and tokens by shared-credentials-across-devices.',
  falsePositives:
    'The shared value is a public key or certificate used only to verify (declare it as kind certificate), or a group key whose compromise only exposes data that is public anyway: accept with that rationale.',
  mitigation:
    'Provision a unique key per device at manufacturing, generated inside a secure element, with certificates from a device PKI; derive session keys per pairing; where a group key is unavoidable, keep it in secure hardware, scope it to the smallest group and be able to rotate it in the field.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => component.credentials.some(isSecretKey),
  evaluate(component, query) {
    const fleet = fleetSize(query);
    return component.credentials
      .filter((key) => primaryWeakness(key) === 'shared-key')
      .map((key): RuleHit => {
        const path = componentPath(component, 'credentials', key.id);
        return {
          qualifier: key.id,
          rationale: `Component ${label(component)} uses the same ${key.kind} "${key.id}" on every device${fleet.text}; extracting it from one device exposes all the others.`,
          evidence: [
            fact(`${path}.sharedAcrossDevices`, 'sharedAcrossDevices: true'),
            fleet.evidence,
          ],
          ...extraction(key, query.deploymentOf(component)),
        };
      });
  },
} satisfies ThreatRule;

/** How hard it is to get the key out of the one device the attacker holds. */
function extraction(
  key: Credential,
  deployment: Deployment | undefined,
): Pick<RuleHit, 'exploitability'> {
  const { storage } = key;
  if (storage !== undefined && SECURE_HARDWARE.includes(storage))
    return {
      exploitability: {
        level: 'low',
        reason: `the key is kept in ${storage}; extraction needs an attack on secure hardware`,
      },
    };
  const access = deployment?.exposure.physicalAccess;
  if (access === 'household' || access === 'public')
    return {
      exploitability: {
        level: 'high',
        reason: `devices sit in ${access} settings where anyone can take one apart`,
      },
    };
  return {};
}
