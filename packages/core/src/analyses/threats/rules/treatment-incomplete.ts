import type { ThreatRule } from '../types.js';

export const treatmentIncomplete = {
  id: 'treatment-incomplete',
  version: 1,
  title: 'Accepted or transferred risk without rationale, approver or recipient',
  category: 'responsibility',
  stride: [],
  fdaCategory: 'resiliency-recovery',
  references: {
    fda: ['Premarket V.A.2 (risk acceptance)', 'Playbook §2.5 (no silent acceptance or transfer)'],
  },
  description:
    'Accepting or transferring a risk is a decision someone must own. Without a rationale and a named approver an acceptance cannot be reviewed, and a transfer without a recipient and a channel (labeling, contract, MDS2) silently hands risk to someone who was never told.',
  detection:
    'A treatment with strategy `accept` lacking `rationale` or `approver`, or with strategy `transfer` lacking `rationale`, `approver`, `recipient` or `communicatedVia`.',
  falsePositives: 'None: complete the treatment entry.',
  mitigation:
    'Write the rationale, name the approver (person and role), and for transfers name the recipient stakeholder and how they are told.',
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'treatment',
  when: (treatment) => treatment.strategy === 'accept' || treatment.strategy === 'transfer',
  evaluate(treatment) {
    const missing: string[] = [];
    if (treatment.rationale === undefined) missing.push('rationale');
    if (treatment.approver === undefined) missing.push('approver');
    if (treatment.strategy === 'transfer') {
      if (treatment.recipient === undefined) missing.push('recipient');
      if (treatment.communicatedVia.length === 0) missing.push('communicatedVia');
    }
    if (missing.length === 0) return undefined;
    return {
      rationale: `The ${treatment.strategy} decision for "${treatment.findingId}" has no ${missing.join(', ')}.`,
      evidence: missing.map((field) => ({
        path: `treatments.${treatment.findingId}.${field}`,
        text: `${field} is missing`,
      })),
    };
  },
} satisfies ThreatRule;
