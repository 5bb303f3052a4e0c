import { componentPath, fact, label } from '../helpers.js';
import { credentialFacts, primaryWeakness } from '../support/credentials.js';
import type { ThreatRule } from '../types.js';

export const defaultCredentials = {
  id: 'default-credentials',
  version: 1,
  title: 'Factory default credential that nobody is forced to change',
  category: 'fda-design',
  stride: ['spoofing'],
  fdaCategory: 'authentication',
  references: {
    cwe: [1392, 1393],
    capec: [70],
    attackIcs: ['T0812', 'T0859'],
    fda: ['Premarket App. 1 A (default passwords)'],
  },
  description:
    'Factory default passwords and keys end up in manuals, service notes and public lists, and they are the first thing an attacker tries. When the owner is never made to replace the default, most fielded devices keep it, so whoever reaches the login can operate the device and the therapy it controls.',
  detection:
    'A component credential marked `default: true`. Each credential is reported by one rule only: hard-coded ones by hardcoded-credentials, unchangeable passwords, PINs and API keys by credentials-not-changeable, fleet-wide private or symmetric keys by shared-key-across-fleet.',
  falsePositives:
    'The setup flow forces a new credential before first use: declare `default: false`. A default that is unique per device (e.g. a random password printed on the label) is still reported, at lower exploitability, once `sharedAcrossDevices: false` is declared.',
  mitigation:
    'Make the user set a new credential before the device performs any function, or ship unique random per-device credentials; reject known default values at setup and say so in the labeling.',
  exploitability: 'high',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => component.credentials.some((c) => c.default !== undefined),
  evaluate(component, query) {
    const internetFacing = query.exposureOf(component)?.internetFacing === true;
    return component.credentials
      .filter((credential) => primaryWeakness(credential) === 'default')
      .map((credential) => ({
        qualifier: credential.id,
        rationale: `Component ${label(component)} ships ${credential.kind} "${credential.id}" as a factory default that nobody is forced to change${credential.sharedAcrossDevices === true ? ', and the default is the same on every device' : ''}.`,
        evidence: [
          fact(componentPath(component, 'credentials', credential.id), credentialFacts(credential)),
        ],
        ...(credential.sharedAcrossDevices === false
          ? {
              exploitability: {
                level: 'moderate' as const,
                reason: 'the default differs per device, so it must be read from the unit itself',
              },
            }
          : internetFacing
            ? {
                exploitability: {
                  level: 'very-high' as const,
                  reason: 'automated scanners try default credentials on internet-facing services',
                },
              }
            : {}),
      }));
  },
} satisfies ThreatRule;
