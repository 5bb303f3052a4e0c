import { raciHits } from '../support/raci.js';
import type { ThreatRule } from '../types.js';

export const responsibilitySeveralAccountable = {
  id: 'responsibility-several-accountable',
  version: 1,
  title: 'Several parties accountable for one control, mitigation, transfer or duty',
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
    'Shared accountability is how shared responsibility fails: when the manufacturer and the hospital both answer for patching a gateway, each can assume the other did it. A RACI matrix allows many responsible parties but exactly one accountable.',
  detection:
    'A row of the responsibility matrix with more than one accountable stakeholder: `accountable` written as a list of several ids, or, for a mitigation that declares none, controls whose accountable stakeholders differ.',
  falsePositives:
    'Joint ownership agreed in writing, with one party holding the final say: name that party as accountable and the others as responsible or consulted.',
  mitigation:
    'Keep one accountable stakeholder; move the others to `responsible` (they do part of the work) or `consulted`.',
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'model',
  evaluate: (query) => raciHits(query, 'several-accountable'),
} satisfies ThreatRule;
