import { raciHits } from '../support/raci.js';
import type { ThreatRule } from '../types.js';

export const responsibilityNoResponsible = {
  id: 'responsibility-no-responsible',
  version: 1,
  title: 'Nobody responsible for doing a control, mitigation or duty',
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
    'A party that answers for a task is not the same as a party that does it. When the model names who is accountable but nobody who performs the work (applies the patch, reviews the logs, replaces the sensor), the task exists on paper only.',
  detection:
    'A row of the responsibility matrix with an accountable stakeholder but no responsible one after defaults (a control or duty falls back to its owner). Rows with neither are reported once, by responsibility-no-accountable or the ownership rules; transfers without a recipient by treatment-incomplete.',
  falsePositives: 'The accountable party also does the work: list it under `responsible` too.',
  mitigation:
    'Name the stakeholders who do the work in `responsible` (or `responsibility.responsible` on a control or treatment).',
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'model',
  evaluate: (query) => raciHits(query, 'no-responsible'),
} satisfies ThreatRule;
