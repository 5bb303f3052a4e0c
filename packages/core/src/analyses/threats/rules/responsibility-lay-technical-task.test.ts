import { describe, expect, it } from 'vitest';
import {
  aComponent,
  aFlow,
  aModel,
  assessRule,
  findingIds,
  runRule,
} from '../../../../test/builders.js';
import { responsibilityLayTechnicalTask } from './responsibility-lay-technical-task.js';

const stakeholders = [
  { id: 'acme', role: 'manufacturer' as const },
  { id: 'pat', role: 'patient' as const },
  { id: 'mum', role: 'caregiver' as const },
];
const functions = [
  { id: 'dosing', description: 'Deliver insulin', severity: 'catastrophic' as const },
  { id: 'history', description: 'Show history', severity: 'minor' as const },
];
const home = {
  stakeholders,
  clinicalFunctions: functions,
  components: [
    aComponent('pump', { functions: ['dosing'] }),
    aComponent('phone', { kind: 'mobile-app', owner: 'pat' }),
    aComponent('tablet', { kind: 'mobile-app', owner: 'mum', functions: ['history'] }),
  ],
  dataFlows: [aFlow('phone-to-pump', 'phone', 'pump', { data: ['therapy-command'] })],
};
const duty = (fields: Record<string, unknown>) => ({
  id: 'hygiene',
  title: 'Keep the phone unrooted',
  communicatedVia: ['ifu' as const],
  ...fields,
});

describe('responsibility-lay-technical-task', () => {
  it.each`
    case                                         | fields                                                                                    | expected
    ${'technical task on the patient phone'}     | ${{ component: 'phone', skill: 'technical' }}                                             | ${['responsibility-lay-technical-task@model/hygiene']}
    ${'expert task, caregiver accountable'}      | ${{ component: 'tablet', skill: 'expert' }}                                               | ${['responsibility-lay-technical-task@model/hygiene']}
    ${'basic task'}                              | ${{ component: 'phone', skill: 'basic' }}                                                 | ${[]}
    ${'no skill declared'}                       | ${{ component: 'phone' }}                                                                 | ${[]}
    ${'technical task done by the manufacturer'} | ${{ component: 'phone', skill: 'technical', responsible: ['acme'], accountable: 'acme' }} | ${[]}
  `('$case', ({ fields, expected }) => {
    const model = aModel({ ...home, responsibilities: [duty(fields)] });

    expect(findingIds(responsibilityLayTechnicalTask, model)).toEqual(expected);
  });

  it('rates the harm by what the protected component steers, and says so', () => {
    const [finding] = runRule(
      responsibilityLayTechnicalTask,
      aModel({ ...home, responsibilities: [duty({ component: 'phone', skill: 'technical' })] }),
    );

    expect(finding?.hit.severity).toEqual({
      level: 'catastrophic',
      reason:
        'the task protects phone, which can affect clinical function dosing (catastrophic) via phone → phone-to-pump → pump; left undone by a lay user, that protection is missing',
    });
  });

  it('keeps a component that steers nothing at its own harm', () => {
    const [finding] = runRule(
      responsibilityLayTechnicalTask,
      aModel({ ...home, responsibilities: [duty({ component: 'tablet', skill: 'technical' })] }),
    );

    expect(finding?.hit.severity?.level).toBe('minor');
  });

  it('assumes the worst function, visibly, when the task names no component', () => {
    const [finding] = assessRule(
      responsibilityLayTechnicalTask,
      aModel({
        ...home,
        responsibilities: [duty({ skill: 'technical', responsible: ['pat'], accountable: 'acme' })],
      }),
    );

    expect(finding?.risk.severity.level).toBe('catastrophic');
    expect(finding?.risk.severity.reason).toContain('reasonable worst case');
    expect(finding?.level).not.toBe('info');
  });
});
