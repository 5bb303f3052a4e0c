import { notDeclared } from '../helpers.js';
import type { ThreatRule } from '../types.js';

export const controlWithoutOwner = {
  id: 'control-without-owner',
  version: 2,
  title: 'Security control without an owner',
  category: 'responsibility',
  stride: [],
  fdaCategory: 'resiliency-recovery',
  references: {
    fda: [
      'Premarket V.B.1 (security controls)',
      'Playbook §2.6.2 (roles and responsibilities are clear)',
    ],
  },
  description:
    'A control nobody owns is a control nobody runs: no one maintains it, watches that it still works, or answers when it fails. The findings it is credited against then carry a lower residual risk than the device really has.',
  detection:
    'A control whose status is implemented, partial or planned and that names neither an owner nor an accountable stakeholder (`responsibility.accountable`). Not-implemented controls are skipped: they are credited against nothing.',
  falsePositives: 'None: name the stakeholder responsible for operating the control.',
  mitigation:
    'Name the owner (manufacturer, hospital IT, cloud provider …) for every control, and make sure that owner knows, for example through labeling, a contract or the MDS2 form.',
  exploitability: 'moderate',
  // The patient harm belongs to the findings the control mitigates; counting it here would double it.
  harm: 'none',
  appliesTo: 'control',
  when: (control) => control.status !== 'not-implemented',
  evaluate(control) {
    if (control.owner !== undefined || control.responsibility?.accountable !== undefined)
      return undefined;
    return {
      rationale: `Control "${control.id}" (${control.title}) is ${control.status} and credited against ${control.mitigates.join(', ')}, but nobody owns it.`,
      evidence: [notDeclared(`controls.${control.id}.owner`, 'nobody')],
    };
  },
} satisfies ThreatRule;
