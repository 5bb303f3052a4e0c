import { describe, expect, it } from 'vitest';
import {
  aComponent,
  aFlow,
  aModel,
  homePumpParts,
  runRule,
  assessRule,
} from '../../../../test/builders.js';
import { cloudOutagePatientHarm } from './cloud-outage-patient-harm.js';

type Flow = Parameters<typeof aFlow>[3];
type Fields = Parameters<typeof aComponent>[1];

const withCloud = (
  flows: readonly Parameters<typeof aFlow>[],
  server: Fields = {},
  pump: Fields = {},
) =>
  aModel({
    ...homePumpParts(),
    clinicalFunctions: [
      ...homePumpParts().clinicalFunctions,
      { id: 'remote-alarm', description: 'Forward alarms to the clinic', severity: 'critical' },
    ],
    deployments: [...homePumpParts().deployments, { id: 'home', type: 'patient-home' }],
    components: [
      aComponent('server', { kind: 'cloud-service', deployment: 'cloud', ...server }),
      aComponent('app', {
        kind: 'mobile-app',
        deployment: 'phone',
        functions: ['glucose-display'],
      }),
      aComponent('pump', { deployment: 'body', functions: ['insulin-delivery'], ...pump }),
      aComponent('nurse', { kind: 'person', type: 'external-entity' }),
    ],
    dataFlows: flows.map((args) => aFlow(...args)),
  });

const feed = (source: string, target: string, fields: Flow): Parameters<typeof aFlow> => [
  'feed',
  source,
  target,
  fields,
];

describe('cloud-outage-patient-harm', () => {
  it.each`
    case                                             | flow                                                                                  | server                                     | severity
    ${'cloud feeds readings to a display'}           | ${feed('server', 'app', { data: ['telemetry'] })}                                     | ${{}}                                      | ${'critical'}
    ${'function declared on an upload to the cloud'} | ${feed('pump', 'server', { data: ['alarm'], functions: ['remote-alarm'] })}           | ${{}}                                      | ${'critical'}
    ${'cloud only sends training data'}              | ${feed('server', 'app', { data: ['training-data'], functions: ['glucose-display'] })} | ${{}}                                      | ${undefined}
    ${'cloud only ships firmware'}                   | ${feed('server', 'pump', { data: ['firmware'] })}                                     | ${{}}                                      | ${undefined}
    ${'cloud receives telemetry nobody depends on'}  | ${feed('app', 'server', { data: ['telemetry'] })}                                     | ${{}}                                      | ${undefined}
    ${'not a cloud component'}                       | ${feed('server', 'app', { data: ['telemetry'] })}                                     | ${{ kind: 'gateway', deployment: 'home' }} | ${undefined}
  `('$case → severity $severity', ({ flow, server, severity }) => {
    const model = withCloud([flow], server);

    const findings = assessRule(cloudOutagePatientHarm, model);

    expect(findings.map((f) => f.risk.severity.level)).toEqual(
      severity === undefined ? [] : [severity],
    );
  });

  it("raises the severity one level because one outage stops every patient's app (multi-patient harm)", () => {
    const model = withCloud([feed('server', 'app', { data: ['telemetry'] })], {});

    const [finding] = assessRule(cloudOutagePatientHarm, model);

    expect(finding?.risk.severity.reason).toContain(
      'raised to critical because one outage stops every patient',
    );
    expect(finding?.risk.multiPatient?.reaches).toEqual(['app']);
  });

  it('counts a backend by its deployment even when its kind is not cloud-service', () => {
    const model = withCloud([feed('server', 'app', { data: ['telemetry'] })], {
      kind: 'web-api',
    });

    expect(runRule(cloudOutagePatientHarm, model).map((f) => f.id)).toEqual([
      'cloud-outage-patient-harm@server',
    ]);
  });

  it.each`
    server                                  | exploitability
    ${{}}                                   | ${undefined}
    ${{ resilience: { redundancy: true } }} | ${'low'}
    ${{ cloud: { multiRegion: true } }}     | ${'low'}
  `('rates $server as $exploitability', ({ server, exploitability }) => {
    const model = withCloud([feed('server', 'app', { data: ['telemetry'] })], server);

    const [finding] = runRule(cloudOutagePatientHarm, model);

    expect(finding?.hit.exploitability?.level).toBe(exploitability);
  });

  it.each`
    case                                         | pump                                                           | severity
    ${'pump stops without the relayed settings'} | ${{}}                                                          | ${'catastrophic'}
    ${'pump keeps its last settings'}            | ${{ resilience: { onCommunicationLoss: 'continue-locally' } }} | ${'critical'}
    ${'pump has an offline mode'}                | ${{ resilience: { offlineMode: true } }}                       | ${'critical'}
  `('follows run-time dependence through the app: $case', ({ pump, severity }) => {
    const model = withCloud(
      [
        feed('server', 'app', { data: ['configuration'] }),
        ['relay', 'app', 'pump', { data: ['configuration'] }],
      ],
      {},
      pump,
    );

    const [finding] = assessRule(cloudOutagePatientHarm, model);

    expect(finding?.risk.severity.level).toBe(severity);
  });

  it('counts the alarm a person no longer receives, but does not follow the person further', () => {
    const model = withCloud([
      feed('server', 'nurse', { data: ['alarm'], functions: ['remote-alarm'] }),
      ['bolus', 'nurse', 'pump', { data: ['therapy-command'] }],
    ]);

    const [finding] = assessRule(cloudOutagePatientHarm, model);

    expect(finding?.risk.severity.level).toBe('critical');
  });

  it('says which dependants are taken to stop because they declare no offline mode', () => {
    const model = withCloud([
      feed('server', 'app', { data: ['configuration'] }),
      ['relay', 'app', 'pump', { data: ['configuration'] }],
    ]);

    const [finding] = runRule(cloudOutagePatientHarm, model);

    expect(finding?.hit.evidence?.slice(2).map((e) => e.text)).toEqual([
      'components.app.resilience.offlineMode is not declared; treated as stopping when its input stops',
      'components.pump.resilience.offlineMode is not declared; treated as stopping when its input stops',
    ]);
  });

  it('explains the interrupted function and says resilience is not declared', () => {
    const model = withCloud([feed('server', 'app', { data: ['telemetry'] })]);

    const [finding] = runRule(cloudOutagePatientHarm, model);

    expect(finding?.hit.rationale).toContain('glucose-display (serious) via server → feed → app');
    expect(finding?.hit.evidence?.every((e) => e.text.includes('not declared'))).toBe(true);
  });

  it('reports an outage once, on the outermost cloud service', () => {
    const model = aModel({
      ...homePumpParts(),
      components: [
        aComponent('service', {
          kind: 'cloud-service',
          deployment: 'cloud',
          functions: ['glucose-display'],
        }),
        aComponent('model', {
          kind: 'ai-model',
          parent: 'service',
          functions: ['glucose-display'],
        }),
      ],
    });

    expect(runRule(cloudOutagePatientHarm, model).map((f) => f.id)).toEqual([
      'cloud-outage-patient-harm@service',
    ]);
  });
});
