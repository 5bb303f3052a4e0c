import { describe, expect, it } from 'vitest';
import { aModel } from '../../../test/builders.js';
import { deviceLifecycle } from './service-life.js';

type Device = Parameters<typeof aModel>[0] extends infer M
  ? M extends { device?: infer D }
    ? D
    : never
  : never;

const device = (fields: Device) => aModel({ device: { serviceLifeYears: 10, ...fields } });

describe('device end of service', () => {
  it('is the declared end of support when there is one', () => {
    const d = deviceLifecycle(
      device({ marketDate: '2017-06-01', endOfSupport: '2026-12-31' }),
      '2026-01-01',
    );
    expect([d.endOfService, d.endOfServiceBasis, d.endOfServicePath]).toEqual([
      '2026-12-31',
      'declared',
      'device.endOfSupport',
    ]);
  });

  it('is the market date plus the service life otherwise', () => {
    const d = deviceLifecycle(device({ marketDate: '2017-06-01' }), undefined);
    expect([d.endOfService, d.endOfServiceBasis]).toEqual(['2027-06-01', 'market-date']);
    expect(d.endOfServiceText).toBe('market date 2017-06-01 + service life 10 years');
  });

  it('counts a fractional service life in whole months', () => {
    const d = deviceLifecycle(
      aModel({ device: { serviceLifeYears: 4.5, marketDate: '2024-02-29' } }),
      undefined,
    );
    expect(d.endOfService).toBe('2028-08-29');
  });

  it('is at least today plus the service life for a device not on the market yet', () => {
    const d = deviceLifecycle(device({}), '2026-11-26');
    expect([d.endOfService, d.endOfServiceBasis]).toEqual(['2036-11-26', 'not-on-market']);
  });

  it('is unknown, and says why, without a market date and without an analysis date', () => {
    const d = deviceLifecycle(device({}), undefined);
    expect(d.endOfService).toBeUndefined();
    expect(d.endOfServiceBasis).toBe('unknown');
    expect(d.endOfServiceText).toMatch(/neither device.endOfSupport nor device.marketDate/);
  });
});

describe('lifecycle stage (IMDRF N70)', () => {
  it.each`
    case                           | fields                                                      | today           | stage
    ${'no market date'}            | ${{}}                                                       | ${'2026-11-26'} | ${'development'}
    ${'market date in the future'} | ${{ marketDate: '2027-03-01' }}                             | ${'2026-11-26'} | ${'development'}
    ${'on the market'}             | ${{ marketDate: '2020-01-01' }}                             | ${'2026-11-26'} | ${'support'}
    ${'after the end of life'}     | ${{ marketDate: '2020-01-01', endOfLife: '2026-06-30' }}    | ${'2026-11-26'} | ${'limited-support'}
    ${'end of life not reached'}   | ${{ marketDate: '2020-01-01', endOfLife: '2027-06-30' }}    | ${'2026-11-26'} | ${'support'}
    ${'after the end of service'}  | ${{ marketDate: '2015-01-01' }}                             | ${'2026-11-26'} | ${'end-of-support'}
    ${'on the day support ends'}   | ${{ marketDate: '2020-01-01', endOfSupport: '2026-11-26' }} | ${'2026-11-26'} | ${'end-of-support'}
  `(
    'inferred: $case → $stage',
    ({ fields, today, stage }: { fields: Device; today: string; stage: string }) => {
      const d = deviceLifecycle(device(fields), today);
      expect([d.stage, d.stageBasis, d.effectiveStage]).toEqual([stage, 'inferred', stage]);
    },
  );

  it('cannot be inferred without an analysis date, and says so', () => {
    const d = deviceLifecycle(device({ marketDate: '2020-01-01' }), undefined);
    expect([d.stage, d.stageBasis, d.effectiveStage]).toEqual([undefined, 'unknown', undefined]);
    expect(d.stageText).toMatch(/no analysis date/);
  });

  it('keeps a declared stage the dates agree with', () => {
    const d = deviceLifecycle(
      device({
        marketDate: '2017-06-01',
        endOfLife: '2025-06-30',
        lifecycleStage: 'limited-support',
      }),
      '2026-11-26',
    );
    expect([d.stage, d.stageBasis, d.effectiveStage, d.stageConflict]).toEqual([
      'limited-support',
      'declared',
      'limited-support',
      undefined,
    ]);
  });

  it('does not let a declaration undo elapsed dates: the later stage is effective, and the conflict is named', () => {
    const d = deviceLifecycle(
      device({ marketDate: '2015-01-01', lifecycleStage: 'support' }),
      '2026-11-26',
    );
    expect([d.stage, d.effectiveStage]).toEqual(['support', 'end-of-support']);
    expect(d.stageConflict).toBe(
      'declared support, but the end of service 2025-01-01 is past (2026-11-26)',
    );
  });

  it('accepts a declared stage ahead of the dates (a manufacturer may end support early)', () => {
    const d = deviceLifecycle(
      device({ marketDate: '2024-01-01', lifecycleStage: 'end-of-support' }),
      '2026-11-26',
    );
    expect([d.effectiveStage, d.stageConflict]).toEqual(['end-of-support', undefined]);
  });
});
