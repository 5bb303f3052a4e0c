import { componentPath, label, notDeclared } from '../helpers.js';
import type { ThreatRule } from '../types.js';

export const componentWithoutOwner = {
  id: 'component-without-owner',
  version: 1,
  title: 'Component without an owner',
  category: 'responsibility',
  stride: [],
  fdaCategory: 'updatability-patchability',
  references: {
    cwe: [1104],
    fda: [
      'Premarket VII.C (524B(b)(2): maintain the device and related systems)',
      'Playbook §2.6.2 (roles and responsibilities are clear)',
    ],
  },
  description:
    'Every element of the system, from the firmware to the cloud service and the phone app, needs someone who patches it, watches it and retires it. A component with no owner falls between the manufacturer, the hospital, the cloud provider and the patient: its vulnerabilities go unpatched and its incidents unnoticed.',
  detection:
    "A component, other than a person, with no owner, that is not nested in a component that has one (nested components inherit their parent's owner).",
  falsePositives:
    'None: name the stakeholder that operates it, including third parties such as the cloud provider or the app store operator.',
  mitigation:
    "Give each component an owner (a stakeholder id) and state that owner's patching and monitoring duties in the management plan, contracts or labeling.",
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'component',
  when: (component) => component.kind !== 'person',
  evaluate(component, query) {
    if (component.owner !== undefined) return undefined;
    const ancestors = query.ancestors(component.id);
    if (ancestors.some((a) => a.owner !== undefined)) return undefined;
    return {
      rationale: `Component ${label(component)} has no owner${ancestors.length === 0 ? '' : ', nor has any component it is nested in'}: nobody is named to patch, monitor or retire it.`,
      evidence: [notDeclared(componentPath(component, 'owner'), 'nobody')],
    };
  },
} satisfies ThreatRule;
