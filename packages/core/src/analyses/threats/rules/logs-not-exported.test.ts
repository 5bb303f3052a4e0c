import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { logsNotExported } from './logs-not-exported.js';

type Logging = NonNullable<Parameters<typeof aComponent>[1]>['logging'];

const withLogging = (logging: Logging, deployment: 'home' | 'ward' = 'home') =>
  aModel({
    deployments: [
      { id: 'home', type: 'patient-home' },
      { id: 'ward', type: 'hospital-clinical-network' },
    ],
    components: [aComponent('monitor', { kind: 'home-monitor', deployment, logging })],
  });

describe('logs-not-exported', () => {
  it.each`
    logging                                         | deployment | fires
    ${{ security: true }}                           | ${'home'}  | ${true}
    ${{ security: true, export: 'none' }}           | ${'home'}  | ${true}
    ${{ security: true, export: 'cloud' }}          | ${'home'}  | ${false}
    ${{ security: true, export: 'local-download' }} | ${'home'}  | ${false}
    ${{ security: true }}                           | ${'ward'}  | ${false}
    ${{ security: false }}                          | ${'home'}  | ${false}
    ${undefined}                                    | ${'home'}  | ${false}
  `('$logging in $deployment → fires: $fires', ({ logging, deployment, fires }) => {
    const model = withLogging(logging, deployment);

    const ids = findingIds(logsNotExported, model);

    expect(ids).toEqual(fires ? ['logs-not-exported@monitor'] : []);
  });

  it('says an undeclared export is treated as none', () => {
    const [finding] = runRule(logsNotExported, withLogging({ security: true }));

    expect(finding?.hit.evidence?.[0]?.text).toBe(
      'components.monitor.logging.export is not declared; treated as none',
    );
    expect(finding?.hit.rationale).toContain('patient-home setting is not monitored');
  });
});
