import { componentPath, label } from '../helpers.js';
import type { ThreatRule } from '../types.js';

export const isolatedComponent = {
  id: 'isolated-component',
  version: 1,
  title: 'Component with no data flows',
  category: 'completeness',
  stride: [],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    cwe: [1059],
    fda: [
      'Premarket App. 2.A (follow data, code and commands between any two assets)',
      'Playbook §2.3.1 (data flow diagrams)',
    ],
  },
  description:
    'A component that exchanges nothing with the rest of the model cannot be analysed: no path reaches it, so no threat to or through it is found and its harm to patients cannot be traced. In a connected device this almost always means flows are missing from the model.',
  detection:
    'A top-level component (no parent) such that neither it nor anything nested in it has a data flow.',
  falsePositives:
    'The component is deliberately shown for context and has no connection (e.g. a retired system): state that in an assumption that suppresses this finding.',
  mitigation:
    'Model the flows the component takes part in (data, commands, code, service and update paths), or nest it inside the component it belongs to.',
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'component',
  when: (component) => component.parent === undefined,
  evaluate(component, query) {
    const unit = query.selfAndDescendants(component.id);
    if (unit.some((c) => query.flowsOf(c.id).length > 0)) return undefined;
    const nested = unit.filter((c) => c.id !== component.id).map((c) => `"${c.id}"`);
    return {
      rationale: `Component ${label(component)}${nested.length > 0 ? ` and the components nested in it (${nested.join(', ')})` : ''} take part in no data flow, so nothing can be analysed through it.`,
      evidence: [
        {
          path: componentPath(component),
          text: 'no data flow has it, or anything nested in it, as source or target',
        },
      ],
    };
  },
} satisfies ThreatRule;
