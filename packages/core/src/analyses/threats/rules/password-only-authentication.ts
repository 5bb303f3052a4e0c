import { fact, flowPath, label } from '../helpers.js';
import { describeHarm, isHarmfulCommandPath } from '../support/fda-design.js';
import type { ThreatRule } from '../types.js';

export const passwordOnlyAuthentication = {
  id: 'password-only-authentication',
  version: 1,
  title: 'Harmful commands authorised by a human-chosen password or PIN alone',
  category: 'fda-design',
  stride: ['spoofing'],
  fdaCategory: 'authentication',
  references: {
    cwe: [308, 309, 521],
    capec: [16, 49, 565, 600],
    attackIcs: ['T0859', 'T0855'],
    fda: [
      'Premarket App. 1 A (strength of authentication for harmful functions)',
      'Playbook §2.5.5 (passwords and patient capability)',
    ],
  },
  description:
    'People choose short, reused and guessable passwords and PINs, write them down and type them where others watch. When such a secret is the only thing that authorises therapy commands or configuration, guessing, phishing or credential stuffing leads straight to patient harm; patients with reduced memory or dexterity also cope badly with strong passwords.',
  detection:
    'A flow carrying commands or configuration (unless every function it reaches is below serious), or other steering data (configuration, software, training data) reaching a function of serious harm or worse, whose declared authentication method is `password` or `pin`. Privileged roles on a component protected by a password alone are reported by privileged-access-without-mfa; flows with no authentication at all by the spoofing rules.',
  falsePositives:
    'The password only unlocks a session that is also bound to a device certificate or a second factor: declare the flow authentication as that stronger method (e.g. `certificate` with `mutual: true`, or a `token` issued after multi-factor login).',
  mitigation:
    'Authorise harmful commands with device-bound cryptographic credentials (certificates, keys in a secure element) or multi-factor authentication; add attempt limiting and lockout, and re-confirm high-risk commands on the device itself.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'flow',
  when: (flow, query) => isHarmfulCommandPath(flow, query),
  evaluate(flow, query) {
    const method = flow.authentication?.method;
    if (method !== 'password' && method !== 'pin') return undefined;
    const internetFacing = [flow.source, flow.target].find((id) => {
      const component = query.component(id);
      return component !== undefined && query.exposureOf(component)?.internetFacing === true;
    });
    return {
      rationale: `Flow ${label(flow)} ${describeHarm(query.harmOfFlow(flow.id))} and is authorised only by a ${method === 'pin' ? 'PIN' : 'password'} a person chose.`,
      evidence: [fact(flowPath(flow, 'authentication', 'method'), `method: ${method}`)],
      ...(internetFacing !== undefined
        ? {
            exploitability: {
              level: 'high' as const,
              reason: `"${internetFacing}" is internet-facing: the secret can be guessed or stuffed from anywhere`,
            },
          }
        : method === 'pin'
          ? {
              exploitability: {
                level: 'high' as const,
                reason: 'a PIN has few enough values to be guessed',
              },
            }
          : {}),
    };
  },
} satisfies ThreatRule;
