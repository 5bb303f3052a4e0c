import { describe, expect, it } from 'vitest';
import {
  aComponent,
  aFlow,
  aModel,
  homePumpParts,
  runRule,
  assessRule,
} from '../../../../test/builders.js';
import { noOfflineMode } from './no-offline-mode.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;
type DataClass = NonNullable<NonNullable<Parameters<typeof aFlow>[3]>['data']>[number];

const appFedByCloud = (app: Fields = {}, data: DataClass[] = ['configuration']) =>
  aModel({
    ...homePumpParts(),
    deployments: [
      ...homePumpParts().deployments,
      { id: 'ward', type: 'hospital-clinical-network' },
    ],
    components: [
      aComponent('server', { kind: 'cloud-service', deployment: 'cloud' }),
      aComponent('app', {
        kind: 'mobile-app',
        deployment: 'phone',
        functions: ['glucose-display'],
        ...app,
      }),
    ],
    dataFlows: [aFlow('settings', 'server', 'app', { data })],
  });

describe('no-offline-mode', () => {
  it.each`
    case                                   | app                                                            | data                 | fires
    ${'offline mode not declared'}         | ${{}}                                                          | ${['configuration']} | ${true}
    ${'offline mode declared false'}       | ${{ resilience: { offlineMode: false } }}                      | ${['configuration']} | ${true}
    ${'alarms on loss, but stops working'} | ${{ resilience: { onCommunicationLoss: 'alarm' } }}            | ${['telemetry']}     | ${true}
    ${'offline mode declared'}             | ${{ resilience: { offlineMode: true } }}                       | ${['configuration']} | ${false}
    ${'continues locally on loss'}         | ${{ resilience: { onCommunicationLoss: 'continue-locally' } }} | ${['configuration']} | ${false}
    ${'cloud only delivers software'}      | ${{}}                                                          | ${['software']}      | ${false}
    ${'serves no serious function'}        | ${{ functions: [] }}                                           | ${['configuration']} | ${false}
    ${'a person, not a device'}            | ${{ kind: 'person', type: 'external-entity' }}                 | ${['configuration']} | ${false}
    ${'itself in the cloud'}               | ${{ kind: 'web-api', deployment: 'cloud' }}                    | ${['configuration']} | ${false}
  `('$case → fires: $fires', ({ app, data, fires }) => {
    const model = appFedByCloud(app, data);

    const ids = runRule(noOfflineMode, model).map((f) => f.id);

    expect(ids).toEqual(fires ? ['no-offline-mode@app'] : []);
  });

  it('names the cloud source and the declared loss behaviour, and rates a patient phone high', () => {
    const model = appFedByCloud({ resilience: { onCommunicationLoss: 'alarm' } });

    const [finding] = runRule(noOfflineMode, model);

    expect(finding?.hit.rationale).toContain('"server" (flow "settings")');
    expect(finding?.hit.rationale).toContain('declared to "alarm"');
    expect(finding?.hit.evidence?.[0]?.text).toContain('not declared');
    expect(finding?.hit.exploitability?.level).toBe('high');
  });

  it('reports what stops downstream when a pump depends on the app without a fallback', () => {
    const model = aModel({
      ...homePumpParts(),
      components: [
        aComponent('server', { kind: 'cloud-service', deployment: 'cloud' }),
        aComponent('app', { kind: 'mobile-app', deployment: 'phone' }),
        aComponent('pump', { deployment: 'body', functions: ['insulin-delivery'] }),
      ],
      dataFlows: [
        aFlow('settings', 'server', 'app', { data: ['configuration'] }),
        aFlow('relay', 'app', 'pump', { data: ['configuration'] }),
      ],
    });

    const [finding] = assessRule(noOfflineMode, model);

    expect(finding?.id).toBe('no-offline-mode@app');
    expect(finding?.risk.severity.level).toBe('catastrophic');
    expect(finding?.rationale).toContain('insulin-delivery (catastrophic) via app → relay → pump');
  });

  it('keeps the default exploitability on a hospital network', () => {
    const [finding] = runRule(noOfflineMode, appFedByCloud({ deployment: 'ward' }));

    expect(finding?.hit.exploitability).toBeUndefined();
  });

  it('leaves a function the cloud itself delivers to cloud-outage-patient-harm', () => {
    const model = aModel({
      ...homePumpParts(),
      components: [
        aComponent('server', {
          kind: 'cloud-service',
          deployment: 'cloud',
          functions: ['glucose-display'],
        }),
        aComponent('follower', {
          kind: 'mobile-app',
          deployment: 'phone',
          functions: ['glucose-display'],
        }),
      ],
      dataFlows: [aFlow('alerts', 'server', 'follower', { data: ['alarm'] })],
    });

    expect(runRule(noOfflineMode, model)).toEqual([]);
  });
});
