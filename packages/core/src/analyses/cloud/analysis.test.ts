import { describe, expect, it } from 'vitest';
import { cloudModel, FULL_SLA } from '../../../test/cloud-fixtures.js';
import { buildQuery } from '../../model/query/index.js';
import { cloudAnalysis } from './analysis.js';

type Parts = Parameters<typeof cloudModel>[0];
const cloudWith = (sla: Partial<typeof FULL_SLA>) => ({
  kind: 'cloud-service' as const,
  deployment: 'cloud',
  functions: ['remote-alarm'],
  cloud: { provider: 'P', serviceModel: 'paas' as const, sla: { ...FULL_SLA, ...sla } },
});
const dbWith = (sla: Partial<typeof FULL_SLA>) => ({
  type: 'data-store' as const,
  kind: 'database' as const,
  deployment: 'cloud',
  cloud: { provider: 'P', sla: { ...FULL_SLA, ...sla } },
});
const analysisOf = (parts: Parts) => cloudAnalysis(buildQuery(cloudModel(parts)));
const check = (parts: Parts, fn: string, kind: string, dependency?: string) =>
  analysisOf(parts)
    .checks.get(fn)
    ?.find(
      (c) => c.check === kind && (dependency === undefined || c.dependencies.includes(dependency)),
    );

describe('availability against the maximum tolerable outage', () => {
  it.each`
    case                                           | parts                                                                                                             | verdict             | boundBy           | allowed
    ${'every link caps incidents at 30m'}          | ${{}}                                                                                                             | ${'met'}            | ${'recovery'}     | ${'30m'}
    ${'one link has no RTO'}                       | ${{ api: cloudWith({ rto: undefined }) }}                                                                         | ${'not-met'}        | ${'availability'} | ${'1h 27m 36s'}
    ${'99.99 % links without RTO'}                 | ${{ api: cloudWith({ availabilityPercent: 99.99, rto: undefined }), db: dbWith({ availabilityPercent: 99.99 }) }} | ${'met'}            | ${'availability'} | ${'8m 45s'}
    ${'measured per year: the year is the budget'} | ${{ api: cloudWith({ rto: undefined }), db: dbWith({ measurementPeriod: 'year' }) }}                              | ${'not-met'}        | ${'availability'} | ${'17h 30m 40s'}
    ${'RTOs longer than the monthly allowance'}    | ${{ api: cloudWith({ rto: '2h' }) }}                                                                              | ${'not-met'}        | ${'availability'} | ${'1h 27m 36s'}
    ${'no availability declared'}                  | ${{ api: cloudWith({ availabilityPercent: undefined }) }}                                                         | ${'not-assessable'} | ${undefined}      | ${undefined}
    ${'no tolerance declared'}                     | ${{ alarm: { maxTolerableOutage: undefined } }}                                                                   | ${'not-assessable'} | ${'recovery'}     | ${'30m'}
  `('$case → $verdict', ({ parts, verdict, boundBy, allowed }) => {
    const c = check(parts, 'remote-alarm', 'availability');

    expect([c?.verdict, c?.boundBy, c?.allowed?.text]).toEqual([verdict, boundBy, allowed]);
  });

  it('explains the composite, the period and the tolerance in one sentence', () => {
    const c = check({ api: cloudWith({ rto: undefined }) }, 'remote-alarm', 'availability');

    expect(c?.text).toBe(
      'api 99.9% × db 99.9% = 99.8001% measured over a month allows 1h 27m 36s of downtime a month; one outage can use all of it (no recovery time is committed for api); remote-alarm tolerates 1h.',
    );
    expect(c?.perYear?.text).toBe('17h 30m 40s');
  });

  it('multiplies a failover group (parallel) into the chain (serial), with exact figures', () => {
    const c = check(
      {
        api: {
          ...cloudWith({ rto: undefined }),
          cloud: { failover: ['standby'], sla: { ...FULL_SLA, rto: undefined } },
        },
        extra: [{ kind: 'cloud-service', deployment: 'cloud', cloud: { sla: FULL_SLA } }],
        extraIds: ['standby'],
      },
      'remote-alarm',
      'availability',
    );

    expect(c?.text).toBe(
      '(api ∥ standby) 99.9999% × db 99.9% = 99.8999% measured over a month allows 43m 52s of downtime a month; one outage can use all of it (no recovery time is committed for (api ∥ standby)); remote-alarm tolerates 1h.',
    );
    expect([c?.compositePercent, c?.perYear?.text, c?.perMonth?.text, c?.verdict]).toEqual([
      99.8999001,
      '8h 46m 7s',
      '43m 52s',
      'met',
    ]);
  });

  it('adds the offline duration of a device-side offline mode to the tolerance', () => {
    const c = check(
      {
        api: cloudWith({ rto: undefined }),
        app: { resilience: { offlineMode: true, offlineDuration: '3d' } },
      },
      'trend-review',
      'availability',
    );

    expect(c?.tolerated?.text).toBe('4d');
    expect(c?.shield?.component).toBe('app');
    expect(c?.text).toContain(
      'trend-review tolerates 1d once the offline mode of app (3d) runs out, 4d in all',
    );
  });
});

describe('recovery and data loss', () => {
  it.each`
    rto      | verdict
    ${'30m'} | ${'met'}
    ${'1h'}  | ${'met'}
    ${'4h'}  | ${'not-met'}
  `('RTO $rto against 1h → $verdict', ({ rto, verdict }) => {
    expect(check({ api: cloudWith({ rto }) }, 'remote-alarm', 'recovery', 'api')?.verdict).toBe(
      verdict,
    );
  });

  it('uses the tested failover time of a failover group when it is shorter than the RTO', () => {
    const c = check(
      {
        api: {
          ...cloudWith({ rto: '4h' }),
          cloud: { failover: ['standby'], failoverTime: '15m', sla: { ...FULL_SLA, rto: '4h' } },
        },
        extra: [{ kind: 'cloud-service', deployment: 'cloud', cloud: { sla: FULL_SLA } }],
        extraIds: ['standby'],
      },
      'remote-alarm',
      'recovery',
      'api',
    );

    expect([c?.verdict, c?.text]).toEqual([
      'met',
      'The tested failover of api takes 15m; remote-alarm tolerates 1h.',
    ]);
  });

  it.each`
    tolerated | rpo          | verdict
    ${'15m'}  | ${'5m'}      | ${'met'}
    ${'1m'}   | ${'5m'}      | ${'not-met'}
    ${'0'}    | ${'5m'}      | ${'not-met'}
    ${'15m'}  | ${undefined} | ${'not-assessable'}
  `(
    'RPO $rpo against a data-loss tolerance of $tolerated → $verdict',
    ({ tolerated, rpo, verdict }) => {
      const c = check(
        { alarm: { maxTolerableDataLoss: tolerated }, db: dbWith({ rpo }) },
        'remote-alarm',
        'data-loss',
        'db',
      );

      expect(c?.verdict).toBe(verdict);
    },
  );

  it('makes no data-loss check when the function declares no tolerance', () => {
    expect(check({}, 'remote-alarm', 'data-loss')).toBeUndefined();
  });
});

describe('breach notification', () => {
  it.each`
    case                               | parts                                                                                             | verdict      | required | from
    ${'24h against the 72h default'}   | ${{}}                                                                                             | ${'met'}     | ${'72h'} | ${"medrisk's default"}
    ${'96h against the 72h default'}   | ${{ api: cloudWith({ breachNotification: '96h' }) }}                                              | ${'not-met'} | ${'72h'} | ${"medrisk's default"}
    ${'device default 12h'}            | ${{ device: { breachNotificationRequired: '12h' } }}                                              | ${'not-met'} | ${'12h'} | ${'device.breachNotificationRequired'}
    ${'the fastest dependant decides'} | ${{ device: { breachNotificationRequired: '48h' }, trend: { breachNotificationRequired: '6h' } }} | ${'not-met'} | ${'6h'}  | ${'clinicalFunctions.trend-review'}
  `('$case → $verdict', ({ parts, verdict, required, from }) => {
    const b = analysisOf(parts).breach.get('api');

    expect([b?.verdict, b?.required.text]).toEqual([verdict, required]);
    expect(b?.required.from.startsWith(from)).toBe(true);
  });
});

describe('gaps and sites', () => {
  it.each`
    case                           | parts                                                                                    | component | paths
    ${'complete'}                  | ${{}}                                                                                    | ${'api'}  | ${undefined}
    ${'no SLA'}                    | ${{ api: { ...cloudWith({}), cloud: { provider: 'P' } } }}                               | ${'api'}  | ${['components.api.cloud.sla']}
    ${'no availability or notice'} | ${{ api: cloudWith({ availabilityPercent: undefined, breachNotification: undefined }) }} | ${'api'}  | ${['components.api.cloud.sla.availabilityPercent', 'components.api.cloud.sla.breachNotification']}
    ${'no RPO where data matters'} | ${{ alarm: { maxTolerableDataLoss: '5m' }, db: dbWith({ rpo: undefined }) }}             | ${'db'}   | ${['components.db.cloud.sla.rpo']}
    ${'no tolerance'}              | ${{ trend: { maxTolerableOutage: undefined } }}                                          | ${'api'}  | ${['clinicalFunctions.trend-review.maxTolerableOutage']}
  `('$case → $paths', ({ parts, component, paths }) => {
    expect(
      analysisOf(parts)
        .gaps.get(component)
        ?.map((g) => g.path),
    ).toEqual(paths);
  });

  it.each`
    cloud                                     | diverse
    ${{}}                                     | ${false}
    ${{ regions: ['eu-central', 'eu-west'] }} | ${false}
    ${{ multiRegion: true }}                  | ${true}
  `('$cloud → diverse $diverse', ({ cloud, diverse }) => {
    const parts = { api: { ...cloudWith({}), cloud: { ...cloud, sla: FULL_SLA } } };

    expect(analysisOf(parts).sites.get('api')?.diverse).toBe(diverse);
  });
});
