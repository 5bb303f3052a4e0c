import { componentPath, fact, label } from '../helpers.js';
import { credentialFacts, primaryWeakness, SETTABLE_SECRETS } from '../support/credentials.js';
import type { ThreatRule } from '../types.js';

export const credentialsNotChangeable = {
  id: 'credentials-not-changeable',
  version: 1,
  title: 'Password, PIN or API key that cannot be changed',
  category: 'fda-design',
  stride: ['spoofing'],
  fdaCategory: 'authentication',
  references: {
    cwe: [1391, 262],
    capec: [555, 560],
    attackIcs: ['T0859'],
    fda: ['Premarket App. 1 A (passwords that cannot be changed)'],
  },
  description:
    'A secret that cannot be changed stays valid for the whole service life of the device. Once it leaks (a departing employee, a shoulder-surfed screen, a compromised app, a breach at a service partner) neither the owner nor the manufacturer can revoke it, and every device using it stays open.',
  detection:
    'A password, PIN or API key declared `changeable: false` that is not hard-coded (those are reported by hardcoded-credentials). When the same credential is also a factory default or shared across devices, this rule reports it alone and rates it higher.',
  falsePositives:
    'The secret can be rotated by a field update or a service procedure the manufacturer runs after a leak: declare `changeable: true` and describe the procedure in a control.',
  mitigation:
    'Let the owner or administrator change the secret, and let the manufacturer revoke and re-provision it remotely; better, replace static secrets with per-device certificates or tokens that expire.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) =>
    component.credentials.some(
      (c) => SETTABLE_SECRETS.includes(c.kind) && c.changeable !== undefined,
    ),
  evaluate(component) {
    return component.credentials
      .filter((credential) => primaryWeakness(credential) === 'not-changeable')
      .map((credential) => {
        const known =
          credential.default === true
            ? 'it is a factory default, known to anyone with the manual'
            : credential.sharedAcrossDevices === true
              ? 'it is the same on every device'
              : undefined;
        return {
          qualifier: credential.id,
          rationale: `Component ${label(component)} has ${credential.kind} "${credential.id}", which cannot be changed${known === undefined ? '' : ` although ${known}`}; a leaked value can never be revoked.`,
          evidence: [
            fact(
              componentPath(component, 'credentials', credential.id),
              credentialFacts(credential),
            ),
          ],
          ...(known === undefined
            ? {}
            : { exploitability: { level: 'high' as const, reason: `${known} and fixed` } }),
        };
      });
  },
} satisfies ThreatRule;
