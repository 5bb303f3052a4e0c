import { describe, expect, it } from 'vitest';
import { assessRule, findingIds, runRule } from '../../../../test/builders.js';
import { cloudModel, FULL_SLA } from '../../../../test/cloud-fixtures.js';
import { cloudAvailabilityBelowTolerance } from './cloud-availability-below-tolerance.js';

const api = (sla: Partial<typeof FULL_SLA>, rest: object = {}) => ({
  kind: 'cloud-service' as const,
  deployment: 'cloud',
  functions: ['remote-alarm'],
  cloud: { sla: { ...FULL_SLA, ...sla } },
  ...rest,
});

describe('cloud-availability-below-tolerance', () => {
  it.each`
    case                                                   | parts                                                                                                                                                                                             | ids
    ${'every link caps incidents below the tolerance'}     | ${{}}                                                                                                                                                                                             | ${[]}
    ${'a link without RTO: the monthly budget is 1h 27m'}  | ${{ api: api({ rto: undefined }) }}                                                                                                                                                               | ${['cloud-availability-below-tolerance@remote-alarm']}
    ${'99.99 % links: 8m 45s a month is within 1h'}        | ${{ api: api({ rto: undefined, availabilityPercent: 99.99 }), db: { type: 'data-store', kind: 'database', deployment: 'cloud', cloud: { sla: { ...FULL_SLA, availabilityPercent: 99.99 } } } }}   | ${[]}
    ${'availability unknown: not this rule'}               | ${{ api: api({ availabilityPercent: undefined }) }}                                                                                                                                               | ${[]}
    ${'RTOs cap it but above the tolerance: the RTO rule'} | ${{ api: api({ rto: '50m', availabilityPercent: 99 }), db: { type: 'data-store', kind: 'database', deployment: 'cloud', cloud: { sla: { ...FULL_SLA, rto: '50m', availabilityPercent: 99 } } } }} | ${[]}
  `('$case', ({ parts, ids }) => {
    expect(findingIds(cloudAvailabilityBelowTolerance, cloudModel(parts))).toEqual(ids);
  });

  it('qualifies a chain behind an offline mode with the component that keeps the function going', () => {
    const model = cloudModel({
      api: api({ rto: undefined, availabilityPercent: 99, measurementPeriod: 'year' }),
      app: { resilience: { offlineMode: true, offlineDuration: '2d' } },
    });

    expect(findingIds(cloudAvailabilityBelowTolerance, model)).toEqual([
      'cloud-availability-below-tolerance@remote-alarm',
      'cloud-availability-below-tolerance@trend-review/app',
    ]);
  });

  it('rates the harm by the loss severity of the function and explains the numbers', () => {
    const model = cloudModel({ api: api({ rto: undefined }), alarm: { lossSeverity: 'serious' } });

    const [finding] = assessRule(cloudAvailabilityBelowTolerance, model);
    const [raw] = runRule(cloudAvailabilityBelowTolerance, model);

    expect(finding?.risk.severity.level).toBe('serious');
    expect(raw?.hit.rationale).toContain('allows 1h 27m 36s of downtime a month');
    expect(raw?.hit.evidence?.map((e) => e.path)).toContain(
      'clinicalFunctions.remote-alarm.maxTolerableOutage',
    );
  });
});
