import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { clinicProgrammerMultiPatient } from './clinic-programmer-multi-patient.js';

const deployments = [
  { id: 'clinic', type: 'clinic' as const },
  { id: 'ward', type: 'hospital-clinical-network' as const },
  { id: 'body', type: 'implanted' as const },
  { id: 'home', type: 'patient-home' as const },
];
const implant = aComponent('implant', { deployment: 'body' });
const program = aFlow('program', 'console', 'implant', { data: ['therapy-command'] });

describe('clinic-programmer-multi-patient', () => {
  it.each`
    case                                      | station                                                                                           | flows                                                             | expected
    ${'clinic programmer programs implants'}  | ${aComponent('console', { kind: 'programmer', deployment: 'clinic' })}                            | ${[program]}                                                      | ${['clinic-programmer-multi-patient@console']}
    ${'programmer with no deployment'}        | ${aComponent('console', { kind: 'programmer' })}                                                  | ${[program]}                                                      | ${['clinic-programmer-multi-patient@console']}
    ${'ward workstation configures implants'} | ${aComponent('console', { kind: 'clinician-workstation', deployment: 'ward' })}                   | ${[program]}                                                      | ${['clinic-programmer-multi-patient@console']}
    ${'programmer only reads telemetry'}      | ${aComponent('console', { kind: 'programmer', deployment: 'clinic' })}                            | ${[aFlow('read', 'console', 'implant', { data: ['telemetry'] })]} | ${[]}
    ${'home remote for one patient'}          | ${aComponent('console', { kind: 'programmer', deployment: 'home', multiplicity: 'per-patient' })} | ${[program]}                                                      | ${[]}
    ${'workstation declared per-patient'}     | ${aComponent('console', { kind: 'clinician-workstation', multiplicity: 'per-patient' })}          | ${[program]}                                                      | ${[]}
    ${'shared gateway is not a programmer'}   | ${aComponent('console', { kind: 'gateway', deployment: 'ward' })}                                 | ${[program]}                                                      | ${[]}
  `('$case', ({ station, flows, expected }) => {
    const model = aModel({ deployments, components: [station, implant], dataFlows: flows });

    expect(findingIds(clinicProgrammerMultiPatient, model)).toEqual(expected);
  });

  it('mentions installed firmware and rates an unmanaged clinic high', () => {
    const model = aModel({
      deployments,
      components: [aComponent('console', { kind: 'programmer', deployment: 'clinic' }), implant],
      dataFlows: [program, aFlow('fw', 'console', 'implant', { data: ['firmware'] })],
    });

    const [finding] = runRule(clinicProgrammerMultiPatient, model);

    expect(finding?.hit.rationale).toBe(
      'Shared programmer "console" (console) steers patients\' devices over "fw", "program" and installs code on them; malware on it can reprogram "implant" of every patient.',
    );
    expect(finding?.hit.exploitability?.level).toBe('high');
  });

  it('keeps the default exploitability in a managed hospital', () => {
    const model = aModel({
      deployments,
      components: [
        aComponent('console', { kind: 'clinician-workstation', deployment: 'ward' }),
        implant,
      ],
      dataFlows: [program],
    });

    const [finding] = runRule(clinicProgrammerMultiPatient, model);

    expect(finding?.hit.exploitability).toBeUndefined();
  });
});
