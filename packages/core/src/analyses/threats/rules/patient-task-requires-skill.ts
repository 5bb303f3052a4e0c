import type { ModelQuery } from '../../../model/query/index.js';
import type { Control, Treatment } from '../../../model/types.js';
import type { FdaControlCategory } from '../../../model/vocabulary.js';
import { fact, notDeclared } from '../helpers.js';
import { layStakeholder } from '../support/responsibility.js';
import type { RuleHit, ThreatRule } from '../types.js';

/** Control categories whose operation needs security or IT skill (configuring, reading, updating). */
const SKILLED_CATEGORIES: readonly FdaControlCategory[] = [
  'authentication',
  'authorization',
  'cryptography',
  'event-detection-logging',
  'updatability-patchability',
];
const NETWORK_TASK = /\b(network|router|firewall|wi-?fi|vpn|vlan|segmentation)\b/i;

export const patientTaskRequiresSkill = {
  id: 'patient-task-requires-skill',
  version: 2,
  title: 'Security task handed to a patient or caregiver needs technical skill',
  category: 'responsibility',
  stride: [],
  fdaCategory: 'resiliency-recovery',
  references: {
    fda: [
      'Premarket VI.A (instructions patients can follow; transferred risks in human-factors testing)',
      'Playbook §2.5.5 (what the user is able to do)',
    ],
  },
  description:
    'Patients and caregivers run home devices with no IT staff, often with reduced vision, memory or dexterity. A control that only works if they configure authentication, manage keys, read security logs, set up their network or install updates by hand will, for many of them, not work at all, and the risk it was meant to reduce stays with the patient.',
  detection:
    'A control owned by a stakeholder whose role is patient or caregiver, in the category authentication, authorization, cryptography, event-detection-logging or updatability-patchability, or whose title or description is about network configuration; or a treatment that transfers a finding to a patient or caregiver and either names no control (the task is unstated, so assumed to need skill) or names an unowned control of that kind (the transfer makes the recipient its operator). A control owned by the lay recipient is reported on the control only. Controls and treatments that declare `responsibility.skill` are judged by that instead (responsibility-lay-technical-task).',
  falsePositives:
    'The task is a single guided step validated in human-factors testing (e.g. confirming a prompted automatic update): record that in the treatment rationale and accept the finding. Updates that install automatically need no patient task: give the control to the manufacturer.',
  mitigation:
    'Design the control so the patient has nothing to configure (secure defaults, automatic signed updates, pairing that needs only physical presence); where a task remains, give it plain-language step-by-step instructions and include it in human-factors testing.',
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'model',
  evaluate(query) {
    return [
      ...query.model.controls.flatMap((control) => controlHit(control, query)),
      ...query.model.treatments.flatMap((treatment) => treatmentHit(treatment, query)),
    ];
  },
} satisfies ThreatRule;

function skillNeeded(control: Control): string | undefined {
  if (SKILLED_CATEGORIES.includes(control.category)) return control.category;
  const network = NETWORK_TASK.exec(`${control.title} ${control.description ?? ''}`);
  return network === null ? undefined : `network configuration ("${network[0]}")`;
}

function controlHit(control: Control, query: ModelQuery): RuleHit[] {
  // A declared skill replaces the guess from the category (responsibility-lay-technical-task).
  if (control.responsibility?.skill !== undefined) return [];
  const owner = layStakeholder(control.owner, query);
  const skill = skillNeeded(control);
  if (owner === undefined || skill === undefined) return [];
  return [
    {
      subject: { kind: 'control', id: control.id },
      rationale: `Control "${control.id}" (${control.title}) asks "${owner.id}", a ${owner.role}, to handle ${skill}, which needs security skills a lay user cannot be expected to have.`,
      evidence: [
        fact(`controls.${control.id}.owner`, `owner: ${owner.id} (${owner.role})`),
        fact(`controls.${control.id}.category`, `category: ${control.category}`),
      ],
    },
  ];
}

function treatmentHit(treatment: Treatment, query: ModelQuery): RuleHit[] {
  const recipient = layStakeholder(treatment.recipient, query);
  if (treatment.strategy !== 'transfer' || recipient === undefined) return [];
  if (treatment.responsibility?.skill !== undefined) return [];
  const at = `treatments.${treatment.findingId}`;
  const named = query.model.controls.filter((c) => treatment.controls.includes(c.id));
  const handedOver = named.flatMap((control) => {
    const skill = skillNeeded(control);
    return control.owner === undefined && skill !== undefined ? [{ control, skill }] : [];
  });
  if (named.length > 0 && handedOver.length === 0) return [];
  const task =
    named.length === 0
      ? 'without naming the task they must perform'
      : `to operate ${handedOver.map((h) => `"${h.control.id}" (${h.skill})`).join(', ')}`;
  return [
    {
      subject: { kind: 'treatment', id: treatment.findingId },
      rationale: `"${treatment.findingId}" is transferred to "${recipient.id}", a ${recipient.role}, ${task}; a security task handed to a lay user is assumed to need skill they may not have.`,
      evidence: [
        fact(`${at}.recipient`, `recipient: ${recipient.id} (${recipient.role})`),
        ...(named.length === 0
          ? [notDeclared(`${at}.controls`, 'a task nobody has defined')]
          : handedOver.map((h) =>
              notDeclared(`controls.${h.control.id}.owner`, `operated by ${recipient.id}`),
            )),
      ],
    },
  ];
}
