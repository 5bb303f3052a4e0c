import { describe, expect, it } from 'vitest';
import { aModel } from '../../../../test/builders.js';
import { runLifecycleRule } from '../../lifecycle/__fixtures__/lifecycle-data.js';
import { deviceEndOfSupportWithoutNotice } from './device-end-of-support-without-notice.js';

const notice = { date: '2026-01-15', channel: 'customer letter and security bulletin' };
const clinicalFunctions = [
  { id: 'pacing', description: 'Pace', severity: 'catastrophic' as const },
];

describe('device-end-of-support-without-notice', () => {
  it.each`
    case                                            | device                                                                                         | asOf            | fires
    ${'declared limited support, no notice'}        | ${{ marketDate: '2015-01-01', lifecycleStage: 'limited-support' }}                             | ${undefined}    | ${true}
    ${'declared limited support, notice given'}     | ${{ marketDate: '2015-01-01', lifecycleStage: 'limited-support', endOfSupportNotice: notice }} | ${undefined}    | ${false}
    ${'inferred: past market date + service life'}  | ${{ marketDate: '2015-01-01' }}                                                                | ${'2026-06-01'} | ${true}
    ${'inferred: past the declared end of life'}    | ${{ marketDate: '2020-01-01', endOfLife: '2026-01-01' }}                                       | ${'2026-06-01'} | ${true}
    ${'in support'}                                 | ${{ marketDate: '2020-01-01' }}                                                                | ${'2026-06-01'} | ${false}
    ${'declared support contradicted by the dates'} | ${{ marketDate: '2015-01-01', lifecycleStage: 'support' }}                                     | ${'2026-06-01'} | ${true}
    ${'no analysis date and nothing declared'}      | ${{ marketDate: '2015-01-01' }}                                                                | ${undefined}    | ${false}
  `('$case', ({ device, asOf, fires }) => {
    const model = aModel({ device: { serviceLifeYears: 10, ...device }, clinicalFunctions });

    expect(
      runLifecycleRule(
        deviceEndOfSupportWithoutNotice,
        model,
        asOf === undefined ? {} : { asOf },
      ).map((f) => f.id),
    ).toEqual(fires ? ['device-end-of-support-without-notice@model'] : []);
  });

  it('names the contradiction between the declared stage and the dates', () => {
    const model = aModel({
      device: { serviceLifeYears: 10, marketDate: '2015-01-01', lifecycleStage: 'support' },
      clinicalFunctions,
    });
    const [finding] = runLifecycleRule(deviceEndOfSupportWithoutNotice, model, {
      asOf: '2026-06-01',
    });

    expect(finding?.hit.rationale).toBe(
      'The device is in end-of-support (declared support, but the end of service 2025-01-01 is past (2026-06-01)), and no end-of-support notice to customers is recorded: they keep using it without knowing that new vulnerabilities will not be fixed, or which compensating controls to apply.',
    );
  });
});
