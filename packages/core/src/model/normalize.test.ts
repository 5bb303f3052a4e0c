import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../test/builders.js';
import type { IssuePath } from '../common/issue.js';
import { DEPLOYMENT_PROFILES } from './deployment-defaults.js';
import { normalizeModel } from './normalize.js';
import { DEFAULT_RISK_POLICY } from './risk-policy.js';
import type { AuthoredModel } from './schema/index.js';

type FlowFields = NonNullable<Parameters<typeof aFlow>[3]>;
type Deployment = NonNullable<Parameters<typeof aModel>[0]>['deployments'];

const deploymentOf = (deployments: Deployment) => aModel({ deployments }).deployments[0]!;

describe('deployment defaults', () => {
  it('brings the type’s default assumptions, marked default, in profile order', () => {
    const deployment = deploymentOf([{ id: 'home', type: 'patient-home' }]);

    expect(deployment.assumptions).toEqual(
      DEPLOYMENT_PROFILES['patient-home'].assumptions.map((a) => ({ ...a, origin: 'default' })),
    );
  });

  it('replaces a default that the model edits by id, in place', () => {
    const deployment = deploymentOf([
      {
        id: 'home',
        type: 'patient-home',
        assumptions: [
          { id: 'household-access', text: 'Only the patient lives here.', rationale: 'r' },
        ],
      },
    ]);

    expect(deployment.assumptions.map((a) => [a.id, a.origin])).toEqual([
      ['home-network-hostile', 'default'],
      ['household-access', 'edited'],
      ['intermittent-connectivity', 'default'],
    ]);
    expect(deployment.assumptions[1]).toEqual({
      id: 'household-access',
      text: 'Only the patient lives here.',
      rationale: 'r',
      origin: 'edited',
    });
  });

  it('adds the model’s own assumptions after the defaults, sorted by id', () => {
    const deployment = deploymentOf([
      {
        id: 'home',
        type: 'on-body',
        assumptions: [
          { id: 'z-added', text: 'z' },
          { id: 'a-added', text: 'a' },
        ],
      },
    ]);

    expect(deployment.assumptions.map((a) => [a.id, a.origin])).toEqual([
      ['radio-in-range', 'default'],
      ['lost-or-stolen', 'default'],
      ['a-added', 'added'],
      ['z-added', 'added'],
    ]);
  });

  it('drops the defaults when replaceDefaultAssumptions is set; entries are then all added', () => {
    const deployment = deploymentOf([
      {
        id: 'home',
        type: 'patient-home',
        replaceDefaultAssumptions: true,
        assumptions: [{ id: 'household-access', text: 'Own text' }],
      },
    ]);

    expect(deployment.assumptions).toEqual([
      { id: 'household-access', text: 'Own text', origin: 'added' },
    ]);
  });

  it.each`
    case                  | exposure                                          | expected                                                                                                        | edited
    ${'no overrides'}     | ${undefined}                                      | ${DEPLOYMENT_PROFILES['cloud-manufacturer-tenant'].exposure}                                                    | ${false}
    ${'an empty mapping'} | ${{}}                                             | ${DEPLOYMENT_PROFILES['cloud-manufacturer-tenant'].exposure}                                                    | ${false}
    ${'one override'}     | ${{ internetFacing: false }}                      | ${{ ...DEPLOYMENT_PROFILES['cloud-manufacturer-tenant'].exposure, internetFacing: false }}                      | ${true}
    ${'two overrides'}    | ${{ monitored: false, physicalAccess: 'public' }} | ${{ ...DEPLOYMENT_PROFILES['cloud-manufacturer-tenant'].exposure, monitored: false, physicalAccess: 'public' }} | ${true}
    ${'same as default'}  | ${{ internetFacing: true }}                       | ${DEPLOYMENT_PROFILES['cloud-manufacturer-tenant'].exposure}                                                    | ${true}
  `('exposure with $case', ({ exposure, expected, edited }) => {
    const deployment = deploymentOf([
      {
        id: 'cloud',
        type: 'cloud-manufacturer-tenant',
        ...(exposure === undefined ? {} : { exposure }),
      },
    ]);

    expect(deployment.exposure).toEqual(expected);
    expect(deployment.exposureEdited).toBe(edited);
  });

  it.each`
    type                           | multiplicity     | expected
    ${'patient-home'}              | ${undefined}     | ${'per-patient'}
    ${'hospital-clinical-network'} | ${undefined}     | ${'shared'}
    ${'hospital-clinical-network'} | ${'per-patient'} | ${'per-patient'}
    ${'on-body'}                   | ${'shared'}      | ${'shared'}
  `(
    'deployment multiplicity: $type with $multiplicity → $expected',
    ({ type, multiplicity, expected }) => {
      const deployment = deploymentOf([
        { id: 'd', type, ...(multiplicity === undefined ? {} : { multiplicity }) },
      ]);

      expect(deployment.multiplicity).toBe(expected);
    },
  );
});

describe('components', () => {
  it.each`
    case                                               | kind                | deployment       | multiplicity     | expected
    ${'a per-patient kind in a shared deployment'}     | ${'medical-device'} | ${'ward'}        | ${undefined}     | ${'per-patient'}
    ${'a shared kind in a per-patient deployment'}     | ${'cloud-service'}  | ${'home'}        | ${undefined}     | ${'shared'}
    ${'an ambiguous kind in a shared deployment'}      | ${'gateway'}        | ${'ward'}        | ${undefined}     | ${'shared'}
    ${'an ambiguous kind in a per-patient deployment'} | ${'gateway'}        | ${'home'}        | ${undefined}     | ${'per-patient'}
    ${'an ambiguous kind in an edited deployment'}     | ${'gateway'}        | ${'shared-home'} | ${undefined}     | ${'shared'}
    ${'an ambiguous kind with no deployment'}          | ${'gateway'}        | ${undefined}     | ${undefined}     | ${'per-patient'}
    ${'written on the component'}                      | ${'cloud-service'}  | ${'home'}        | ${'per-patient'} | ${'per-patient'}
  `('multiplicity of $case → $expected', ({ kind, deployment, multiplicity, expected }) => {
    const model = aModel({
      deployments: [
        { id: 'ward', type: 'hospital-clinical-network' },
        { id: 'home', type: 'patient-home' },
        { id: 'shared-home', type: 'patient-home', multiplicity: 'shared' },
      ],
      components: [
        aComponent('x', {
          kind,
          ...(deployment === undefined ? {} : { deployment }),
          ...(multiplicity === undefined ? {} : { multiplicity }),
        }),
      ],
    });

    expect(model.components[0]?.multiplicity).toBe(expected);
  });

  it('inherits the deployment from the nearest ancestor that has one', () => {
    const model = aModel({
      deployments: [
        { id: 'ward', type: 'hospital-clinical-network' },
        { id: 'home', type: 'patient-home' },
      ],
      components: [
        aComponent('hub', { kind: 'gateway', deployment: 'ward' }),
        aComponent('module', { kind: 'gateway', parent: 'hub' }),
        aComponent('chip', { kind: 'gateway', parent: 'module' }),
        aComponent('own', { kind: 'gateway', parent: 'module', deployment: 'home' }),
        aComponent('loose', { kind: 'gateway' }),
      ],
    });

    const byId = Object.fromEntries(model.components.map((c) => [c.id, c]));

    expect(byId.module?.deployment).toBe('ward');
    expect(byId.chip?.deployment).toBe('ward');
    expect(byId.chip?.multiplicity).toBe('shared');
    expect(byId.own?.deployment).toBe('home');
    expect(byId.own?.multiplicity).toBe('per-patient');
    expect(byId.loose).not.toHaveProperty('deployment');
  });

  it.each`
    type      | purpose      | used         | expectedPurpose | expectedUsed
    ${'jtag'} | ${undefined} | ${undefined} | ${'debug'}      | ${true}
    ${'swd'}  | ${undefined} | ${undefined} | ${'debug'}      | ${true}
    ${'uart'} | ${undefined} | ${undefined} | ${'debug'}      | ${true}
    ${'ble'}  | ${undefined} | ${undefined} | ${'data'}       | ${true}
    ${'usb'}  | ${'none'}    | ${undefined} | ${'none'}       | ${false}
    ${'usb'}  | ${'service'} | ${false}     | ${'service'}    | ${false}
    ${'jtag'} | ${'none'}    | ${true}      | ${'none'}       | ${true}
  `(
    'interface $type (purpose $purpose, used $used)',
    ({ type, purpose, used, expectedPurpose, expectedUsed }) => {
      const model = aModel({
        components: [
          aComponent('pump', {
            interfaces: [
              {
                id: 'port',
                type,
                ...(purpose === undefined ? {} : { purpose }),
                ...(used === undefined ? {} : { used }),
              },
            ],
          }),
        ],
      });

      const iface = model.components[0]?.interfaces[0];

      expect(iface).toMatchObject({ purpose: expectedPurpose, used: expectedUsed });
    },
  );

  it('writes versions as strings and sorts functions, interfaces and credentials', () => {
    const model = aModel({
      clinicalFunctions: [
        { id: 'b-fn', description: 'b', severity: 'minor' },
        { id: 'a-fn', description: 'a', severity: 'minor' },
      ],
      components: [
        aComponent('pump', {
          os: { name: 'zephyr', version: 3.5 },
          functions: ['b-fn', 'a-fn', 'b-fn'],
          interfaces: [
            { id: 'usb', type: 'usb' },
            { id: 'ble', type: 'ble' },
          ],
          credentials: [
            { id: 'z-key', kind: 'symmetric-key' },
            { id: 'a-pin', kind: 'pin' },
          ],
        }),
      ],
    });

    const pump = model.components[0]!;

    expect(pump.os).toEqual({ name: 'zephyr', version: '3.5' });
    expect(pump.functions).toEqual(['a-fn', 'b-fn']);
    expect(pump.interfaces.map((i) => i.id)).toEqual(['ble', 'usb']);
    expect(pump.credentials.map((c) => c.id)).toEqual(['a-pin', 'z-key']);
  });
});

describe('data flows', () => {
  const flowWith = (fields: FlowFields) =>
    aModel({
      components: [aComponent('a'), aComponent('b')],
      dataFlows: [aFlow('f', 'a', 'b', fields)],
    }).dataFlows[0]!;

  it.each`
    case                             | fields                                              | carries
    ${'nothing declared'}            | ${{}}                                               | ${['data']}
    ${'no data classes'}             | ${{ data: [] }}                                     | ${['data']}
    ${'therapy commands'}            | ${{ data: ['therapy-command'] }}                    | ${['commands']}
    ${'configuration'}               | ${{ data: ['configuration'] }}                      | ${['commands']}
    ${'firmware'}                    | ${{ data: ['firmware'] }}                           | ${['code']}
    ${'software'}                    | ${{ data: ['software'] }}                           | ${['code']}
    ${'an AI model'}                 | ${{ data: ['ai-model'] }}                           | ${['code']}
    ${'telemetry'}                   | ${{ data: ['telemetry'] }}                          | ${['data']}
    ${'alarms'}                      | ${{ data: ['alarm'] }}                              | ${['data']}
    ${'configuration and telemetry'} | ${{ data: ['telemetry', 'configuration'] }}         | ${['commands', 'data']}
    ${'firmware and commands'}       | ${{ data: ['firmware', 'therapy-command', 'phi'] }} | ${['code', 'commands', 'data']}
    ${'written as one value'}        | ${{ carries: 'code', data: ['telemetry'] }}         | ${['code']}
    ${'written as a list'}           | ${{ carries: ['data', 'commands', 'data'] }}        | ${['commands', 'data']}
  `('carries for $case: $carries', ({ fields, carries }) => {
    const flow = flowWith(fields);

    expect(flow.carries).toEqual(carries);
  });

  it.each`
    antiReplay   | expected
    ${undefined} | ${undefined}
    ${true}      | ${'unspecified'}
    ${false}     | ${'none'}
    ${'nonce'}   | ${'nonce'}
    ${'none'}    | ${'none'}
  `('antiReplay $antiReplay → $expected', ({ antiReplay, expected }) => {
    const flow = flowWith(antiReplay === undefined ? {} : { antiReplay });

    expect(flow.antiReplay).toBe(expected);
    expect('antiReplay' in flow).toBe(expected !== undefined);
  });

  it.each`
    case                          | fields                                                     | expected
    ${'protocol shorthand'}       | ${{ protocol: 'ble' }}                                     | ${{ protocol: { name: 'ble' } }}
    ${'protocol numbers'}         | ${{ protocol: { name: 'tls', version: 1.3, port: 8883 } }} | ${{ protocol: { name: 'tls', version: '1.3', port: '8883' } }}
    ${'authentication shorthand'} | ${{ authentication: 'pairing' }}                           | ${{ authentication: { method: 'pairing' } }}
    ${'authentication in full'}   | ${{ authentication: { method: 'token', mutual: true } }}   | ${{ authentication: { method: 'token', mutual: true } }}
    ${'integrity shorthand'}      | ${{ integrity: 'crc32' }}                                  | ${{ integrity: { algorithm: 'crc32' } }}
    ${'encryption shorthand'}     | ${{ encryption: 'aes-128-gcm' }}                           | ${{ encryption: { algorithm: 'aes-128-gcm' } }}
    ${'defaults'}                 | ${{}}                                                      | ${{ initiator: 'source', oneWay: false, functions: [], data: [] }}
    ${'written direction'}        | ${{ initiator: 'target', oneWay: true }}                   | ${{ initiator: 'target', oneWay: true }}
  `('expands $case', ({ fields, expected }) => {
    const flow = flowWith(fields);

    expect(flow).toMatchObject(expected);
  });

  it('keeps undeclared protections absent, not false', () => {
    const flow = flowWith({});

    expect(flow).not.toHaveProperty('protocol');
    expect(flow).not.toHaveProperty('authentication');
    expect(flow).not.toHaveProperty('integrity');
    expect(flow).not.toHaveProperty('encryption');
  });
});

describe('canonical order', () => {
  it('sorts every collection by id and order-free lists by value, whatever the written order', () => {
    const model = aModel({
      clinicalFunctions: [
        { id: 'z-fn', description: 'z', severity: 'minor' },
        { id: 'a-fn', description: 'a', severity: 'minor' },
      ],
      stakeholders: [
        { id: 'z-patient', role: 'patient' },
        { id: 'a-maker', role: 'manufacturer' },
      ],
      components: [
        aComponent('z-pump', {
          access: { roles: ['service', 'clinician', 'patient', 'clinician'] },
        }),
        aComponent('a-app', { cloud: { regions: ['us-east', 'eu-west'] } }),
      ],
      dataFlows: [
        aFlow('z-flow', 'a-app', 'z-pump', { data: ['telemetry', 'phi', 'telemetry'] }),
        aFlow('a-flow', 'z-pump', 'a-app'),
      ],
      trustBoundaries: [{ id: 'b', members: ['z-pump', 'a-app', 'z-pump'] }],
      controls: [
        {
          id: 'c',
          title: 'C',
          category: 'cryptography',
          status: 'implemented',
          mitigates: ['z@*', 'a@*'],
        },
      ],
      assumptions: [
        {
          id: 'z-assumption',
          text: 't',
          suppresses: ['z@x', 'a@x'],
          notApplicable: [
            { subject: 'z-pump', stride: ['tampering', 'spoofing'] },
            { subject: 'a-app', stride: ['spoofing'] },
          ],
        },
        { id: 'a-assumption', text: 't' },
      ],
      treatments: {
        'z@pump': { strategy: 'accept' },
        'a@pump': { strategy: 'mitigate', communicatedVia: ['labeling', 'ifu'] },
      },
    });

    expect(model.clinicalFunctions.map((x) => x.id)).toEqual(['a-fn', 'z-fn']);
    expect(model.stakeholders.map((x) => x.id)).toEqual(['a-maker', 'z-patient']);
    expect(model.components.map((x) => x.id)).toEqual(['a-app', 'z-pump']);
    expect(model.components[1]?.access?.roles).toEqual(['clinician', 'patient', 'service']);
    expect(model.components[0]?.cloud?.regions).toEqual(['eu-west', 'us-east']);
    expect(model.dataFlows.map((x) => x.id)).toEqual(['a-flow', 'z-flow']);
    expect(model.dataFlows[1]?.data).toEqual(['phi', 'telemetry']);
    expect(model.trustBoundaries[0]?.members).toEqual(['a-app', 'z-pump']);
    expect(model.controls[0]?.mitigates).toEqual(['a@*', 'z@*']);
    expect(model.assumptions.map((x) => x.id)).toEqual(['a-assumption', 'z-assumption']);
    expect(model.assumptions[1]?.suppresses).toEqual(['a@x', 'z@x']);
    expect(model.assumptions[1]?.notApplicable).toEqual([
      { subject: 'a-app', stride: ['spoofing'] },
      { subject: 'z-pump', stride: ['spoofing', 'tampering'] },
    ]);
    expect(model.treatments.map((x) => x.findingId)).toEqual(['a@pump', 'z@pump']);
    expect(model.treatments[0]?.communicatedVia).toEqual(['ifu', 'labeling']);
  });

  it('keeps the risk matrix in the order written: its rows and columns mean something', () => {
    const matrix = [
      ['medium', 'low', 'low', 'low', 'low'],
      ['high', 'medium', 'low', 'low', 'low'],
      ['critical', 'high', 'medium', 'low', 'low'],
      ['critical', 'critical', 'high', 'medium', 'low'],
      ['critical', 'critical', 'critical', 'high', 'medium'],
    ] as const;

    const model = aModel({
      risk: { matrix: matrix.map((row) => [...row]), acceptable: ['medium', 'low'] },
    });

    expect(model.risk.matrix).toEqual(matrix);
    expect(model.risk.custom).toBe(true);
  });

  it('defaults treatment lists and uses the default risk policy when none is written', () => {
    const model = aModel({ treatments: { 'r@x': { strategy: 'accept' } } });

    expect(model.treatments).toEqual([
      { findingId: 'r@x', strategy: 'accept', communicatedVia: [], controls: [] },
    ]);
    expect(model.risk).toBe(DEFAULT_RISK_POLICY);
  });
});

describe('normalizeModel', () => {
  const authored: AuthoredModel = {
    medrisk: 1,
    device: {
      name: 'Pump',
      manufacturer: 'Acme',
      intendedUse: 'Test',
      serviceLifeYears: 10,
      version: 2,
    },
    clinicalFunctions: [
      { id: 'delivery', description: 'd', severity: 'critical', maxTolerableOutage: '4h' },
      { id: 'display', description: 'd', severity: 'minor', maxTolerableOutage: 15 },
      { id: 'advice', description: 'd', severity: 'minor' },
    ],
    components: [aComponent('z-pump'), aComponent('a-app')],
    dataFlows: [aFlow('f', 'a-app', 'z-pump')],
    treatments: { 'r@z-pump': { strategy: 'accept' } },
  };
  const locate = (path: IssuePath) => ({ file: path.join('.'), line: 1, column: 1 });

  it('locates each entry of a list written in id order', () => {
    const model = normalizeModel(
      { ...authored, components: [aComponent('a-app'), aComponent('z-pump')] },
      locate,
      ['m.yaml'],
    );

    expect(model.components.map((c) => [c.id, c.location?.file])).toEqual([
      ['a-app', 'components.0'],
      ['z-pump', 'components.1'],
    ]);
    expect(model.dataFlows[0]?.location?.file).toBe('dataFlows.0');
    expect(model.treatments[0]?.location?.file).toBe('treatments.r@z-pump');
  });

  // Regression: entries are located by their written index before collections are sorted by id.
  it('locates each entry by where it was written, not where it sorts to', () => {
    const model = normalizeModel(authored, locate, ['m.yaml']);

    expect(model.components.map((c) => [c.id, c.location?.file])).toEqual([
      ['a-app', 'components.1'],
      ['z-pump', 'components.0'],
    ]);
  });

  it('leaves location out when nothing can be located', () => {
    const model = normalizeModel(authored, () => undefined, []);

    expect(model.components[0]).not.toHaveProperty('location');
  });

  it('converts outages to minutes, the device version to a string, and keeps the files', () => {
    const model = normalizeModel(authored, () => undefined, ['m.yaml', 'parts.yaml']);

    expect(model.clinicalFunctions.map((f) => [f.id, f.maxTolerableOutageMinutes])).toEqual([
      ['advice', undefined],
      ['delivery', 240],
      ['display', 15],
    ]);
    expect(model.clinicalFunctions[0]).not.toHaveProperty('maxTolerableOutage');
    expect(model.device.version).toBe('2');
    expect(model.files).toEqual(['m.yaml', 'parts.yaml']);
    expect(model.formatVersion).toBe(1);
  });
});
