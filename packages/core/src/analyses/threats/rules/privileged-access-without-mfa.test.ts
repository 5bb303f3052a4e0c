import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { privilegedAccessWithoutMfa } from './privileged-access-without-mfa.js';

type Access = NonNullable<NonNullable<Parameters<typeof aComponent>[1]>['access']>;

const withAccess = (access: Access | undefined, deployment = 'hospital') =>
  aModel({
    deployments: [
      { id: 'hospital', type: 'hospital-clinical-network' },
      { id: 'cloud', type: 'cloud-manufacturer-tenant' },
    ],
    components: [
      aComponent('admin', { type: 'external-entity', kind: 'person' }),
      aComponent('console', {
        kind: 'web-portal',
        deployment,
        ...(access === undefined ? {} : { access }),
      }),
    ],
    // the administrator connects from wherever they are: a way in from outside the deployment
    dataFlows: [aFlow('login', 'admin', 'console', { protocol: 'https' })],
  });

describe('privileged-access-without-mfa', () => {
  it.each`
    case                            | access                                                        | fires
    ${'admin role, MFA undeclared'} | ${{ privilegedRoles: ['admin'] }}                             | ${true}
    ${'service role, mfa false'}    | ${{ privilegedRoles: ['service'], mfa: false }}               | ${true}
    ${'admin by password only'}     | ${{ privilegedRoles: ['admin'], authentication: 'password' }} | ${true}
    ${'admin with MFA'}             | ${{ privilegedRoles: ['admin'], mfa: true }}                  | ${false}
    ${'no privileged roles'}        | ${{ roles: ['clinician'], authentication: 'password' }}       | ${false}
    ${'empty privileged roles'}     | ${{ privilegedRoles: [] }}                                    | ${false}
    ${'no access section'}          | ${undefined}                                                  | ${false}
  `('$case → fires: $fires', ({ access, fires }) => {
    const model = withAccess(access);

    const ids = findingIds(privilegedAccessWithoutMfa, model);

    expect(ids).toEqual(fires ? ['privileged-access-without-mfa@console'] : []);
  });

  it.each`
    case                                 | authentication   | deployment    | level
    ${'certificate on the hospital LAN'} | ${'certificate'} | ${'hospital'} | ${undefined}
    ${'password on the hospital LAN'}    | ${'password'}    | ${'hospital'} | ${'high'}
    ${'certificate on the internet'}     | ${'certificate'} | ${'cloud'}    | ${'high'}
    ${'password on the internet'}        | ${'password'}    | ${'cloud'}    | ${'very-high'}
  `('rates $case as $level', ({ authentication, deployment, level }) => {
    const model = withAccess({ privilegedRoles: ['admin'], authentication }, deployment);

    const [finding] = runRule(privilegedAccessWithoutMfa, model);

    expect(finding?.hit.exploitability?.level).toBe(level);
    expect(finding?.hit.rationale).toContain(`${authentication} as the only`);
  });

  it('says when MFA is not declared', () => {
    const model = withAccess({ privilegedRoles: ['service'] });

    const [finding] = runRule(privilegedAccessWithoutMfa, model);

    expect(finding?.hit.evidence?.map((e) => e.text)).toContain(
      'components.console.access.mfa is not declared; treated as false',
    );
  });

  it('says when privileged functions need no authentication at all', () => {
    const model = withAccess({ privilegedRoles: ['biomed'], authentication: 'none' });

    const [finding] = runRule(privilegedAccessWithoutMfa, model);

    expect(finding?.hit.rationale).toContain(
      'grants privileged roles biomed with no authentication at all, let alone a second factor',
    );
  });

  it('leaves privileged functions without any login in the household to household-physical-access', () => {
    const model = aModel({
      deployments: [{ id: 'home', type: 'patient-home' }],
      components: [
        aComponent('hub', {
          kind: 'home-monitor',
          deployment: 'home',
          access: { privilegedRoles: ['service'], authentication: 'none' },
        }),
      ],
    });

    expect(findingIds(privilegedAccessWithoutMfa, model)).toEqual([]);
  });

  it('takes a password the component holds as the privileged login when no user login is declared', () => {
    const model = aModel({
      deployments: [{ id: 'ward', type: 'hospital-clinical-network' }],
      components: [
        aComponent('pump', {
          kind: 'medical-device',
          deployment: 'ward',
          access: { privilegedRoles: ['biomed'], authentication: 'none' },
          credentials: [{ id: 'service-code', kind: 'password' }],
        }),
      ],
    });

    const [finding] = runRule(privilegedAccessWithoutMfa, model);

    expect(finding?.hit.rationale).toContain(
      'grants privileged roles biomed with a password it holds ("service-code") as the only authentication factor',
    );
    expect(finding?.hit.exploitability?.level).toBe('high');
  });

  it('keeps the default exploitability when the held secret is hard-coded (its own rule rates it)', () => {
    const model = aModel({
      deployments: [{ id: 'ward', type: 'hospital-clinical-network' }],
      components: [
        aComponent('pump', {
          kind: 'medical-device',
          deployment: 'ward',
          access: { privilegedRoles: ['biomed'], authentication: 'none' },
          credentials: [{ id: 'service-pin', kind: 'pin', hardcoded: true }],
        }),
      ],
    });

    const [finding] = runRule(privilegedAccessWithoutMfa, model);

    expect(finding?.hit.exploitability).toBeUndefined();
  });
});
