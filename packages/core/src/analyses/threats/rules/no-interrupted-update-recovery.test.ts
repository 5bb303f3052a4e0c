import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { noInterruptedUpdateRecovery } from './no-interrupted-update-recovery.js';

type Severity = 'negligible' | 'minor' | 'serious' | 'critical' | 'catastrophic';

const monitor = (
  severity: Severity,
  interruptedUpdateRecovery: boolean | undefined,
  mechanism: 'ota' | 'none' = 'ota',
) =>
  aModel({
    clinicalFunctions: [{ id: 'arrhythmia-alert', description: 'Relay alerts', severity }],
    deployments: [{ id: 'home', type: 'patient-home' }],
    components: [
      aComponent('monitor', {
        kind: 'home-monitor',
        deployment: 'home',
        functions: ['arrhythmia-alert'],
        update: {
          mechanism,
          ...(interruptedUpdateRecovery === undefined ? {} : { interruptedUpdateRecovery }),
        },
      }),
    ],
  });

describe('no-interrupted-update-recovery', () => {
  it.each`
    severity          | recovery     | mechanism | fires
    ${'serious'}      | ${undefined} | ${'ota'}  | ${true}
    ${'catastrophic'} | ${false}     | ${'ota'}  | ${true}
    ${'catastrophic'} | ${true}      | ${'ota'}  | ${false}
    ${'minor'}        | ${undefined} | ${'ota'}  | ${false}
    ${'catastrophic'} | ${undefined} | ${'none'} | ${false}
  `(
    '$severity function, recovery $recovery, mechanism $mechanism → fires: $fires',
    ({ severity, recovery, mechanism, fires }) => {
      const model = monitor(severity, recovery, mechanism);

      const ids = findingIds(noInterruptedUpdateRecovery, model);

      expect(ids).toEqual(fires ? ['no-interrupted-update-recovery@monitor'] : []);
    },
  );

  it.each`
    case                               | fields
    ${'firmware reaching no function'} | ${{ update: { mechanism: 'ota' as const } }}
    ${'mobile app serving a function'} | ${{ kind: 'mobile-app' as const, functions: ['alert'], update: { mechanism: 'app-store' as const } }}
  `('does not consider a $case', ({ fields }) => {
    const model = aModel({
      clinicalFunctions: [{ id: 'alert', description: 'Relay alerts', severity: 'critical' }],
      components: [aComponent('part', fields)],
    });

    expect(findingIds(noInterruptedUpdateRecovery, model)).toEqual([]);
  });

  it('names the function at stake and rates household access high', () => {
    const [finding] = runRule(noInterruptedUpdateRecovery, monitor('critical', undefined));

    expect(finding?.hit.rationale).toContain('stopping arrhythmia-alert (critical)');
    expect(finding?.hit.exploitability?.level).toBe('high');
  });
});
