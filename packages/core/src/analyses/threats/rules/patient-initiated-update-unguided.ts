import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { describeImpact, seriousImpact } from '../support/patient-reach.js';
import type { ThreatRule } from '../types.js';

export const patientInitiatedUpdateUnguided = {
  id: 'patient-initiated-update-unguided',
  version: 1,
  title: 'Patients install updates without guidance they can follow',
  category: 'home-use',
  stride: ['denial-of-service', 'tampering'],
  fdaCategory: 'updatability-patchability',
  references: {
    fda: [
      'Premarket VI.A (labeling: instructions patients and caregivers can follow)',
      'Premarket App. 1 H (timely deployment of updates)',
    ],
  },
  description:
    'When the patient or a caregiver has to start an update, every confusing step is a reason to postpone it, abandon it half way or install it at the wrong moment. Devices then stay on firmware with known vulnerabilities, or are left unusable after a failed update, and nobody with security skills notices.',
  detection:
    'A component whose `update.initiatedBy` is `patient` or `caregiver`, that serves or steers a function of severity serious or worse, and whose `update.userGuidance` is not true.',
  falsePositives:
    'Step-by-step guidance exists and was tested with lay users: declare `update.userGuidance: true`. Updates actually install automatically and the patient only approves: declare `initiatedBy: automatic`.',
  mitigation:
    'Give plain-language, step-by-step update instructions in the app and the labeling, validated in human-factors testing; show when an update is pending and why it matters, keep therapy safe while it installs, recover automatically from an interrupted update, and let the manufacturer see which devices are still unpatched.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    (component.update?.initiatedBy === 'patient' ||
      component.update?.initiatedBy === 'caregiver') &&
    seriousImpact(component, query) !== undefined,
  evaluate(component, query) {
    const update = component.update;
    const initiator = update?.initiatedBy;
    const impact = seriousImpact(component, query);
    if (update === undefined || impact === undefined || update.userGuidance === true)
      return undefined;
    if (initiator !== 'patient' && initiator !== 'caregiver') return undefined;
    const path = componentPath(component, 'update', 'userGuidance');
    return {
      rationale: `Updates of ${label(component)} are started by the ${initiator} and no step-by-step guidance for lay users is ${update.userGuidance === false ? 'provided' : 'declared'}; skipped or failed updates leave ${describeImpact(impact)} on vulnerable or broken software.`,
      evidence: [
        fact(
          componentPath(component, 'update', 'initiatedBy'),
          `initiatedBy: ${initiator} (mechanism: ${update.mechanism})`,
        ),
        update.userGuidance === undefined
          ? notDeclared(path, 'absent')
          : fact(path, 'userGuidance: false'),
      ],
    };
  },
} satisfies ThreatRule;
