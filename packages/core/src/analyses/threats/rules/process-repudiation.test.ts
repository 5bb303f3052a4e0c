import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { processRepudiation } from './process-repudiation.js';

type ComponentFields = NonNullable<Parameters<typeof aComponent>[1]>;

const withController = (
  controller: ComponentFields,
  flow: Parameters<typeof aFlow>[3] = {},
  boundary = ['main', 'controller'],
) =>
  aModel({
    deployments: [
      { id: 'cloud', type: 'cloud-manufacturer-tenant' },
      { id: 'vault', type: 'manufacturer-offline' },
    ],
    clinicalFunctions: [
      { id: 'display', description: 'Show settings', severity: 'minor' },
      { id: 'infusion', description: 'Infuse drugs', severity: 'critical' },
    ],
    components: [
      aComponent('main', { logging: { security: true } }),
      aComponent('controller', { functions: ['display'], ...controller }),
    ],
    trustBoundaries: [{ id: 'device', members: boundary }],
    dataFlows: [
      aFlow('set', 'main', 'controller', {
        protocol: 'in-process',
        data: ['configuration'],
        ...flow,
      }),
    ],
  });

const fires = ['process-repudiation@controller'];

describe('process-repudiation', () => {
  it.each`
    case                                                 | controller                                               | flow                                | boundary                  | expected
    ${'internal command receiver, no log'}               | ${{}}                                                    | ${{}}                               | ${['main', 'controller']} | ${fires}
    ${'logs declared false'}                             | ${{ logging: { security: false } }}                      | ${{}}                               | ${['main', 'controller']} | ${fires}
    ${'security events logged'}                          | ${{ logging: { security: true } }}                       | ${{}}                               | ${['main', 'controller']} | ${[]}
    ${'commands logged with their issuer'}               | ${{ logging: { userAttribution: true } }}                | ${{}}                               | ${['main', 'controller']} | ${[]}
    ${'telemetry only: nothing to deny'}                 | ${{}}                                                    | ${{ data: ['telemetry' as const] }} | ${['main', 'controller']} | ${[]}
    ${'serves a critical function: no-security-logging'} | ${{ functions: ['infusion'] }}                           | ${{}}                               | ${['main', 'controller']} | ${[]}
    ${'reached across a boundary: no-security-logging'}  | ${{}}                                                    | ${{}}                               | ${['main']}               | ${[]}
    ${'enabled radio: no-security-logging'}              | ${{ interfaces: [{ id: 'ble', type: 'ble' as const }] }} | ${{}}                               | ${['main', 'controller']} | ${[]}
    ${'cloud service: cloud-audit-log-missing'}          | ${{ deployment: 'cloud' }}                               | ${{}}                               | ${['main', 'controller']} | ${[]}
    ${'air-gapped back end: cloud-audit-log-missing'}    | ${{ deployment: 'vault' }}                               | ${{}}                               | ${['main', 'controller']} | ${[]}
  `('$case', ({ controller, flow, boundary, expected }) => {
    expect(findingIds(processRepudiation, withController(controller, flow, boundary))).toEqual(
      expected,
    );
  });

  it('names the command flows and both missing logs', () => {
    const [finding] = runRule(processRepudiation, withController({}));

    expect(finding?.hit.rationale).toContain('"set" from "main"');
    expect(finding?.hit.evidence?.map((e) => e.path)).toEqual([
      'components.controller.logging.security',
      'components.controller.logging.userAttribution',
    ]);
  });
});
