import { label } from '../helpers.js';
import { accessEvidence, accessPhrase, physicalExploitability } from '../support/local-access.js';
import type { ThreatRule } from '../types.js';

export const localConsoleAccess = {
  id: 'local-console-access',
  version: 1,
  title: 'Local console gives a shell without authentication',
  category: 'physical-access',
  stride: ['elevation-of-privilege'],
  fdaCategory: 'authentication',
  references: {
    cwe: [306, 250],
    capec: [401, 390],
    attackIcs: ['T0807', 'T0823'],
    fda: [
      'Premarket App. 1 A (authenticate users before granting access)',
      'Premarket App. 1 B (least privilege)',
    ],
  },
  description:
    'A keyboard and monitor port, or a service shell reachable from one, often drops straight to an operating-system prompt, commonly with administrator rights. Anyone standing at the device can then disable controls, change therapy parameters, install software or read patient data.',
  detection:
    'An interface of type `local-console`, used or not, whose `access` is not declared authenticated, locked, disabled or removed.',
  falsePositives:
    'The console requires a login, or boots into a locked kiosk that cannot be escaped: declare `access: authenticated` (and describe the login under `access`) or `access: locked`.',
  mitigation:
    'Disable the local console in production builds, or run it as a locked kiosk; require individual authentication (ideally multi-factor) for any shell, never log in as root by default, and log console sessions.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'interface',
  when: ({ iface }) => iface.type === 'local-console',
  evaluate({ component, iface }, query) {
    if (iface.access !== undefined && iface.access !== 'open') return undefined;
    return {
      rationale: `Local console "${iface.id}" on ${label(component)} is ${accessPhrase(iface)}: whoever stands at the device gets a shell.`,
      evidence: [accessEvidence(component, iface)],
      ...physicalExploitability(component, iface, query),
    };
  },
} satisfies ThreatRule;
