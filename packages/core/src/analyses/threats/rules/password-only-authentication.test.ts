import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { passwordOnlyAuthentication } from './password-only-authentication.js';

type Flow = NonNullable<Parameters<typeof aFlow>[3]>;

const withFlow = (flow: Flow, portal = 'hospital') =>
  aModel({
    clinicalFunctions: [
      { id: 'dosing', description: 'Deliver insulin', severity: 'catastrophic' },
      { id: 'trend', description: 'Show glucose trend', severity: 'minor' },
    ],
    deployments: [
      { id: 'hospital', type: 'hospital-clinical-network' },
      { id: 'cloud', type: 'cloud-manufacturer-tenant' },
    ],
    components: [
      aComponent('portal', { kind: 'web-portal', deployment: portal }),
      aComponent('pump', { functions: ['dosing'], deployment: 'hospital' }),
      aComponent('display', { functions: ['trend'], deployment: 'hospital' }),
    ],
    dataFlows: [aFlow('cmd', 'portal', 'pump', flow), aFlow('cfg', 'portal', 'display', flow)],
  });

describe('password-only-authentication', () => {
  it.each`
    case                                | flow                                                                | expected
    ${'therapy commands by password'}   | ${{ data: ['therapy-command'], authentication: 'password' }}        | ${['password-only-authentication@cmd']}
    ${'therapy commands by PIN'}        | ${{ data: ['therapy-command'], authentication: { method: 'pin' } }} | ${['password-only-authentication@cmd']}
    ${'certificate'}                    | ${{ data: ['therapy-command'], authentication: 'certificate' }}     | ${[]}
    ${'token'}                          | ${{ data: ['therapy-command'], authentication: 'token' }}           | ${[]}
    ${'no authentication: other rules'} | ${{ data: ['therapy-command'] }}                                    | ${[]}
    ${'password on telemetry only'}     | ${{ data: ['telemetry'], authentication: 'password' }}              | ${[]}
  `('$case', ({ flow, expected }) => {
    const model = withFlow(flow);

    expect(findingIds(passwordOnlyAuthentication, model)).toEqual(expected);
  });

  it.each`
    case                                | method        | portal        | level
    ${'password inside the hospital'}   | ${'password'} | ${'hospital'} | ${undefined}
    ${'PIN inside the hospital'}        | ${'pin'}      | ${'hospital'} | ${'high'}
    ${'password on an internet portal'} | ${'password'} | ${'cloud'}    | ${'high'}
  `('rates a $case as $level', ({ method, portal, level }) => {
    const model = withFlow({ data: ['therapy-command'], authentication: method }, portal);

    const [finding] = runRule(passwordOnlyAuthentication, model);

    expect(finding?.hit.exploitability?.level).toBe(level);
    expect(finding?.hit.rationale).toContain('dosing (catastrophic)');
    expect(finding?.hit.evidence?.[0]?.path).toBe('dataFlows.cmd.authentication.method');
  });
});
