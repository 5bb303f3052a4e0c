import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, homePumpParts, runRule } from '../../../../test/builders.js';
import { patientPhoneTrustedGateway } from './patient-phone-trusted-gateway.js';

interface Setup {
  readonly authentication?:
    NonNullable<Parameters<typeof aFlow>[3]>['authentication'] | 'undeclared';
  readonly appDeployment?: string;
  readonly data?: NonNullable<Parameters<typeof aFlow>[3]>['data'];
  readonly pump?: Parameters<typeof aComponent>[1];
}

const phoneAndPump = ({
  authentication = 'pairing',
  appDeployment = 'phone',
  data = ['therapy-command'],
  pump = {},
}: Setup = {}) =>
  aModel({
    ...homePumpParts(),
    components: [
      aComponent('app', { kind: 'mobile-app', type: 'external-entity', deployment: appDeployment }),
      aComponent('pump', {
        kind: 'medical-device',
        deployment: 'body',
        functions: ['insulin-delivery'],
        ...pump,
      }),
    ],
    dataFlows: [
      aFlow('bolus', 'app', 'pump', {
        data,
        ...(authentication === 'undeclared' ? {} : { authentication }),
      }),
    ],
  });

describe('patient-phone-trusted-gateway', () => {
  it.each`
    authentication                             | fires
    ${'pairing'}                               | ${true}
    ${'pin'}                                   | ${true}
    ${'pre-shared-key'}                        | ${true}
    ${{ method: 'pairing', mutual: true }}     | ${true}
    ${{ method: 'pin', userIdentity: true }}   | ${false}
    ${'signature'}                             | ${false}
    ${{ method: 'certificate', mutual: true }} | ${false}
    ${'none'}                                  | ${false}
    ${'undeclared'}                            | ${false}
  `('authentication $authentication → fires: $fires', ({ authentication, fires }) => {
    const model = phoneAndPump({ authentication });

    const ids = runRule(patientPhoneTrustedGateway, model).map((f) => f.id);

    expect(ids).toEqual(fires ? ['patient-phone-trusted-gateway@pump/bolus'] : []);
  });

  it.each`
    case                                     | setup
    ${'app not on the patient phone'}        | ${{ appDeployment: 'cloud' }}
    ${'flow carries telemetry only'}         | ${{ data: ['telemetry'] }}
    ${'device serves only a minor function'} | ${{ pump: { functions: [] } }}
    ${'device shared by many patients'}      | ${{ pump: { multiplicity: 'shared' } }}
  `('does not consider the device when $case', ({ setup }) => {
    const model = phoneAndPump(setup);

    expect(runRule(patientPhoneTrustedGateway, model)).toEqual([]);
  });

  it('names the flow, the pairing and the function at stake', () => {
    const [finding] = runRule(patientPhoneTrustedGateway, phoneAndPump());

    expect(finding?.hit.rationale).toContain('"bolus"');
    expect(finding?.hit.rationale).toContain('insulin-delivery (catastrophic)');
    expect(finding?.hit.evidence?.[0]?.text).toContain('authentication: pairing');
    expect(finding?.hit.exploitability).toBeUndefined();
  });

  it('rates it low when the device asks for a physical confirmation', () => {
    const model = phoneAndPump({ pump: { access: { physicalConfirmation: true } } });

    const [finding] = runRule(patientPhoneTrustedGateway, model);

    expect(finding?.hit.exploitability?.level).toBe('low');
  });
});
