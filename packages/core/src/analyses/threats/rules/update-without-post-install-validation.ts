import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { selfInstalledUpdateOf } from '../support/software-update.js';
import type { ThreatRule } from '../types.js';

export const updateWithoutPostInstallValidation = {
  id: 'update-without-post-install-validation',
  version: 1,
  title: 'Update committed without checking that the new software works',
  category: 'software-update',
  stride: ['tampering', 'denial-of-service'],
  fdaCategory: 'updatability-patchability',
  references: {
    cwe: [754],
    attackIcs: ['T0857', 'T0826'],
    fda: [
      'Premarket App. 1 H (firmware and software updates)',
      'Playbook App. A (post-update validation)',
    ],
  },
  description:
    'A correctly signed image can still fail on a particular unit: a hardware revision it was not tested on, a configuration or drug library it cannot migrate, a corrupted write. If the device commits to the new image without a self-test of its essential functions, it stays on software that boots but does not deliver therapy or raise alarms correctly, and nobody notices until a patient is affected.',
  detection:
    'A component that installs its own updates (mechanism other than `none`, `app-store` or `deployment-pipeline`, whose release checks belong to the store or the operator) with `update.postInstallValidation` not declared true.',
  falsePositives:
    'The device runs a self-test after updating and reverts on failure, but the model does not state it: declare `postInstallValidation: true`.',
  mitigation:
    'After installing, boot the new image in a trial state, run a self-test of the safety functions (sensors, actuators, alarms, configuration integrity), commit only when it passes and revert automatically otherwise; report the installed version and the result to the manufacturer or the operator.',
  exploitability: 'low',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => selfInstalledUpdateOf(component) !== undefined,
  evaluate(component) {
    const update = selfInstalledUpdateOf(component);
    if (update === undefined || update.postInstallValidation === true) return undefined;
    const path = componentPath(component, 'update', 'postInstallValidation');
    const recovery =
      update.interruptedUpdateRecovery === true
        ? ' It has a fallback image, but nothing decides to use it when the new one misbehaves.'
        : '';
    return {
      rationale: `Component ${label(component)} commits ${update.mechanism} updates without a declared check that the new software runs and its functions work.${recovery}`,
      evidence: [
        update.postInstallValidation === undefined
          ? notDeclared(path, 'absent')
          : fact(path, 'postInstallValidation: false'),
      ],
    };
  },
} satisfies ThreatRule;
