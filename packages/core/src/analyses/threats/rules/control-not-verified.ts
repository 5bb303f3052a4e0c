import { notDeclared } from '../helpers.js';
import type { ThreatRule } from '../types.js';

export const controlNotVerified = {
  id: 'control-not-verified',
  version: 1,
  title: 'Implemented control without verification evidence',
  category: 'responsibility',
  stride: [],
  fdaCategory: 'resiliency-recovery',
  references: {
    fda: [
      'Premarket V.C (testing shows each control is implemented and effective)',
      'Premarket V.A (traceability from threats to controls to tests)',
    ],
  },
  description:
    'A control lowers the residual risk of the findings it mitigates only if it works. Without a reference to the test, review or analysis that shows it does, the risk file claims an effect no one has demonstrated, and FDA expects each control to trace to testing evidence.',
  detection:
    'A control with status implemented or partial (both lower the residual risk in medrisk) that has no verification reference.',
  falsePositives:
    'None: add the test case, report or analysis id in verification, even when the evidence is a design review.',
  mitigation:
    'Link each control to the test that shows it is implemented and effective (test case id, penetration test report section, fuzzing campaign), and re-run it when the control or the design changes.',
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'control',
  when: (control) => control.status === 'implemented' || control.status === 'partial',
  evaluate(control) {
    if (control.verification !== undefined) return undefined;
    return {
      rationale: `Control "${control.id}" (${control.title}) is ${control.status} and lowers the risk of ${control.mitigates.join(', ')}, but no verification shows that it works.`,
      evidence: [notDeclared(`controls.${control.id}.verification`, 'unverified')],
    };
  },
} satisfies ThreatRule;
