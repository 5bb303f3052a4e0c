import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { noSessionTimeout } from './no-session-timeout.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;

const withComponent = (fields: Fields, deployment = 'home') =>
  aModel({
    deployments: [
      { id: 'home', type: 'patient-home' },
      { id: 'ward', type: 'hospital-clinical-network' },
    ],
    components: [aComponent('ui', { kind: 'clinician-workstation', deployment, ...fields })],
  });

describe('no-session-timeout', () => {
  it.each`
    case                             | fields                                                             | fires
    ${'roles, no timeout'}           | ${{ access: { roles: ['clinician'] } }}                            | ${true}
    ${'privileged roles only'}       | ${{ access: { privilegedRoles: ['service'] } }}                    | ${true}
    ${'timeout declared'}            | ${{ access: { roles: ['clinician'], sessionTimeoutMinutes: 15 } }} | ${false}
    ${'no roles'}                    | ${{ access: { authentication: 'password' } }}                      | ${false}
    ${'firmware is not user-facing'} | ${{ kind: 'device-firmware', access: { roles: ['clinician'] } }}   | ${false}
    ${'mobile app with roles'}       | ${{ kind: 'mobile-app', access: { roles: ['patient'] } }}          | ${true}
  `('$case → fires: $fires', ({ fields, fires }) => {
    const model = withComponent(fields);

    const ids = findingIds(noSessionTimeout, model);

    expect(ids).toEqual(fires ? ['no-session-timeout@ui'] : []);
  });

  it.each`
    deployment | level
    ${'home'}  | ${undefined}
    ${'ward'}  | ${'high'}
  `('rates a workstation in $deployment as $level', ({ deployment, level }) => {
    const model = withComponent({ access: { roles: ['nurse'] } }, deployment);

    const [finding] = runRule(noSessionTimeout, model);

    expect(finding?.hit.exploitability?.level).toBe(level);
    expect(finding?.hit.rationale).toContain('roles nurse');
    expect(finding?.hit.evidence?.[0]?.text).toContain('not declared');
  });
});
