import { componentPath, fact, label, notDeclared } from '../helpers.js';
import type { ThreatRule } from '../types.js';

export const unauthenticatedUpdatePath = {
  id: 'unauthenticated-update-path',
  version: 1,
  title: 'Software update accepted without cryptographic authentication',
  category: 'software-update',
  stride: ['tampering', 'elevation-of-privilege'],
  fdaCategory: 'updatability-patchability',
  references: {
    cwe: [494, 345, 347],
    capec: [186, 657],
    attackIcs: ['T0857', 'T0839'],
    fda: ['Premarket App. 1 H (authenticate software and firmware updates)'],
  },
  description:
    'If a device installs whatever update it is given, anyone who can reach the update path (a hostile network, a compromised phone or service tool, a malicious SD card) can replace its firmware and with it every safety behaviour.',
  detection:
    'A component with an update mechanism other than `none` whose update authentication is not declared, or is `none` or `channel-only` (TLS to the server authenticates the connection, not the file).',
  falsePositives:
    'None known: channel security alone does not authenticate an update that passes through intermediaries or storage.',
  mitigation:
    'Verify a digital signature (or a MAC with a device-unique key) over the update content and its version metadata on the device itself before installing; keep the signing key in an HSM.',
  exploitability: 'high',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => component.update !== undefined && component.update.mechanism !== 'none',
  evaluate(component) {
    const update = component.update;
    if (update === undefined) return undefined;
    if (update.authentication === 'signature' || update.authentication === 'mac') return undefined;
    const path = componentPath(component, 'update', 'authentication');
    return {
      rationale: `Component ${label(component)} accepts ${update.mechanism} updates${update.source === undefined ? '' : ` from "${update.source}"`} with ${update.authentication === undefined ? 'no declared' : `"${update.authentication}"`} authentication of the update itself.`,
      evidence: [
        update.authentication === undefined
          ? notDeclared(path, 'none')
          : fact(path, `authentication: ${update.authentication}`),
      ],
      ...(update.authentication === 'channel-only'
        ? {
            exploitability: {
              level: 'moderate' as const,
              reason: 'the channel to the update source is authenticated; the file is not',
            },
          }
        : {}),
    };
  },
} satisfies ThreatRule;
