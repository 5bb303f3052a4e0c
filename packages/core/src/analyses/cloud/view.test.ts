import { describe, expect, it } from 'vitest';
import { cloudModel } from '../../../test/cloud-fixtures.js';
import { aComponent, aModel } from '../../../test/builders.js';
import { buildQuery } from '../../model/query/index.js';
import { SERVICE_MODEL_RESPONSIBILITIES } from './responsibilities.js';
import { cloudView } from './view.js';

describe('views.cloud', () => {
  it('is absent when no clinical function depends on the cloud', () => {
    const model = aModel({ components: [aComponent('pump')] });

    expect(cloudView(buildQuery(model))).toBeUndefined();
  });

  it('lists each dependency with its SLA, computed downtime and dependants', () => {
    const view = cloudView(buildQuery(cloudModel()));
    const api = view?.dependencies.find((d) => d.id === 'api');

    expect(api?.members[0]?.sla).toMatchObject({
      availabilityPercent: 99.9,
      measurementPeriod: 'month',
      rto: { seconds: 1800, text: '30m' },
      breachNotification: { seconds: 86_400, text: '24h' },
      dataResidency: ['EU'],
      source: 'Test SLA v1',
    });
    expect([api?.downtimePerYear?.text, api?.downtimePerMonth?.text]).toEqual([
      '8h 45m 36s',
      '43m 49s',
    ]);
    expect(api?.dependants.map((d) => d.function)).toEqual(['remote-alarm', 'trend-review']);
    expect(
      view?.functions.map((f) => [f.id, f.checks.map((c) => `${c.check}:${c.verdict}`)]),
    ).toEqual([
      ['remote-alarm', ['availability:met', 'recovery:met', 'recovery:met']],
      ['trend-review', ['availability:met', 'recovery:met']],
    ]);
  });

  it('states the responsibilities its service model implies, with a source for every layer', () => {
    const view = cloudView(buildQuery(cloudModel()));
    const split = view?.dependencies[0]?.members[0]?.responsibilities;

    expect(split?.find((r) => r.layer === 'operating-system')?.party).toBe('provider');
    expect(split?.find((r) => r.layer === 'application')?.party).toBe('customer');
    expect(view?.responsibilitySources.every((s) => s.source.length > 0)).toBe(true);
  });

  it('says data residency is not assessable rather than passing it', () => {
    const view = cloudView(buildQuery(cloudModel()));

    expect(view?.dependencies[0]?.members[0]?.residency.verdict).toBe('not-assessable');
  });

  it('survives a JSON round trip unchanged (the JSON report prints it as is)', () => {
    const view = cloudView(buildQuery(cloudModel()));

    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});

describe('service-model responsibilities', () => {
  it.each(SERVICE_MODEL_RESPONSIBILITIES.map((l) => [l.layer, l] as const))(
    '%s names a party for IaaS, PaaS and SaaS and cites its source',
    (_, layer) => {
      expect(Object.keys(layer.by).sort()).toEqual(['iaas', 'paas', 'saas']);
      expect(layer.source.length).toBeGreaterThan(20);
    },
  );

  it.each`
    layer                 | iaas          | paas          | saas
    ${'operating-system'} | ${'customer'} | ${'provider'} | ${'provider'}
    ${'application'}      | ${'customer'} | ${'customer'} | ${'provider'}
    ${'data'}             | ${'customer'} | ${'customer'} | ${'customer'}
  `(
    '$layer: IaaS $iaas, PaaS $paas, SaaS $saas (NIST SP 800-145)',
    ({ layer, iaas, paas, saas }) => {
      expect(SERVICE_MODEL_RESPONSIBILITIES.find((l) => l.layer === layer)?.by).toEqual({
        iaas,
        paas,
        saas,
      });
    },
  );
});
