import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { noSessionTimeout } from './no-session-timeout.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;

const withComponent = (fields: Fields, deployment = 'home') =>
  aModel({
    deployments: [
      { id: 'home', type: 'patient-home' },
      { id: 'ward', type: 'hospital-clinical-network' },
      { id: 'depot', type: 'service-depot' },
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
    ${'password login'}              | ${{ access: { roles: ['nurse'], authentication: 'password' } }}    | ${true}
    ${'nobody logs in'}              | ${{ access: { roles: ['nurse'], authentication: 'none' } }}        | ${false}
    ${'device pairing, no user'}     | ${{ access: { roles: ['patient'], authentication: 'pairing' } }}   | ${false}
  `('$case → fires: $fires', ({ fields, fires }) => {
    const model = withComponent(fields);

    const ids = findingIds(noSessionTimeout, model);

    expect(ids).toEqual(fires ? ['no-session-timeout@ui'] : []);
  });

  it.each`
    deployment | level
    ${'home'}  | ${undefined}
    ${'ward'}  | ${'high'}
    ${'depot'} | ${undefined}
  `('rates a workstation in $deployment as $level', ({ deployment, level }) => {
    const model = withComponent({ access: { roles: ['nurse'] } }, deployment);

    const [finding] = runRule(noSessionTimeout, model);

    expect(finding?.hit.exploitability?.level).toBe(level);
    expect(finding?.hit.rationale).toContain('roles nurse');
    expect(finding?.hit.evidence?.[0]?.text).toContain('not declared');
  });

  it('lists each role once when it is both a role and a privileged role', () => {
    const model = withComponent({
      access: { roles: ['nurse', 'biomed'], privilegedRoles: ['biomed'] },
    });

    const [finding] = runRule(noSessionTimeout, model);

    expect(finding?.hit.rationale).toContain('where roles biomed, nurse log in');
  });
});
