import type { Deployment } from '../../../model/types.js';
import type { KeyStorage } from '../../../model/vocabulary.js';
import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { derivedFromPublicValue, primaryWeakness } from '../support/credentials.js';
import { isSecretKey } from '../support/device-keys.js';
import type { RuleHit, ThreatRule } from '../types.js';

/** Storage that leaves a key readable by whoever holds the device (undeclared counts: it is not said). */
const UNPROTECTED: readonly (KeyStorage | undefined)[] = ['plaintext', 'unknown', undefined];

export const keyStorageUnprotected = {
  id: 'key-storage-unprotected',
  version: 2,
  title: 'Private or secret key stored unprotected on a device others can handle',
  category: 'cryptography',
  stride: ['information-disclosure', 'spoofing'],
  fdaCategory: 'cryptography',
  references: {
    cwe: [312, 522, 1263],
    capec: [37, 401],
    attackIcs: ['T0893'],
    fda: ['Premarket App. 1 C (keys stored on the device must be protected)'],
  },
  description:
    'A private or symmetric key kept in plain flash can be read out by anyone who holds the device for a while: through a debug port, by desoldering the memory or from a discarded unit. With the key they can impersonate the device to its peers or the back end, decrypt its traffic, or issue commands the peers will trust.',
  detection:
    'A credential of kind private-key or symmetric-key whose storage is plaintext, unknown or not declared, on a component whose deployment gives someone other than a trusted operator physical access (household, public, staff or patient-only). Keys that are hard-coded or in the firmware image are reported by hardcoded-credentials instead, and keys derived from a serial number, identifier or other public value by key-derived-from-serial-number (anyone can compute them, wherever they are stored). A key declared unique to one implant is not judged: reading it needs the implant out of the patient, when it protects nothing any more. Components without a deployment are not judged.',
  falsePositives:
    'The key sits in a secure element, TPM or HSM, or is encrypted under a hardware-held key: declare storage accordingly. The key protects nothing beyond this one device and patient (e.g. a local display session key): accept the finding with that rationale.',
  mitigation:
    'Generate and keep keys inside a secure element or the microcontroller key store so they never leave it; otherwise encrypt them under a hardware-unique key, lock debug access and enable read-out protection; use a different key per device so one extraction stays one device.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    component.credentials.some(isSecretKey) && query.exposureOf(component) !== undefined,
  evaluate(component, query) {
    const deployment = query.deploymentOf(component);
    if (deployment === undefined || deployment.exposure.physicalAccess === 'restricted')
      return undefined;
    const exposure = deployment.exposure;
    return component.credentials
      .filter(isSecretKey)
      .filter(
        (key) =>
          primaryWeakness(key) !== 'hardcoded' &&
          !derivedFromPublicValue(key) &&
          !(deployment.type === 'implanted' && key.sharedAcrossDevices === false) &&
          UNPROTECTED.includes(key.storage),
      )
      .map((key): RuleHit => {
        const path = componentPath(component, 'credentials', key.id, 'storage');
        return {
          qualifier: key.id,
          rationale: `Component ${label(component)} keeps ${key.kind} "${key.id}" ${key.storage === 'plaintext' ? 'in plaintext' : 'without declared protection'} in a ${deployment.type} deployment (physical access: ${exposure.physicalAccess}); whoever holds the device can read the key out.`,
          evidence: [
            key.storage === undefined
              ? notDeclared(path, 'unprotected')
              : fact(path, `storage: ${key.storage}`),
            fact(`deployments.${deployment.id}.type`, deployment.type),
          ],
          ...exploitability(deployment),
        };
      });
  },
} satisfies ThreatRule;

function exploitability({ type, exposure }: Deployment): Pick<RuleHit, 'exploitability'> {
  if (exposure.physicalAccess === 'household' || exposure.physicalAccess === 'public')
    return {
      exploitability: {
        level: 'high',
        reason: `anyone in the ${exposure.physicalAccess} setting can take the device apart`,
      },
    };
  if (type === 'implanted')
    return {
      exploitability: { level: 'low', reason: 'reading the key needs an explanted device' },
    };
  return {};
}
