import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { processElevationOfPrivilege } from './process-elevation-of-privilege.js';

type Access = NonNullable<Parameters<typeof aComponent>[1]>['access'];

const withAccess = (access: Access, type: 'process' | 'data-store' = 'process') =>
  aModel({ components: [aComponent('portal', { kind: 'web-portal', type, access })] });

describe('process-elevation-of-privilege', () => {
  it.each`
    case                                           | access                                                                                              | expected
    ${'several roles, nothing declared'}           | ${{ roles: ['patient', 'clinician'] }}                                                              | ${['process-elevation-of-privilege@portal/role-separation']}
    ${'several roles, separated'}                  | ${{ roles: ['patient', 'clinician'], roleSeparation: true }}                                        | ${[]}
    ${'privileged role only'}                      | ${{ privilegedRoles: ['service'] }}                                                                 | ${['process-elevation-of-privilege@portal/least-privilege']}
    ${'privileged role with least privilege'}      | ${{ privilegedRoles: ['service'], leastPrivilege: true }}                                           | ${[]}
    ${'both problems'}                             | ${{ roles: ['clinician'], privilegedRoles: ['admin'], roleSeparation: false }}                      | ${['process-elevation-of-privilege@portal/least-privilege', 'process-elevation-of-privilege@portal/role-separation']}
    ${'both controls'}                             | ${{ roles: ['clinician'], privilegedRoles: ['admin'], roleSeparation: true, leastPrivilege: true }} | ${[]}
    ${'one unprivileged role: nothing to elevate'} | ${{ roles: ['clinician'] }}                                                                         | ${[]}
  `('$case', ({ access, expected }) => {
    expect(findingIds(processElevationOfPrivilege, withAccess(access)).sort()).toEqual(expected);
  });

  it('does not consider data stores', () => {
    expect(
      findingIds(
        processElevationOfPrivilege,
        withAccess({ privilegedRoles: ['dba'] }, 'data-store'),
      ),
    ).toEqual([]);
  });

  it('names the roles and the missing fact', () => {
    const [finding] = runRule(processElevationOfPrivilege, withAccess({ roles: ['a', 'b'] }));

    expect(finding?.hit.rationale).toContain('a, b');
    expect(finding?.hit.evidence?.[0]).toEqual({
      path: 'components.portal.access.roleSeparation',
      text: 'components.portal.access.roleSeparation is not declared; treated as false',
    });
  });
});
