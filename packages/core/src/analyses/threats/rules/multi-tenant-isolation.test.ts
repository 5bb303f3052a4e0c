import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, homePumpParts, runRule } from '../../../../test/builders.js';
import { multiTenantIsolation } from './multi-tenant-isolation.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;

const withService = (service: Fields, commandsPump = false) =>
  aModel({
    ...homePumpParts(),
    deployments: [...homePumpParts().deployments, { id: 'saas', type: 'cloud-third-party-saas' }],
    components: [
      aComponent('analytics', { kind: 'cloud-service', deployment: 'cloud', ...service }),
      aComponent('pump', { deployment: 'body', functions: ['insulin-delivery'] }),
    ],
    dataFlows: [
      aFlow('readings', 'pump', 'analytics', { data: ['phi', 'telemetry'] }),
      ...(commandsPump
        ? [aFlow('settings', 'analytics', 'pump', { data: ['configuration'] })]
        : []),
    ],
  });

describe('multi-tenant-isolation', () => {
  it.each`
    case                                     | service                                                                | fires
    ${'multi-tenant, isolation undescribed'} | ${{ cloud: { tenancy: 'multi' } }}                                     | ${true}
    ${'SaaS with undeclared tenancy'}        | ${{ cloud: { serviceModel: 'saas' } }}                                 | ${true}
    ${'third-party SaaS deployment'}         | ${{ deployment: 'saas' }}                                              | ${true}
    ${'isolation described'}                 | ${{ cloud: { tenancy: 'multi', tenantIsolation: 'account per HDO' } }} | ${false}
    ${'single tenant'}                       | ${{ cloud: { tenancy: 'single', serviceModel: 'saas' } }}              | ${false}
    ${'own tenant, tenancy not declared'}    | ${{}}                                                                  | ${false}
  `('$case → fires: $fires', ({ service, fires }) => {
    const model = withService(service);

    const ids = runRule(multiTenantIsolation, model).map((f) => f.id);

    expect(ids).toEqual(fires ? ['multi-tenant-isolation@analytics'] : []);
  });

  it('stays a privacy finding and lists the sensitive data when the service steers nothing', () => {
    const [finding] = runRule(multiTenantIsolation, withService({ cloud: { tenancy: 'multi' } }));

    expect(finding?.hit.severity).toBeUndefined();
    expect(finding?.hit.rationale).toContain('carry phi');
  });

  it('reports the patient harm when the service also sends settings to the pump', () => {
    const model = withService({ cloud: { tenancy: 'multi' } }, true);

    const [finding] = runRule(multiTenantIsolation, model);

    expect(finding?.hit.severity?.level).toBe('catastrophic');
    expect(finding?.hit.severity?.reason).toContain('insulin-delivery');
  });
});
