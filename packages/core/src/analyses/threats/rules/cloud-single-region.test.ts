import { describe, expect, it } from 'vitest';
import { assessRule, findingIds } from '../../../../test/builders.js';
import { cloudModel, FULL_SLA } from '../../../../test/cloud-fixtures.js';
import { cloudSingleRegion } from './cloud-single-region.js';

const api = (cloud: object) => ({
  kind: 'cloud-service' as const,
  deployment: 'cloud',
  functions: ['remote-alarm'],
  cloud: { sla: FULL_SLA, ...cloud },
});
const db = {
  type: 'data-store' as const,
  kind: 'database' as const,
  deployment: 'cloud',
  cloud: { sla: FULL_SLA, multiRegion: true },
};

describe('cloud-single-region', () => {
  it.each`
    case                                        | parts                                                                                                                                                                         | ids
    ${'both dependencies in one region'}        | ${{}}                                                                                                                                                                         | ${['cloud-single-region@remote-alarm']}
    ${'several regions listed is not failover'} | ${{ api: api({ regions: ['eu-central', 'us-east'], multiRegion: false }), db }}                                                                                               | ${['cloud-single-region@remote-alarm']}
    ${'multi-region everywhere'}                | ${{ api: api({ multiRegion: true }), db }}                                                                                                                                    | ${[]}
    ${'a failover to another region'}           | ${{ api: api({ failover: ['standby'], failoverTime: '10m' }), db, extra: [{ kind: 'cloud-service', deployment: 'cloud', cloud: { sla: FULL_SLA } }], extraIds: ['standby'] }} | ${[]}
    ${'loss only serious'}                      | ${{ alarm: { lossSeverity: 'serious' } }}                                                                                                                                     | ${[]}
  `('$case', ({ parts, ids }) => {
    expect(findingIds(cloudSingleRegion, cloudModel(parts))).toEqual(ids);
  });

  it('names every single-region dependency and rates the loss severity', () => {
    const [finding] = assessRule(
      cloudSingleRegion,
      cloudModel({ api: api({ multiRegion: false }) }),
    );

    expect(finding?.rationale).toBe(
      'remote-alarm (loss critical) needs "api", which runs in one region per patient (multiRegion: false) and has no failover; "db", which declares neither multiRegion nor a failover, so it is taken to run in one region: when that region fails, remote-alarm stops for every patient served from it.',
    );
    expect(finding?.risk.severity.level).toBe('critical');
  });
});
