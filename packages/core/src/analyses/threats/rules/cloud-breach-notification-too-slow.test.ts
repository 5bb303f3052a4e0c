import { describe, expect, it } from 'vitest';
import { assessRule, findingIds } from '../../../../test/builders.js';
import { cloudModel, FULL_SLA } from '../../../../test/cloud-fixtures.js';
import { cloudBreachNotificationTooSlow } from './cloud-breach-notification-too-slow.js';

const api = (breachNotification: string | undefined) => ({
  kind: 'cloud-service' as const,
  deployment: 'cloud',
  functions: ['remote-alarm'],
  cloud: { sla: { ...FULL_SLA, breachNotification } },
});

describe('cloud-breach-notification-too-slow', () => {
  it.each`
    case                                              | parts                                                                                                                                                                                                                             | ids
    ${'24h against the 72h default'}                  | ${{}}                                                                                                                                                                                                                             | ${[]}
    ${'96h against the 72h default'}                  | ${{ api: api('96h') }}                                                                                                                                                                                                            | ${['cloud-breach-notification-too-slow@api']}
    ${'60 days (the HIPAA ceiling) against 72h'}      | ${{ api: api('60d') }}                                                                                                                                                                                                            | ${['cloud-breach-notification-too-slow@api']}
    ${'72h against a device requirement of 24h'}      | ${{ api: api('72h'), device: { breachNotificationRequired: '24h' } }}                                                                                                                                                             | ${['cloud-breach-notification-too-slow@api']}
    ${'a function relaxes it for its own dependency'} | ${{ db: { type: 'data-store', kind: 'database', deployment: 'cloud', cloud: { sla: { ...FULL_SLA, breachNotification: '48h' } } }, alarm: { breachNotificationRequired: '48h' }, device: { breachNotificationRequired: '24h' } }} | ${[]}
    ${'not declared: cloud-sla-not-assessable'}       | ${{ api: api(undefined) }}                                                                                                                                                                                                        | ${[]}
  `('$case', ({ parts, ids }) => {
    expect(findingIds(cloudBreachNotificationTooSlow, cloudModel(parts))).toEqual(ids);
  });

  it('is a privacy finding that names the requirement and where it comes from', () => {
    const model = cloudModel({ api: api('72h'), device: { breachNotificationRequired: '24h' } });

    const [finding] = assessRule(cloudBreachNotificationTooSlow, model);

    expect(finding?.rationale).toBe(
      'api commits to report a security breach within 72h; its dependants need to hear within 24h (set by device.breachNotificationRequired).',
    );
    expect(finding?.risk.severity.reason).toContain('privacy');
  });
});
