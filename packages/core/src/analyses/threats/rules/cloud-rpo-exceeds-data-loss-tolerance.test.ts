import { describe, expect, it } from 'vitest';
import { findingIds, runRule } from '../../../../test/builders.js';
import { cloudModel, FULL_SLA } from '../../../../test/cloud-fixtures.js';
import { cloudRpoExceedsDataLossTolerance } from './cloud-rpo-exceeds-data-loss-tolerance.js';

const db = (rpo: string | undefined) => ({
  type: 'data-store' as const,
  kind: 'database' as const,
  deployment: 'cloud',
  cloud: { sla: { ...FULL_SLA, rpo } },
});

describe('cloud-rpo-exceeds-data-loss-tolerance', () => {
  it.each`
    tolerance    | rpo          | ids
    ${undefined} | ${'1d'}      | ${[]}
    ${'15m'}     | ${'5m'}      | ${[]}
    ${'15m'}     | ${'15m'}     | ${[]}
    ${'15m'}     | ${'1h'}      | ${['cloud-rpo-exceeds-data-loss-tolerance@db/remote-alarm']}
    ${'0'}       | ${'1m'}      | ${['cloud-rpo-exceeds-data-loss-tolerance@api/remote-alarm', 'cloud-rpo-exceeds-data-loss-tolerance@db/remote-alarm']}
    ${'15m'}     | ${undefined} | ${[]}
  `('RPO $rpo against a tolerance of $tolerance', ({ tolerance, rpo, ids }) => {
    const model = cloudModel({ alarm: { maxTolerableDataLoss: tolerance }, db: db(rpo) });

    expect(findingIds(cloudRpoExceedsDataLossTolerance, model)).toEqual(ids);
  });

  it('does not judge a stateless service that states no RPO', () => {
    const model = cloudModel({
      alarm: { maxTolerableDataLoss: '1m' },
      api: {
        kind: 'cloud-service',
        deployment: 'cloud',
        functions: ['remote-alarm'],
        cloud: { sla: { ...FULL_SLA, rpo: undefined } },
      },
      db: db('1m'),
    });

    expect(findingIds(cloudRpoExceedsDataLossTolerance, model)).toEqual([]);
  });

  it('says how much data an incident may lose', () => {
    const model = cloudModel({ alarm: { maxTolerableDataLoss: '15m' }, db: db('1h') });

    expect(runRule(cloudRpoExceedsDataLossTolerance, model)[0]?.hit.rationale).toBe(
      'The RPO of db is 1h: an incident may lose that much recent data; remote-alarm tolerates losing 15m of data.',
    );
  });
});
