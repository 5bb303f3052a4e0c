import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { householdPhysicalAccess } from './household-physical-access.js';

type Access = NonNullable<Parameters<typeof aComponent>[1]>['access'];

const deviceWith = (access: Access, deployment = 'home') =>
  aModel({
    deployments: [
      { id: 'home', type: 'patient-home' },
      { id: 'body', type: 'on-body' },
      { id: 'ward', type: 'hospital-clinical-network' },
    ],
    components: [aComponent('concentrator', { kind: 'medical-device', deployment, access })],
  });

describe('household-physical-access', () => {
  it.each`
    case                                   | access                                                       | deployment | fires
    ${'clinician menu, no authentication'} | ${{ privilegedRoles: ['clinician'] }}                        | ${'home'}  | ${true}
    ${'authentication declared none'}      | ${{ privilegedRoles: ['service'], authentication: 'none' }}  | ${'home'}  | ${true}
    ${'service role among plain roles'}    | ${{ roles: ['patient', 'Field Service'] }}                   | ${'home'}  | ${true}
    ${'worn device'}                       | ${{ privilegedRoles: ['clinician'] }}                        | ${'body'}  | ${true}
    ${'PIN required'}                      | ${{ privilegedRoles: ['clinician'], authentication: 'pin' }} | ${'home'}  | ${false}
    ${'only patient roles'}                | ${{ roles: ['patient', 'caregiver'] }}                       | ${'home'}  | ${false}
    ${'no access block'}                   | ${undefined}                                                 | ${'home'}  | ${false}
    ${'hospital ward, staff access only'}  | ${{ privilegedRoles: ['clinician'] }}                        | ${'ward'}  | ${false}
  `('$case → fires: $fires', ({ access, deployment, fires }) => {
    const model = deviceWith(access, deployment);

    expect(findingIds(householdPhysicalAccess, model)).toEqual(
      fires ? ['household-physical-access@concentrator'] : [],
    );
  });

  it('names the privileged roles and says authentication is not declared', () => {
    const [finding] = runRule(
      householdPhysicalAccess,
      deviceWith({ roles: ['patient', 'clinician'], privilegedRoles: ['service'] }),
    );

    expect(finding?.hit.rationale).toContain('clinician, service');
    expect(finding?.hit.evidence?.[0]?.text).toContain('not declared');
    expect(finding?.hit.exploitability).toBeUndefined();
  });

  it('rates a worn device moderate: others reach it less easily than a bedside unit', () => {
    const [finding] = runRule(
      householdPhysicalAccess,
      deviceWith({ privilegedRoles: ['clinician'] }, 'body'),
    );

    expect(finding?.hit.exploitability?.level).toBe('moderate');
  });
});
