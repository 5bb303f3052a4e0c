import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { logsTamperable } from './logs-tamperable.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;

const deployments = [
  { id: 'home', type: 'patient-home' as const },
  { id: 'ward', type: 'hospital-clinical-network' as const },
  { id: 'cloud', type: 'cloud-manufacturer-tenant' as const },
];
const one = (fields: Fields) => aModel({ deployments, components: [aComponent('box', fields)] });

describe('logs-tamperable', () => {
  it.each`
    case                             | fields                                                                         | fires
    ${'home, protection undeclared'} | ${{ deployment: 'home', logging: { security: true } }}                         | ${true}
    ${'ward, declared unprotected'}  | ${{ deployment: 'ward', logging: { security: true, tamperProtected: false } }} | ${true}
    ${'ward, tamper-protected'}      | ${{ deployment: 'ward', logging: { security: true, tamperProtected: true } }}  | ${false}
    ${'no security log'}             | ${{ deployment: 'home', logging: { security: false } }}                        | ${false}
    ${'cloud (other rule judges)'}   | ${{ kind: 'cloud-service', deployment: 'cloud', logging: { security: true } }} | ${false}
    ${'no deployment'}               | ${{ logging: { security: true } }}                                             | ${false}
  `('$case → fires: $fires', ({ fields, fires }) => {
    const model = one(fields);

    const ids = findingIds(logsTamperable, model);

    expect(ids).toEqual(fires ? ['logs-tamperable@box'] : []);
  });

  it.each`
    deployment | level         | reach
    ${'home'}  | ${'moderate'} | ${'a hostile network and household physical access'}
    ${'ward'}  | ${undefined}  | ${'a hostile network and staff physical access'}
  `('rates a log in $deployment as $level', ({ deployment, level, reach }) => {
    const [finding] = runRule(logsTamperable, one({ deployment, logging: { security: true } }));

    expect(finding?.hit.exploitability?.level).toBe(level);
    expect(finding?.hit.rationale).toContain(reach);
  });

  it.each`
    deployment | level
    ${'home'}  | ${'low'}
    ${'ward'}  | ${'very-low'}
  `(
    'rates a log exported off the device one level lower in $deployment',
    ({ deployment, level }) => {
      const [finding] = runRule(
        logsTamperable,
        one({ deployment, logging: { security: true, export: 'siem' } }),
      );

      expect(finding?.hit.exploitability?.level).toBe(level);
      expect(finding?.hit.exploitability?.reason).toContain(
        'only events not exported yet can be erased',
      );
    },
  );
});
