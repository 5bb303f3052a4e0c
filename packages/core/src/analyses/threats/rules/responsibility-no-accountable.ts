import { raciHits } from '../support/raci.js';
import type { ThreatRule } from '../types.js';

export const responsibilityNoAccountable = {
  id: 'responsibility-no-accountable',
  version: 1,
  title: 'Nobody accountable for a mitigation, transferred risk or duty',
  category: 'responsibility',
  stride: [],
  fdaCategory: 'resiliency-recovery',
  references: {
    fda: [
      'Playbook §2.6.2 (roles and responsibilities are clear)',
      'Premarket VI.B (cybersecurity management plan: responsible personnel)',
    ],
  },
  description:
    'Every security task needs exactly one party that answers for it: who checks it was done, pays for it and is called when it fails. A mitigation, transferred risk or duty with nobody accountable falls between the manufacturer, the hospital, the cloud provider and the patient, and is the first thing dropped when budgets or staff change.',
  detection:
    'A row of the responsibility matrix (a mitigation, a transfer, a declared duty in `responsibilities`) with no accountable stakeholder after defaults: a mitigation takes the accountable of its controls, a transfer the manufacturer (when exactly one stakeholder has that role), a duty the owner of its component. Controls with no owner are reported by control-without-owner, duties on components nobody owns by component-without-owner.',
  falsePositives:
    'None: a task nobody answers for is a gap even when someone does it today. Name the accountable stakeholder.',
  mitigation:
    'Set `accountable` (one stakeholder id) on the duty, or `responsibility.accountable` on the treatment, and make sure that party agreed (contract, management plan, security guide).',
  exploitability: 'moderate',
  // A documentation gap: the patient harm is carried by the findings the task protects against.
  harm: 'none',
  appliesTo: 'model',
  evaluate: (query) => raciHits(query, 'no-accountable'),
} satisfies ThreatRule;
