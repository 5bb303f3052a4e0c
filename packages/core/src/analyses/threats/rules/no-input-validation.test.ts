import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { noInputValidation } from './no-input-validation.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;
type Flow = NonNullable<Parameters<typeof aFlow>[3]>;

const withPump = (pump: Fields, flow: Flow = {}, boundary = true) =>
  aModel({
    components: [aComponent('app', { kind: 'mobile-app' }), aComponent('pump', pump)],
    ...(boundary ? { trustBoundaries: [{ id: 'body', members: ['pump'] }] } : {}),
    dataFlows: [aFlow('cmd', 'app', 'pump', flow)],
  });

describe('no-input-validation', () => {
  it.each`
    case                            | pump                                        | flow  | boundary | fires
    ${'crossing input, undeclared'} | ${{}}                                       | ${{}} | ${true}  | ${true}
    ${'declared false'}             | ${{ access: { inputValidation: false } }}   | ${{}} | ${true}  | ${true}
    ${'validated'}                  | ${{ access: { inputValidation: true } }}    | ${{}} | ${true}  | ${false}
    ${'no boundary crossed'}        | ${{}}                                       | ${{}} | ${false} | ${false}
    ${'data store'}                 | ${{ type: 'data-store', kind: 'database' }} | ${{}} | ${true}  | ${false}
  `('$case → fires: $fires', ({ pump, flow, boundary, fires }) => {
    const model = withPump(pump, flow, boundary);

    const ids = findingIds(noInputValidation, model).filter((id) => id.endsWith('@pump'));

    expect(ids).toEqual(fires ? ['no-input-validation@pump'] : []);
  });

  it.each`
    case                                        | flow                | expected
    ${'two-way flow: both ends receive'}        | ${{}}               | ${['no-input-validation@app', 'no-input-validation@pump']}
    ${'one-way flow: only the target receives'} | ${{ oneWay: true }} | ${['no-input-validation@pump']}
  `('$case', ({ flow, expected }) => {
    const model = withPump({}, flow);

    expect(findingIds(noInputValidation, model)).toEqual(expected);
  });

  it('names the boundary and the flow', () => {
    const model = withPump({}, { oneWay: true });

    const [finding] = runRule(noInputValidation, model);

    expect(finding?.hit.rationale).toContain('across body on "cmd"');
    expect(finding?.hit.evidence).toContainEqual({ path: 'dataFlows.cmd', text: 'crosses body' });
  });

  const inCloud = (caller: 'phone' | 'cloud', kind: Fields['kind'] = 'web-api') =>
    aModel({
      deployments: [
        { id: 'phone', type: 'patient-mobile-device' },
        { id: 'cloud', type: 'cloud-manufacturer-tenant' },
      ],
      components: [
        aComponent('client', {
          kind: caller === 'phone' ? 'mobile-app' : 'cloud-service',
          deployment: caller,
          access: { inputValidation: true },
        }),
        aComponent('svc', { kind, deployment: 'cloud' }),
      ],
      trustBoundaries: [{ id: 'tb-svc', members: ['svc'] }],
      dataFlows: [aFlow('call', 'client', 'svc', { protocol: 'https' })],
    });

  it.each`
    case                                            | caller     | level
    ${'called from outside its deployment'}         | ${'phone'} | ${'high'}
    ${'called only by a neighbour in the same one'} | ${'cloud'} | ${undefined}
  `('rates exploitability by the ways in from the internet: $case', ({ caller, level }) => {
    const [finding] = runRule(noInputValidation, inCloud(caller));

    expect(finding?.hit.exploitability?.level).toBe(level);
  });

  it('leaves build and release infrastructure to ci-cd-compromise', () => {
    expect(findingIds(noInputValidation, inCloud('phone', 'signing-service'))).toEqual([]);
  });
});
