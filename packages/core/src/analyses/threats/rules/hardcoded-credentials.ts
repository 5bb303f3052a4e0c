import { componentPath, fact, label } from '../helpers.js';
import type { ThreatRule } from '../types.js';

export const hardcodedCredentials = {
  id: 'hardcoded-credentials',
  version: 1,
  title: 'Hard-coded credentials',
  category: 'fda-design',
  stride: ['spoofing', 'elevation-of-privilege'],
  fdaCategory: 'authentication',
  references: {
    cwe: [798, 259, 321],
    capec: [191],
    attackIcs: ['T0812', 'T0891'],
    fda: ['Premarket App. 1 A (hardcoded passwords)'],
  },
  description:
    'A password, key or token compiled into firmware or software is the same on every copy and cannot be changed. Once extracted from one device or binary it opens every device in the field, which FDA lists among the authentication pitfalls to avoid.',
  detection: 'A component credential marked `hardcoded: true`, or stored in the firmware image.',
  falsePositives:
    'Public verification keys (e.g. a firmware-signing public key) are meant to be embedded; do not model them as credentials, or mark them `kind: certificate` with `hardcoded: false`.',
  mitigation:
    'Provision unique per-device credentials at manufacturing (ideally generated inside a secure element), store them protected, and provide a way to rotate them in the field.',
  exploitability: 'high',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => component.credentials.length > 0,
  evaluate(component) {
    return component.credentials
      .filter(
        (credential) => credential.hardcoded === true || credential.storage === 'firmware-image',
      )
      .map((credential) => ({
        qualifier: credential.id,
        rationale: `Component ${label(component)} has ${credential.kind} "${credential.id}" built into its ${credential.storage === 'firmware-image' ? 'firmware image' : 'code'}; extracting it from one copy compromises all.`,
        evidence: [
          fact(
            componentPath(component, 'credentials', credential.id),
            `${credential.kind}${credential.hardcoded === true ? ', hardcoded: true' : ''}${credential.storage === undefined ? '' : `, storage: ${credential.storage}`}`,
          ),
        ],
      }));
  },
} satisfies ThreatRule;
