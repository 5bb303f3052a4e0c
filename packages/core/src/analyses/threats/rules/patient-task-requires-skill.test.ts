import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { patientTaskRequiresSkill } from './patient-task-requires-skill.js';

type Category =
  'authentication' | 'cryptography' | 'resiliency-recovery' | 'updatability-patchability';

const stakeholders = [
  { id: 'pat', role: 'patient' as const },
  { id: 'mum', role: 'caregiver' as const },
  { id: 'acme', role: 'manufacturer' as const },
];
const control = (id: string, category: Category, owner?: string, title = id) => ({
  id,
  title,
  category,
  status: 'implemented' as const,
  mitigates: [],
  ...(owner === undefined ? {} : { owner }),
});
const FINDING = 'debug-port-open@pump/jtag';
const transfer = (recipient: string, controls: string[] = []) => ({
  [FINDING]: { strategy: 'transfer' as const, recipient, controls },
});
const model = (controls: ReturnType<typeof control>[], treatments = {}) =>
  aModel({ components: [aComponent('pump')], stakeholders, controls, treatments });

describe('patient-task-requires-skill', () => {
  it.each`
    case                                                | controls                                                                            | treatments                     | expected
    ${'patient owns an authentication control'}         | ${[control('pin', 'authentication', 'pat')]}                                        | ${{}}                          | ${['patient-task-requires-skill@pin']}
    ${'caregiver installs updates'}                     | ${[control('upd', 'updatability-patchability', 'mum')]}                             | ${{}}                          | ${['patient-task-requires-skill@upd']}
    ${'patient configures the home network'}            | ${[control('wifi', 'resiliency-recovery', 'pat', 'Use WPA2 on the home Wi-Fi')]}    | ${{}}                          | ${['patient-task-requires-skill@wifi']}
    ${'patient keeps a backup meter'}                   | ${[control('backup', 'resiliency-recovery', 'pat', 'Keep a backup glucose meter')]} | ${{}}                          | ${[]}
    ${'manufacturer owns the cryptography'}             | ${[control('keys', 'cryptography', 'acme')]}                                        | ${{}}                          | ${[]}
    ${'transfer to patient without a task'}             | ${[]}                                                                               | ${transfer('pat')}             | ${[`patient-task-requires-skill@${FINDING}`]}
    ${'transfer hands over an unowned skilled control'} | ${[control('logs', 'cryptography')]}                                                | ${transfer('pat', ['logs'])}   | ${[`patient-task-requires-skill@${FINDING}`]}
    ${'transfer relies on a lay-feasible control'}      | ${[control('backup', 'resiliency-recovery')]}                                       | ${transfer('pat', ['backup'])} | ${[]}
    ${'transfer relies on a patient-owned control'}     | ${[control('pin', 'authentication', 'pat')]}                                        | ${transfer('pat', ['pin'])}    | ${['patient-task-requires-skill@pin']}
    ${'transfer to the manufacturer'}                   | ${[]}                                                                               | ${transfer('acme')}            | ${[]}
  `('$case', ({ controls, treatments, expected }) => {
    expect(findingIds(patientTaskRequiresSkill, model(controls, treatments))).toEqual(expected);
  });

  it('leaves controls and transfers with a declared skill to responsibility-lay-technical-task', () => {
    const declared = { responsibility: { skill: 'basic' as const } };
    const m = model([{ ...control('pin', 'authentication', 'pat'), ...declared }], {
      [FINDING]: { strategy: 'transfer' as const, recipient: 'pat', ...declared },
    });

    expect(findingIds(patientTaskRequiresSkill, m)).toEqual([]);
  });

  it('names the owner, their role and the skill the control needs', () => {
    const [finding] = runRule(
      patientTaskRequiresSkill,
      model([control('pin', 'authentication', 'pat', 'Set a PIN')]),
    );

    expect(finding?.subject).toMatchObject({ kind: 'control', id: 'pin' });
    expect(finding?.hit.rationale).toBe(
      'Control "pin" (Set a PIN) asks "pat", a patient, to handle authentication, which needs security skills a lay user cannot be expected to have.',
    );
  });

  it('says when a transfer defines no task', () => {
    const [finding] = runRule(patientTaskRequiresSkill, model([], transfer('mum')));

    expect(finding?.subject).toMatchObject({ kind: 'treatment', id: FINDING });
    expect(finding?.hit.evidence?.map((e) => e.text)).toEqual([
      'recipient: mum (caregiver)',
      `treatments.${FINDING}.controls is not declared; treated as a task nobody has defined`,
    ]);
  });
});
