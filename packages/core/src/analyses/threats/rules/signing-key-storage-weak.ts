import type { KeyStorage } from '../../../model/vocabulary.js';
import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { signatureOf } from '../support/software-update.js';
import type { ThreatRule } from '../types.js';

/** Storage that performs signing without ever releasing the private key. */
const HARDWARE_PROTECTED: readonly KeyStorage[] = ['hsm', 'secure-element', 'tpm'];
/** Storage where copying a file or an image is enough to have the key. */
const EXPOSED: readonly KeyStorage[] = ['plaintext', 'firmware-image'];

export const signingKeyStorageWeak = {
  id: 'signing-key-storage-weak',
  version: 1,
  title: 'Update signing key not kept in tamper-resistant hardware',
  category: 'software-update',
  stride: ['tampering', 'spoofing'],
  fdaCategory: 'cryptography',
  references: {
    cwe: [522, 312, 321],
    capec: [474, 68],
    attackIcs: ['T0862', 'T0857'],
    fda: ['Premarket App. 1 C (key management; protect keys from disclosure)'],
  },
  description:
    'The update signing key decides what every device in the field will run. Kept in a file, a software keystore or a firmware image, it can be copied by an intruder, a departing insider or malware on a build machine, and then signs malicious firmware that every device accepts as genuine, with no way to tell the forgery apart.',
  detection:
    'An updatable component with an update `signature` whose `keyStorage` is `plaintext`, `encrypted` (software keystore), `firmware-image` or `unknown`, or is not declared, instead of `hsm`, `secure-element` or `tpm`.',
  falsePositives:
    'The key is in an HSM (or a cloud key service backed by one) that the model does not state: declare `keyStorage: hsm`. MAC-based update authentication with per-device keys is judged by the credential rules, not here.',
  mitigation:
    'Generate and keep the signing key in an HSM that never exports it, require multi-person approval for signing operations, log every signature, and plan key revocation and rotation (a second root key on the device) before it is needed.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => signatureOf(component) !== undefined,
  evaluate(component) {
    const signature = signatureOf(component);
    const storage = signature?.keyStorage;
    if (signature === undefined || (storage !== undefined && HARDWARE_PROTECTED.includes(storage)))
      return undefined;
    const path = componentPath(component, 'update', 'signature', 'keyStorage');
    const holder = signature.keyHolder === undefined ? '' : ` held by "${signature.keyHolder}"`;
    return {
      rationale: `The ${signature.algorithm} key that signs updates of ${label(component)}${holder} is ${storage === undefined ? 'not declared to be in tamper-resistant hardware' : `stored as "${storage}"`}; a copy of it signs firmware every such device installs.`,
      evidence: [
        storage === undefined ? notDeclared(path, 'unknown') : fact(path, `keyStorage: ${storage}`),
      ],
      ...(storage !== undefined && EXPOSED.includes(storage)
        ? {
            exploitability: {
              level: 'high' as const,
              reason: `a ${storage} key is taken by copying a file or image, no cryptographic attack needed`,
            },
          }
        : {}),
    };
  },
} satisfies ThreatRule;
