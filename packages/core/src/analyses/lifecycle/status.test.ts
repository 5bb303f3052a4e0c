import { describe, expect, it } from 'vitest';
import type { DeviceLifecycle } from './service-life.js';
import { statusOf } from './status.js';
import type { SupportItem, SupportSource } from './types.js';

const device = (endOfService: string | undefined): DeviceLifecycle => ({
  serviceLifeYears: 10,
  ...(endOfService === undefined ? {} : { endOfService }),
  endOfServiceBasis: endOfService === undefined ? 'unknown' : 'declared',
  endOfServicePath: 'device.endOfSupport',
  endOfServiceText: 'test',
  stageBasis: 'unknown',
  stageText: 'test',
});

const item = (effective: Partial<SupportSource>): SupportItem => ({
  component: 'gw',
  key: 'platform',
  name: 'Thing 1',
  kind: 'software',
  origin: 'model',
  effective: { kind: 'model', detail: 'test', path: 'components[0].support', ...effective },
  others: [],
});

describe('support status of a piece of software', () => {
  it.each`
    case                                      | source                   | endOfService    | today           | expected
    ${'ended before today'}                   | ${{ end: '2023-01-07' }} | ${'2027-06-01'} | ${'2026-11-26'} | ${{ status: 'ended', endedMonthsAgo: 46, gapMonths: 52 }}
    ${'ended, even after the device'}         | ${{ end: '2026-01-01' }} | ${'2025-06-01'} | ${'2026-11-26'} | ${{ status: 'ended', endedMonthsAgo: 10 }}
    ${'ends before the device, after today'}  | ${{ end: '2027-01-12' }} | ${'2027-06-01'} | ${'2026-11-26'} | ${{ status: 'ends-before-service-life', gapMonths: 4 }}
    ${'ends before the device, no today'}     | ${{ end: '2020-01-14' }} | ${'2027-06-01'} | ${undefined}    | ${{ status: 'ends-before-service-life', gapMonths: 88 }}
    ${'ends on the end of service'}           | ${{ end: '2027-06-01' }} | ${'2027-06-01'} | ${'2026-11-26'} | ${{ status: 'covers-service-life' }}
    ${'ends after the device'}                | ${{ end: '2030-01-01' }} | ${'2027-06-01'} | ${'2026-11-26'} | ${{ status: 'covers-service-life' }}
    ${'ended on an unstated date'}            | ${{ ended: true }}       | ${'2027-06-01'} | ${'2026-11-26'} | ${{ status: 'ended' }}
    ${'no end announced'}                     | ${{ ended: false }}      | ${'2027-06-01'} | ${'2026-11-26'} | ${{ status: 'no-end-announced' }}
    ${'device end of service unknown'}        | ${{ end: '2030-01-01' }} | ${undefined}    | ${'2026-11-26'} | ${{ status: 'open' }}
    ${'ended, device end of service unknown'} | ${{ end: '2024-11-26' }} | ${undefined}    | ${'2026-11-26'} | ${{ status: 'ended', endedMonthsAgo: 24 }}
  `('$case', ({ source, endOfService, today, expected }) => {
    expect(
      statusOf(
        item(source as Partial<SupportSource>),
        device(endOfService as string | undefined),
        today as string | undefined,
      ),
    ).toEqual(expected);
  });
});
