import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { noDosProtection } from './no-dos-protection.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;

const withApi = (api: Fields, severity: 'minor' | 'critical' = 'minor') =>
  aModel({
    clinicalFunctions: [{ id: 'monitoring', description: 'Remote monitoring', severity }],
    deployments: [
      { id: 'cloud', type: 'cloud-manufacturer-tenant' },
      { id: 'home', type: 'patient-home' },
    ],
    components: [
      aComponent('api', {
        kind: 'cloud-service',
        deployment: 'cloud',
        functions: ['monitoring'],
        ...api,
      }),
      aComponent('hub', { kind: 'home-monitor', deployment: 'home' }),
    ],
    trustBoundaries: [{ id: 'cloud', members: ['api'] }],
    dataFlows: [aFlow('upload', 'hub', 'api')],
  });

describe('no-dos-protection', () => {
  it.each`
    case                                      | api                                                         | severity      | fires
    ${'minor function, undeclared'}           | ${{}}                                                       | ${'minor'}    | ${true}
    ${'declared false'}                       | ${{ access: { rateLimiting: false } }}                      | ${'minor'}    | ${true}
    ${'rate limited'}                         | ${{ access: { rateLimiting: true } }}                       | ${'minor'}    | ${false}
    ${'data store'}                           | ${{ type: 'data-store', kind: 'database' }}                 | ${'minor'}    | ${true}
    ${'critical, no redundancy'}              | ${{}}                                                       | ${'critical'} | ${true}
    ${'critical but redundant'}               | ${{ resilience: { redundancy: true } }}                     | ${'critical'} | ${true}
    ${'external entity is not designed here'} | ${{ type: 'external-entity', kind: 'third-party-service' }} | ${'minor'}    | ${false}
  `('$case → fires: $fires', ({ api, severity, fires }) => {
    const model = withApi(api, severity);

    const ids = findingIds(noDosProtection, model);

    expect(ids).toEqual(fires ? ['no-dos-protection@api'] : []);
  });

  it('does not consider components that are not internet-facing', () => {
    const model = withApi({ access: { rateLimiting: true } });

    expect(findingIds(noDosProtection, model)).not.toContain('no-dos-protection@hub');
  });

  it('says what is missing and lowers exploitability for redundant services', () => {
    const model = withApi({ resilience: { redundancy: true } }, 'critical');

    const [finding] = runRule(noDosProtection, model);

    expect(finding?.hit.evidence?.[0]?.text).toBe(
      'components.api.access.rateLimiting is not declared; treated as false',
    );
    expect(finding?.hit.exploitability?.level).toBe('moderate');
  });

  it('does not take a component as internet-facing when only its neighbours in the deployment call it', () => {
    const model = aModel({
      clinicalFunctions: [
        { id: 'monitoring', description: 'Remote monitoring', severity: 'serious' },
      ],
      deployments: [{ id: 'cloud', type: 'cloud-manufacturer-tenant' }],
      components: [
        aComponent('api', {
          kind: 'cloud-service',
          deployment: 'cloud',
          functions: ['monitoring'],
          access: { rateLimiting: true },
        }),
        aComponent('db', { type: 'data-store', kind: 'database', deployment: 'cloud' }),
        aComponent('worker', { kind: 'cloud-service', deployment: 'cloud' }),
      ],
      dataFlows: [
        aFlow('store', 'api', 'db'),
        aFlow('poll', 'db', 'worker', { initiator: 'target' }),
      ],
    });

    expect(findingIds(noDosProtection, model)).toEqual([]);
  });

  it('leaves build and release infrastructure out', () => {
    const model = withApi({ kind: 'ci-cd' });

    expect(findingIds(noDosProtection, model)).toEqual([]);
  });

  it('names the flows that come in from the internet', () => {
    const [finding] = runRule(noDosProtection, withApi({}));

    expect(finding?.hit.rationale).toContain(
      'deployment "cloud" is internet-facing and "upload" comes in from outside it',
    );
  });
});
