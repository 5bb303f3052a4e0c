import type { RuleHit, ThreatRule } from '../types.js';

interface Element {
  readonly id: string;
  readonly name?: string;
}

function unnamed(
  kind: 'component' | 'flow' | 'boundary',
  collection: string,
  what: string,
  elements: readonly Element[],
): RuleHit[] {
  return elements
    .filter((element) => element.name === undefined)
    .map((element) => ({
      subject: { kind, id: element.id },
      rationale: `${what} "${element.id}" has no name: diagrams, reports and reviewers see only its id.`,
      evidence: [{ path: `${collection}.${element.id}.name`, text: 'name is not declared' }],
    }));
}

export const unlabelledElement = {
  id: 'unlabelled-element',
  version: 1,
  title: 'Model element without a name',
  category: 'completeness',
  stride: [],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    cwe: [1059],
    fda: [
      'Playbook §2.3.1 (label every diagram element)',
      'Premarket V.B.2 (security architecture views)',
    ],
  },
  description:
    'Reviewers, regulators and the engineers who maintain the threat model read diagrams and findings by name. An element known only by a terse id is easily misread or mistaken for another, and a wrong reading of what an element is leads to a wrong analysis of its threats.',
  detection: 'A component, data flow or trust boundary without a `name`. One finding per element.',
  falsePositives: 'None: give the element a short descriptive name.',
  mitigation:
    'Name every element for what it is to a reader (e.g. "Pump firmware", "Bolus command over BLE", "Patient home network").',
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'model',
  evaluate(query) {
    const { components, dataFlows, trustBoundaries } = query.model;
    return [
      ...unnamed('component', 'components', 'Component', components),
      ...unnamed('flow', 'dataFlows', 'Data flow', dataFlows),
      ...unnamed('boundary', 'trustBoundaries', 'Trust boundary', trustBoundaries),
    ];
  },
} satisfies ThreatRule;
