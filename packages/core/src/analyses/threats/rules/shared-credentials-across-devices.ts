import { componentPath, fact, label } from '../helpers.js';
import { AUTH_SECRETS, credentialFacts, primaryWeakness } from '../support/credentials.js';
import type { ThreatRule } from '../types.js';

export const sharedCredentialsAcrossDevices = {
  id: 'shared-credentials-across-devices',
  version: 1,
  title: 'Authentication secret shared by every device',
  category: 'fda-design',
  stride: ['spoofing', 'elevation-of-privilege'],
  fdaCategory: 'authentication',
  references: {
    cwe: [1391],
    capec: [555, 560],
    attackIcs: ['T0859'],
    fda: [
      'Premarket App. 1 A (credentials shared across devices)',
      'Premarket V.B.2(b) (multi-patient harm)',
    ],
  },
  description:
    'When every unit or every app install carries the same password, PIN, API key or token, extracting it once (from a stolen device, a decompiled app, a service laptop) is enough to authenticate as any device or to any device in the fleet. One leak becomes a fleet-wide, multi-patient compromise.',
  detection:
    'A password, PIN, API key or token marked `sharedAcrossDevices: true`. Cryptographic keys are reported by shared-key-across-fleet; hard-coded, unchangeable or factory-default secrets are reported by hardcoded-credentials, credentials-not-changeable and default-credentials, which name the sharing too.',
  falsePositives:
    'The secret identifies the product, not the caller, and grants nothing on its own (e.g. a public client id that the server treats as untrusted): model it as data, not as a credential, or declare `sharedAcrossDevices: false` with a control explaining it.',
  mitigation:
    'Provision a unique credential per device or install (per-device certificates or keys from a secure element, tokens issued after user login), and make the server able to revoke a single device without touching the rest of the fleet.',
  exploitability: 'high',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) =>
    component.credentials.some(
      (c) => AUTH_SECRETS.includes(c.kind) && c.sharedAcrossDevices !== undefined,
    ),
  evaluate(component) {
    return component.credentials
      .filter((credential) => primaryWeakness(credential) === 'shared')
      .map((credential) => ({
        qualifier: credential.id,
        rationale: `Component ${label(component)} uses ${credential.kind} "${credential.id}", which is the same on every device; extracting it from one copy authenticates an attacker across the fleet.`,
        evidence: [
          fact(componentPath(component, 'credentials', credential.id), credentialFacts(credential)),
        ],
      }));
  },
} satisfies ThreatRule;
