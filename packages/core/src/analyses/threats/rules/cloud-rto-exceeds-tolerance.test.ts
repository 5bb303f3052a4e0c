import { describe, expect, it } from 'vitest';
import { assessRule, findingIds } from '../../../../test/builders.js';
import { cloudModel, FULL_SLA } from '../../../../test/cloud-fixtures.js';
import { cloudRtoExceedsTolerance } from './cloud-rto-exceeds-tolerance.js';

const api = (cloud: object) => ({
  kind: 'cloud-service' as const,
  deployment: 'cloud',
  functions: ['remote-alarm'],
  cloud,
});

describe('cloud-rto-exceeds-tolerance', () => {
  it.each`
    case                                     | parts                                                                                                                                                                                                      | ids
    ${'RTO 30m within 1h'}                   | ${{}}                                                                                                                                                                                                      | ${[]}
    ${'RTO 4h: both dependants'}             | ${{ api: api({ sla: { ...FULL_SLA, rto: '4h' } }) }}                                                                                                                                                       | ${['cloud-rto-exceeds-tolerance@api/remote-alarm']}
    ${'RTO 2d: beyond trend-review too'}     | ${{ api: api({ sla: { ...FULL_SLA, rto: '2d' } }) }}                                                                                                                                                       | ${['cloud-rto-exceeds-tolerance@api/remote-alarm', 'cloud-rto-exceeds-tolerance@api/trend-review']}
    ${'no RTO: nothing to compare'}          | ${{ api: api({ sla: { ...FULL_SLA, rto: undefined } }) }}                                                                                                                                                  | ${[]}
    ${'tested failover faster than the RTO'} | ${{ api: api({ sla: { ...FULL_SLA, rto: '4h' }, failover: ['standby'], failoverTime: '20m' }), extra: [{ kind: 'cloud-service', deployment: 'cloud', cloud: { sla: FULL_SLA } }], extraIds: ['standby'] }} | ${[]}
  `('$case', ({ parts, ids }) => {
    expect(findingIds(cloudRtoExceedsTolerance, cloudModel(parts))).toEqual(ids);
  });

  it('adds the offline duration of the app before trend-review is harmed', () => {
    const model = cloudModel({
      api: api({ sla: { ...FULL_SLA, rto: '2d' } }),
      app: { resilience: { offlineMode: true, offlineDuration: '1d' } },
    });

    expect(findingIds(cloudRtoExceedsTolerance, model)).toEqual([
      'cloud-rto-exceeds-tolerance@api/remote-alarm',
    ]);
  });

  it('rates the finding by the function, explains it, and escalates a shared service (multi-patient)', () => {
    const model = cloudModel({ api: api({ sla: { ...FULL_SLA, rto: '4h' } }) });

    const [finding] = assessRule(cloudRtoExceedsTolerance, model);

    expect(finding?.rationale).toBe('The RTO of api is 4h; remote-alarm tolerates 1h.');
    expect(finding?.risk.severity.level).toBe('catastrophic');
    expect(finding?.risk.severity.reason).toContain(
      'its loss stops clinical function remote-alarm (critical)',
    );
    expect(finding?.risk.severity.reason).toContain('multi-patient harm');
  });
});
