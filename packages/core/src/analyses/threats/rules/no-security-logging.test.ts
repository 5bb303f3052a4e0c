import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { noSecurityLogging } from './no-security-logging.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;

const withComponent = (fields: Fields) =>
  aModel({
    clinicalFunctions: [
      { id: 'dosing', description: 'Deliver insulin', severity: 'catastrophic' },
      { id: 'reminder', description: 'Remind to eat', severity: 'minor' },
    ],
    deployments: [
      { id: 'home', type: 'patient-home' },
      { id: 'cloud', type: 'cloud-manufacturer-tenant' },
      { id: 'vault', type: 'manufacturer-offline' },
    ],
    components: [aComponent('hub', { deployment: 'home', ...fields })],
  });

const wifi = [{ id: 'wlan', type: 'wifi' as const }];

describe('no-security-logging', () => {
  it.each`
    case                                         | fields                                                                                        | fires
    ${'radio-exposed, logging undeclared'}       | ${{ interfaces: wifi }}                                                                       | ${true}
    ${'serves a catastrophic function'}          | ${{ functions: ['dosing'] }}                                                                  | ${true}
    ${'declared false'}                          | ${{ interfaces: wifi, logging: { security: false } }}                                         | ${true}
    ${'logs security events'}                    | ${{ interfaces: wifi, functions: ['dosing'], logging: { security: true } }}                   | ${false}
    ${'radio removed, minor function only'}      | ${{ interfaces: [{ id: 'wlan', type: 'wifi', access: 'removed' }], functions: ['reminder'] }} | ${false}
    ${'data store'}                              | ${{ type: 'data-store', kind: 'database', interfaces: wifi }}                                 | ${false}
    ${'cloud service (cloud-audit-log-missing)'} | ${{ deployment: 'cloud', kind: 'cloud-service' }}                                             | ${false}
    ${'air-gapped back end (cloud-audit-log)'}   | ${{ deployment: 'vault', kind: 'other', functions: ['dosing'] }}                              | ${false}
  `('$case → fires: $fires', ({ fields, fires }) => {
    const model = withComponent(fields);

    const ids = findingIds(noSecurityLogging, model);

    expect(ids).toEqual(fires ? ['no-security-logging@hub'] : []);
  });

  it('explains why the process matters and that logging is undeclared', () => {
    const model = withComponent({ interfaces: wifi, functions: ['dosing'] });

    const [finding] = runRule(noSecurityLogging, model);

    expect(finding?.hit.rationale).toContain('wifi interface "wlan" is enabled');
    expect(finding?.hit.rationale).toContain('it serves dosing (catastrophic)');
    expect(finding?.hit.evidence?.[0]?.text).toBe(
      'components.hub.logging.security is not declared; treated as false',
    );
  });
});
