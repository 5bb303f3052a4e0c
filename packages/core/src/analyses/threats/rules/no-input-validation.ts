import type { ModelQuery } from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
import { componentPath, fact, flowPath, label, notDeclared } from '../helpers.js';
import { internetEntries } from '../support/fda-design.js';
import { isPipeline } from '../support/software-update.js';
import type { ThreatRule } from '../types.js';

/** Flows that bring data into the component across a trust boundary (flows are two-way unless `oneWay`). */
function inputsAcrossBoundary(component: Component, query: ModelQuery): DataFlow[] {
  return query
    .flowsOf(component.id)
    .filter(
      (flow) =>
        (flow.target === component.id || !flow.oneWay) && query.crossedBoundaries(flow).length > 0,
    );
}

export const noInputValidation = {
  id: 'no-input-validation',
  version: 2,
  title: 'Input from outside the trust boundary not validated',
  category: 'fda-design',
  stride: ['tampering'],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    cwe: [20, 1284],
    capec: [153, 28],
    attackIcs: ['T0866', 'T0836'],
    fda: ['Premarket App. 1 D (validate inputs for format and safe range)'],
  },
  description:
    'Malformed or out-of-range input is how memory corruption, injection and logic flaws are reached, and for a medical device a well-formed but unsafe value (a dose, an energy level, a rate) is harm in itself. Every message that crosses a trust boundary must be checked for structure and for clinically safe ranges before it is used.',
  detection:
    'A process with at least one flow that crosses a trust boundary and brings data into it (flows are two-way unless `oneWay: true`), whose `access.inputValidation` is not true. Exploitability is high only when something outside its internet-facing deployment opens connections to it, not merely because the deployment is internet-facing. Build and release infrastructure (repositories, CI/CD, artifact stores, signing services) is left to ci-cd-compromise.',
  falsePositives:
    'Validation exists but is not in the model: declare `access.inputValidation: true` and point a control at the verification evidence (fuzzing, boundary tests).',
  mitigation:
    'Parse every external message with a strict, length-checked parser; reject anything malformed; check each safety-relevant value against hard clinical limits on the device itself; fuzz the interfaces as part of the security testing.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    component.type === 'process' &&
    !isPipeline(component) &&
    inputsAcrossBoundary(component, query).length > 0,
  evaluate(component, query) {
    const declared = component.access?.inputValidation;
    if (declared === true) return undefined;
    const inputs = inputsAcrossBoundary(component, query);
    const path = componentPath(component, 'access', 'inputValidation');
    const [entry] = internetEntries(component, query);
    return {
      rationale: `Process ${label(component)} receives data across ${[...new Set(inputs.flatMap((f) => query.crossedBoundaries(f)))].join(', ')} on ${inputs.map((f) => `"${f.id}"`).join(', ')} and does not declare that it validates it.`,
      evidence: [
        declared === undefined ? notDeclared(path, 'false') : fact(path, 'inputValidation: false'),
        ...inputs.map((flow) =>
          fact(flowPath(flow), `crosses ${query.crossedBoundaries(flow).join(', ')}`),
        ),
      ],
      ...(entry === undefined
        ? {}
        : {
            exploitability: {
              level: 'high' as const,
              reason: `anyone on the internet can send it crafted input (flow "${entry.id}" comes in from outside its deployment)`,
            },
          }),
    };
  },
} satisfies ThreatRule;
