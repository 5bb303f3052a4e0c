import type { ThreatRule } from '../types.js';

export const functionNotServed = {
  id: 'function-not-served',
  version: 1,
  title: 'Clinical function no component serves',
  category: 'completeness',
  stride: [],
  fdaCategory: 'resiliency-recovery',
  references: {
    fda: [
      'Premarket V.A.2 (security risk assessment of patient harm)',
      'Premarket V.B.2 (security architecture views)',
    ],
  },
  description:
    'Findings are rated by the clinical functions a compromised element can affect. A function that no component lists as served is never reached from any element, so attacks on the components that actually deliver it are rated as if no patient could be harmed.',
  detection:
    'A clinical function that no component lists in its `functions`. Flows that list it are named: they tie it to a link, not to the component that delivers it.',
  falsePositives:
    'The function is delivered entirely outside the system under analysis: remove it from the model, or state that in an assumption that suppresses this finding.',
  mitigation: 'List the function in `functions` of every component that delivers or controls it.',
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'function',
  evaluate(fn, query) {
    if (query.model.components.some((c) => c.functions.includes(fn.id))) return undefined;
    const flows = query.model.dataFlows.filter((f) => f.functions.includes(fn.id)).map((f) => f.id);
    return {
      rationale: `Clinical function "${fn.id}" (${fn.severity}) is served by no component${flows.length > 0 ? `; only flows ${flows.map((f) => `"${f}"`).join(', ')} list it` : ''}, so harm to it cannot be traced from the components that deliver it.`,
      evidence: [
        { path: `clinicalFunctions.${fn.id}`, text: 'no component lists it in `functions`' },
      ],
    };
  },
} satisfies ThreatRule;
