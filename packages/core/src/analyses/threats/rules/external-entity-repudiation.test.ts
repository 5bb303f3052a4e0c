import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { externalEntityRepudiation } from './external-entity-repudiation.js';

const clinician = aComponent('clinician', { type: 'external-entity', kind: 'person' });

const withOrder = (
  flow: Parameters<typeof aFlow>[3],
  logging: NonNullable<Parameters<typeof aComponent>[1]>['logging'] = {},
) =>
  aModel({
    components: [clinician, aComponent('pump', { logging })],
    dataFlows: [aFlow('order', 'clinician', 'pump', flow)],
  });

describe('external-entity-repudiation', () => {
  it.each`
    case                                          | flow                                                                                                             | logging                      | expected
    ${'neither the flow nor the log says who'}    | ${{ data: ['therapy-command' as const] }}                                                                        | ${{ security: true }}        | ${['external-entity-repudiation@clinician/order']}
    ${'user identity declared false'}             | ${{ data: ['configuration' as const], authentication: { method: 'pin' as const, userIdentity: false } }}         | ${{}}                        | ${['external-entity-repudiation@clinician/order']}
    ${'the flow authenticates the person'}        | ${{ data: ['therapy-command' as const], authentication: { method: 'smart-card' as const, userIdentity: true } }} | ${{}}                        | ${[]}
    ${'the pump logs commands with their issuer'} | ${{ data: ['therapy-command' as const] }}                                                                        | ${{ userAttribution: true }} | ${[]}
    ${'telemetry only: no command to deny'}       | ${{ data: ['telemetry' as const] }}                                                                              | ${{}}                        | ${[]}
  `('$case', ({ flow, logging, expected }) => {
    expect(findingIds(externalEntityRepudiation, withOrder(flow, logging))).toEqual(expected);
  });

  it('does not consider commands sent to a data store or by a process', () => {
    const model = aModel({
      components: [
        clinician,
        aComponent('pump'),
        aComponent('records', { type: 'data-store', kind: 'database' }),
      ],
      dataFlows: [
        aFlow('note', 'clinician', 'records', { carries: 'commands' }),
        aFlow('relay', 'pump', 'records', { carries: 'commands' }),
      ],
    });

    expect(findingIds(externalEntityRepudiation, model)).toEqual([]);
  });

  it('says which facts are missing', () => {
    const [finding] = runRule(
      externalEntityRepudiation,
      withOrder({ data: ['therapy-command'] }, undefined),
    );

    expect(finding?.hit.evidence?.map((e) => e.path)).toEqual([
      'dataFlows.order.authentication.userIdentity',
      'components.pump.access.authentication',
      'components.pump.logging.userAttribution',
    ]);
    expect(finding?.hit.evidence?.[2]?.text).toContain('not declared');
  });

  it.each`
    case                                   | login          | expected
    ${'the person logs in with a badge'}   | ${'proximity'} | ${[]}
    ${'the device has no login by design'} | ${'none'}      | ${['external-entity-repudiation@clinician/order']}
  `('identifies a person by the login of the component they use: $case', ({ login, expected }) => {
    const model = aModel({
      components: [clinician, aComponent('pump', { access: { authentication: login } })],
      dataFlows: [aFlow('order', 'clinician', 'pump', { data: ['therapy-command'] })],
    });

    expect(findingIds(externalEntityRepudiation, model)).toEqual(expected);
  });
});
