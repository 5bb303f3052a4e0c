import { componentPath, label, notDeclared } from '../helpers.js';
import type { ThreatRule } from '../types.js';

export const componentWithoutDeployment = {
  id: 'component-without-deployment',
  version: 1,
  title: 'Component with no deployment',
  category: 'completeness',
  stride: [],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    fda: ['Premarket V.A.1 (threat model: environment of use, hostile network by default)'],
  },
  description:
    'Where a component runs decides who can reach it: a hostile home network, radio range in public, a hospital ward, the internet. Without a deployment no exposure can be derived, so the rules that weigh physical access, network hostility or internet exposure cannot judge the component, and its findings are rated without that context.',
  detection:
    'A process or data store with no `deployment`, neither its own nor inherited from an enclosing component. External entities are not checked: they are outside the system.',
  falsePositives: 'None: give the component, or the device that encloses it, a deployment.',
  mitigation:
    "Assign each component to the deployment where it runs (patient home, on-body, hospital network, cloud tenant …) and adjust that deployment's assumptions where the defaults do not hold.",
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'component',
  when: (component) => component.type !== 'external-entity',
  evaluate(component) {
    if (component.deployment !== undefined) return undefined;
    return {
      rationale: `${component.type === 'process' ? 'Process' : 'Data store'} ${label(component)} has no deployment, own or inherited, so its exposure cannot be assessed.`,
      evidence: [notDeclared(componentPath(component, 'deployment'), 'unknown')],
    };
  },
} satisfies ThreatRule;
