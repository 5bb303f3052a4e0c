import { describe, expect, it } from 'vitest';
import { assessRule, findingIds } from '../../../../test/builders.js';
import { cloudModel, FULL_SLA } from '../../../../test/cloud-fixtures.js';
import { cloudSlaNotAssessable } from './cloud-sla-not-assessable.js';

const api = (cloud: object | undefined) => ({
  // `cloud: undefined` replaces the fixture's complete SLA.
  kind: 'cloud-service' as const,
  deployment: 'cloud',
  functions: ['remote-alarm'],
  cloud,
});

describe('cloud-sla-not-assessable', () => {
  it.each`
    case                                      | parts                                                                                                                                                               | ids
    ${'complete SLAs and tolerances'}         | ${{}}                                                                                                                                                               | ${[]}
    ${'a cloud service with no cloud block'}  | ${{ api: api(undefined) }}                                                                                                                                          | ${['cloud-sla-not-assessable@api']}
    ${'an SLA without availability'}          | ${{ api: api({ sla: { ...FULL_SLA, availabilityPercent: undefined } }) }}                                                                                           | ${['cloud-sla-not-assessable@api']}
    ${'an SLA without RTO is still complete'} | ${{ api: api({ sla: { ...FULL_SLA, rto: undefined } }) }}                                                                                                           | ${[]}
    ${'a dependant without a tolerance'}      | ${{ alarm: { maxTolerableOutage: undefined } }}                                                                                                                     | ${['cloud-sla-not-assessable@api', 'cloud-sla-not-assessable@db']}
    ${'a failover group without switchover'}  | ${{ api: api({ sla: FULL_SLA, failover: ['standby'] }), extra: [{ kind: 'cloud-service', deployment: 'cloud', cloud: { sla: FULL_SLA } }], extraIds: ['standby'] }} | ${['cloud-sla-not-assessable@api']}
  `('$case', ({ parts, ids }) => {
    expect(findingIds(cloudSlaNotAssessable, cloudModel(parts))).toEqual(ids);
  });

  it('lists what is missing with model paths and has no harm of its own (info)', () => {
    const model = cloudModel({ api: api(undefined) });

    const [finding] = assessRule(cloudSlaNotAssessable, model);

    expect(finding?.rationale).toBe(
      'Clinical functions remote-alarm, trend-review depend on "api", but components.api.cloud.sla is not declared: availability, recovery, data loss and breach notification cannot be checked.',
    );
    expect(finding?.evidence.map((e) => e.path)).toEqual(['components.api.cloud.sla']);
    expect(finding?.level).toBe('info');
  });
});
