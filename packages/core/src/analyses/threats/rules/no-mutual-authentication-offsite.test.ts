import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { noMutualAuthenticationOffsite } from './no-mutual-authentication-offsite.js';

type Flow = NonNullable<Parameters<typeof aFlow>[3]>;

const complete = {
  method: 'certificate' as const,
  mutual: true,
  perSession: true,
  sessionTimeoutMinutes: 60,
};

const withFlow = (flow: Flow, options: { boundary?: boolean; source?: string } = {}) =>
  aModel({
    deployments: [
      { id: 'home', type: 'patient-home' },
      { id: 'cloud', type: 'cloud-manufacturer-tenant' },
      { id: 'depot', type: 'service-depot' },
    ],
    components: [
      aComponent('hub', { kind: 'home-monitor', deployment: 'home' }),
      aComponent('tool', { kind: 'desktop-app', deployment: 'depot' }),
      aComponent('ehr', { type: 'external-entity', kind: 'ehr', deployment: 'home' }),
      aComponent('api', { kind: 'cloud-service', deployment: 'cloud' }),
    ],
    ...(options.boundary === true
      ? { trustBoundaries: [{ id: 'internet', members: ['api'] }] }
      : {}),
    dataFlows: [aFlow('sync', options.source ?? 'hub', 'api', flow)],
  });

describe('no-mutual-authentication-offsite', () => {
  it.each`
    case                                  | flow                                                                     | fires
    ${'https only: server authenticated'} | ${{ protocol: 'https' }}                                                 | ${true}
    ${'mutual but no session limit'}      | ${{ authentication: { ...complete, sessionTimeoutMinutes: undefined } }} | ${true}
    ${'mutual: false declared'}           | ${{ authentication: { ...complete, mutual: false } }}                    | ${true}
    ${'api key, nothing else'}            | ${{ authentication: 'api-key' }}                                         | ${true}
    ${'mutual, per session, bounded'}     | ${{ authentication: complete }}                                          | ${false}
    ${'no authentication, no boundary'}   | ${{}}                                                                    | ${true}
  `('$case → fires: $fires', ({ flow, fires }) => {
    const model = withFlow(flow);

    const ids = findingIds(noMutualAuthenticationOffsite, model);

    expect(ids).toEqual(fires ? ['no-mutual-authentication-offsite@sync'] : []);
  });

  it.each`
    case                                                  | source    | boundary
    ${'no authentication across a boundary (other rule)'} | ${'hub'}  | ${true}
    ${'service depot is not a field deployment'}          | ${'tool'} | ${false}
    ${'external entities are not designed by the maker'}  | ${'ehr'}  | ${false}
  `('does not fire: $case', ({ source, boundary }) => {
    const model = withFlow({}, { source, boundary });

    expect(findingIds(noMutualAuthenticationOffsite, model)).toEqual([]);
  });

  it('lists what is missing and rates session-only gaps low', () => {
    const model = withFlow({ authentication: { ...complete, perSession: undefined } });

    const [finding] = runRule(noMutualAuthenticationOffsite, model);

    expect(finding?.hit.rationale).toContain('lacks authentication per session');
    expect(finding?.hit.evidence?.[0]?.text).toContain('not declared');
    expect(finding?.hit.exploitability?.level).toBe('low');
  });

  it('says that an inferred TLS channel authenticates the server only', () => {
    const model = withFlow({ protocol: 'https' });

    const [finding] = runRule(noMutualAuthenticationOffsite, model);

    expect(finding?.hit.evidence?.[0]).toEqual({
      path: 'dataFlows.sync.protocol',
      text: 'https implies a server certificate only; the device is not authenticated',
    });
    expect(finding?.hit.rationale).toContain('lacks mutual authentication, a bounded session.');
    expect(finding?.hit.exploitability).toBeUndefined();
  });

  it('counts a client token over TLS as both ends proven, leaving only the session lifetime', () => {
    const model = withFlow({
      protocol: 'https',
      authentication: { method: 'token', userIdentity: true },
    });

    const [finding] = runRule(noMutualAuthenticationOffsite, model);

    expect(finding?.hit.rationale).toContain('lacks a bounded session.');
    expect(finding?.hit.exploitability?.level).toBe('very-low');
  });

  it('does not ask a device to prove itself for signed code it downloads', () => {
    const model = aModel({
      deployments: [
        { id: 'home', type: 'patient-home' },
        { id: 'cloud', type: 'cloud-manufacturer-tenant' },
      ],
      components: [
        aComponent('hub', { kind: 'home-monitor', deployment: 'home' }),
        aComponent('updates', { kind: 'update-server', deployment: 'cloud' }),
      ],
      dataFlows: [
        aFlow('download', 'updates', 'hub', {
          initiator: 'target',
          protocol: 'https',
          data: ['firmware'],
          integrity: { algorithm: 'ecdsa-p256', purpose: 'security' },
        }),
      ],
    });

    expect(findingIds(noMutualAuthenticationOffsite, model)).toEqual([]);
  });

  it('leaves a server nothing proves, receiving commands, to process-spoofing', () => {
    const model = withFlow({
      protocol: 'tcp',
      data: ['configuration'],
      authentication: { method: 'token', perSession: true, sessionTimeoutMinutes: 30 },
    });

    expect(findingIds(noMutualAuthenticationOffsite, model)).toEqual([]);
  });
});
