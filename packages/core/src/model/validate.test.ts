import { describe, expect, it } from 'vitest';
import { aComponent, aFlow } from '../../test/builders.js';
import type { AuthoredModel } from './schema/index.js';
import { validateModel } from './validate.js';

const authored = (
  parts: Partial<Omit<AuthoredModel, 'medrisk' | 'device'>> = {},
): AuthoredModel => ({
  medrisk: 1,
  device: { name: 'Pump', manufacturer: 'Acme', intendedUse: 'Test', serviceLifeYears: 10 },
  ...parts,
});

const base = {
  clinicalFunctions: [{ id: 'insulin-delivery', description: 'd', severity: 'critical' as const }],
  deployments: [{ id: 'home', type: 'patient-home' as const }],
  stakeholders: [{ id: 'acme', role: 'manufacturer' as const }],
  components: [
    aComponent('gateway', { kind: 'gateway', interfaces: [{ id: 'wifi', type: 'wifi' }] }),
    aComponent('pump', {
      interfaces: [
        { id: 'ble', type: 'ble' },
        { id: 'usb', type: 'usb' },
      ],
    }),
    aComponent('sensor', { kind: 'sensor' }),
  ],
  controls: [
    {
      id: 'signing',
      title: 'Signing',
      category: 'cryptography' as const,
      status: 'implemented' as const,
      mitigates: [],
    },
  ],
  boms: [{ id: 'pump-sbom', type: 'sbom' as const, path: 'sbom.json' }],
};

describe('validateModel', () => {
  it('accepts a consistent model', () => {
    const model = authored({
      ...base,
      dataFlows: [
        aFlow('gw-to-pump', 'gateway', 'pump', { sourceInterface: 'wifi', targetInterface: 'ble' }),
      ],
      trustBoundaries: [{ id: 'home-net', members: ['gateway', 'pump'] }],
    });

    const issues = validateModel(model);

    expect(issues).toEqual([]);
  });

  describe('ids', () => {
    it.each`
      case                               | parts                                                                                                                                          | path                              | message
      ${'two components'}                | ${{ components: [aComponent('pump'), aComponent('pump')] }}                                                                                    | ${['components', 1, 'id']}        | ${'id "pump" is already used at components[0]'}
      ${'a flow named like a component'} | ${{ components: [aComponent('pump'), aComponent('app')], dataFlows: [aFlow('pump', 'app', 'pump')] }}                                          | ${['dataFlows', 0, 'id']}         | ${'id "pump" is already used at components[0]'}
      ${'a boundary named like a flow'}  | ${{ components: [aComponent('a'), aComponent('b')], dataFlows: [aFlow('link', 'a', 'b')], trustBoundaries: [{ id: 'link', members: ['a'] }] }} | ${['trustBoundaries', 0, 'id']}   | ${'id "link" is already used at dataFlows[0]'}
      ${'two deployments'}               | ${{ deployments: [{ id: 'home', type: 'patient-home' }, { id: 'home', type: 'clinic' }] }}                                                     | ${['deployments', 1, 'id']}       | ${'id "home" is already used at deployments[0]'}
      ${'two functions'}                 | ${{ clinicalFunctions: [{ id: 'f', description: 'd', severity: 'minor' }, { id: 'f', description: 'e', severity: 'minor' }] }}                 | ${['clinicalFunctions', 1, 'id']} | ${'id "f" is already used at clinicalFunctions[0]'}
      ${'two controls'}                  | ${{ controls: [base.controls[0], base.controls[0]] }}                                                                                          | ${['controls', 1, 'id']}          | ${'id "signing" is already used at controls[0]'}
    `('reports duplicate ids: $case', ({ parts, path, message }) => {
      const issues = validateModel(authored(parts));

      expect(issues).toEqual([
        expect.objectContaining({ code: 'duplicate-id', severity: 'error', path, message }),
      ]);
    });

    it('says why components, flows and boundaries share one namespace', () => {
      const model = authored({
        components: [aComponent('x'), aComponent('y')],
        dataFlows: [aFlow('x', 'x', 'y')],
      });

      const [issue] = validateModel(model);

      expect(issue?.hint).toMatch(/share one namespace because finding ids name them/);
    });

    it('keeps other collections in their own namespaces', () => {
      const model = authored({
        clinicalFunctions: [{ id: 'pump', description: 'd', severity: 'minor' }],
        deployments: [{ id: 'pump', type: 'on-body' }],
        stakeholders: [{ id: 'pump', role: 'patient' }],
        controls: [{ ...base.controls[0]!, id: 'pump' }],
        components: [aComponent('pump')],
      });

      const issues = validateModel(model);

      expect(issues).toEqual([]);
    });
  });

  describe('references', () => {
    it.each`
      case                             | parts                                                                                                                                                       | path                                                         | message                                     | hint
      ${'flow target'}                 | ${{ dataFlows: [aFlow('f', 'pump', 'gatewy')] }}                                                                                                            | ${['dataFlows', 0, 'target']}                                | ${'unknown component "gatewy"'}             | ${'did you mean "gateway"?'}
      ${'flow source'}                 | ${{ dataFlows: [aFlow('f', 'pmup', 'gateway')] }}                                                                                                           | ${['dataFlows', 0, 'source']}                                | ${'unknown component "pmup"'}               | ${'did you mean "pump"?'}
      ${'flow function'}               | ${{ dataFlows: [aFlow('f', 'pump', 'gateway', { functions: ['insulin-delivry'] })] }}                                                                       | ${['dataFlows', 0, 'functions', 0]}                          | ${'unknown function "insulin-delivry"'}     | ${'did you mean "insulin-delivery"?'}
      ${'no close match'}              | ${{ dataFlows: [aFlow('f', 'pump', 'cloud-backend')] }}                                                                                                     | ${['dataFlows', 0, 'target']}                                | ${'unknown component "cloud-backend"'}      | ${undefined}
      ${'deployment'}                  | ${{ components: [...base.components, aComponent('app', { deployment: 'hom' })] }}                                                                           | ${['components', 3, 'deployment']}                           | ${'unknown deployment "hom"'}               | ${'did you mean "home"?'}
      ${'owner'}                       | ${{ components: [...base.components, aComponent('app', { owner: 'acne' })] }}                                                                               | ${['components', 3, 'owner']}                                | ${'unknown stakeholder "acne"'}             | ${'did you mean "acme"?'}
      ${'parent'}                      | ${{ components: [...base.components, aComponent('fw', { parent: 'pumps' })] }}                                                                              | ${['components', 3, 'parent']}                               | ${'unknown component "pumps"'}              | ${'did you mean "pump"?'}
      ${'component function'}          | ${{ components: [...base.components, aComponent('fw', { functions: ['nope'] })] }}                                                                          | ${['components', 3, 'functions', 0]}                         | ${'unknown function "nope"'}                | ${undefined}
      ${'sbom'}                        | ${{ components: [...base.components, aComponent('fw', { sbom: 'pump-sbon' })] }}                                                                            | ${['components', 3, 'sbom']}                                 | ${'unknown bom "pump-sbon"'}                | ${'did you mean "pump-sbom"?'}
      ${'update source'}               | ${{ components: [...base.components, aComponent('fw', { update: { mechanism: 'ota', source: 'gatway' } })] }}                                               | ${['components', 3, 'update', 'source']}                     | ${'unknown component "gatway"'}             | ${'did you mean "gateway"?'}
      ${'signature verifier'}          | ${{ components: [...base.components, aComponent('fw', { update: { mechanism: 'ota', signature: { algorithm: 'ecdsa', verifiedBy: ['pump', 'pum'] } } })] }} | ${['components', 3, 'update', 'signature', 'verifiedBy', 1]} | ${'unknown component "pum"'}                | ${'did you mean "pump"?'}
      ${'boundary member'}             | ${{ trustBoundaries: [{ id: 'b', members: ['pump', 'sensr'] }] }}                                                                                           | ${['trustBoundaries', 0, 'members', 1]}                      | ${'unknown component "sensr"'}              | ${'did you mean "sensor"?'}
      ${'boundary parent'}             | ${{ trustBoundaries: [{ id: 'outer', members: [] }, { id: 'inner', parent: 'outr', members: [] }] }}                                                        | ${['trustBoundaries', 1, 'parent']}                          | ${'unknown boundary "outr"'}                | ${'did you mean "outer"?'}
      ${'control owner'}               | ${{ controls: [{ ...base.controls[0], owner: 'acmee' }] }}                                                                                                  | ${['controls', 0, 'owner']}                                  | ${'unknown stakeholder "acmee"'}            | ${'did you mean "acme"?'}
      ${'assumption subject'}          | ${{ assumptions: [{ id: 'a', text: 't', notApplicable: [{ subject: 'senor', stride: ['spoofing'] }] }] }}                                                   | ${['assumptions', 0, 'notApplicable', 0, 'subject']}         | ${'unknown component or data flow "senor"'} | ${'did you mean "sensor"?'}
      ${'deployment assumption owner'} | ${{ deployments: [{ id: 'home', type: 'patient-home', assumptions: [{ id: 'x', text: 't', owner: 'acm' }] }] }}                                             | ${['deployments', 0, 'assumptions', 0, 'owner']}             | ${'unknown stakeholder "acm"'}              | ${'did you mean "acme"?'}
      ${'treatment recipient'}         | ${{ treatments: { 'r@pump': { strategy: 'transfer', recipient: 'acmi' } } }}                                                                                | ${['treatments', 'r@pump', 'recipient']}                     | ${'unknown stakeholder "acmi"'}             | ${'did you mean "acme"?'}
      ${'treatment control'}           | ${{ treatments: { 'r@pump': { strategy: 'mitigate', controls: ['signin'] } } }}                                                                             | ${['treatments', 'r@pump', 'controls', 0]}                   | ${'unknown control "signin"'}               | ${'did you mean "signing"?'}
      ${'bom component'}               | ${{ boms: [{ id: 'b', type: 'sbom', path: 'x', component: 'gateways' }] }}                                                                                  | ${['boms', 0, 'component']}                                  | ${'unknown component "gateways"'}           | ${'did you mean "gateway"?'}
    `('reports an unknown $case with a hint', ({ parts, path, message, hint }) => {
      const model = authored({ ...base, ...parts });

      const issues = validateModel(model);

      expect(issues).toEqual([
        {
          code: 'unknown-reference',
          severity: 'error',
          path,
          message,
          ...(hint === undefined ? {} : { hint }),
        },
      ]);
    });

    it('does not suggest an id of another kind', () => {
      const model = authored({ ...base, dataFlows: [aFlow('f', 'pump', 'home')] });

      const [issue] = validateModel(model);

      expect(issue).toMatchObject({ message: 'unknown component "home"' });
      expect(issue?.hint).toBeUndefined();
    });
  });

  describe('interfaces', () => {
    it.each`
      case                                | fields                               | path                                   | message                                                 | hint
      ${'a near miss'}                    | ${{ targetInterface: 'bel' }}        | ${['dataFlows', 0, 'targetInterface']} | ${'unknown interface "bel" on component "pump"'}        | ${'did you mean "ble"?'}
      ${'no near miss: list what exists'} | ${{ targetInterface: 'nfc-reader' }} | ${['dataFlows', 0, 'targetInterface']} | ${'unknown interface "nfc-reader" on component "pump"'} | ${'"pump" has: ble, usb'}
      ${'a component with no interfaces'} | ${{ sourceInterface: 'radio' }}      | ${['dataFlows', 0, 'sourceInterface']} | ${'unknown interface "radio" on component "sensor"'}    | ${'"sensor" declares no interfaces'}
    `('reports $case', ({ fields, path, message, hint }) => {
      const model = authored({ ...base, dataFlows: [aFlow('f', 'sensor', 'pump', fields)] });

      const issues = validateModel(model);

      expect(issues).toEqual([
        { code: 'unknown-reference', severity: 'error', path, message, hint },
      ]);
    });

    it('does not check interfaces of an unknown component twice', () => {
      const model = authored({
        ...base,
        dataFlows: [aFlow('f', 'ghost', 'pump', { sourceInterface: 'x' })],
      });

      const issues = validateModel(model);

      expect(issues.map((i) => i.message)).toEqual(['unknown component "ghost"']);
    });

    it('reports an interface declared twice on a component', () => {
      const model = authored({
        components: [
          aComponent('pump', {
            interfaces: [
              { id: 'ble', type: 'ble' },
              { id: 'ble', type: 'usb' },
            ],
          }),
        ],
      });

      const issues = validateModel(model);

      expect(issues).toEqual([
        {
          code: 'duplicate-id',
          severity: 'error',
          path: ['components', 0, 'interfaces', 1, 'id'],
          message: 'interface "ble" is declared twice on "pump"',
        },
      ]);
    });

    it('allows the same interface id on different components', () => {
      const model = authored({
        components: [
          aComponent('a', { interfaces: [{ id: 'ble', type: 'ble' }] }),
          aComponent('b', { interfaces: [{ id: 'ble', type: 'ble' }] }),
        ],
      });

      expect(validateModel(model)).toEqual([]);
    });
  });

  it('reports a flow that starts and ends at the same element', () => {
    const model = authored({
      components: [aComponent('pump')],
      dataFlows: [aFlow('loop', 'pump', 'pump')],
    });

    const issues = validateModel(model);

    expect(issues).toEqual([
      {
        code: 'inconsistent',
        severity: 'error',
        path: ['dataFlows', 0, 'target'],
        message: 'flow "loop" starts and ends at "pump"',
        hint: 'a data flow connects two different elements',
      },
    ]);
  });

  describe('nesting', () => {
    it('reports a component nested in itself', () => {
      const model = authored({ components: [aComponent('a', { parent: 'a' })] });

      const issues = validateModel(model);

      expect(issues).toEqual([
        {
          code: 'nesting-cycle',
          severity: 'error',
          path: ['components', 0, 'parent'],
          message: 'nesting cycle: a → a',
          hint: 'each element needs exactly one outermost ancestor',
        },
      ]);
    });

    it.each`
      case                       | components                                                                                                                 | path                           | message
      ${'two components'}        | ${[aComponent('a', { parent: 'b' }), aComponent('b', { parent: 'a' })]}                                                    | ${['components', 0, 'parent']} | ${'nesting cycle: a → b → a'}
      ${'three, starting later'} | ${[aComponent('x'), aComponent('b', { parent: 'c' }), aComponent('c', { parent: 'd' }), aComponent('d', { parent: 'b' })]} | ${['components', 1, 'parent']} | ${'nesting cycle: b → c → d → b'}
    `('reports a cycle of $case, naming the chain', ({ components, path, message }) => {
      const model = authored({ components });

      const issues = validateModel(model);

      expect(issues).toContainEqual(
        expect.objectContaining({ code: 'nesting-cycle', severity: 'error', path, message }),
      );
      expect(issues.every((i) => i.code === 'nesting-cycle')).toBe(true);
    });

    it.each`
      case                      | collection           | items
      ${'two components'}       | ${'components'}      | ${[aComponent('a', { parent: 'b' }), aComponent('b', { parent: 'a' })]}
      ${'three components'}     | ${'components'}      | ${[aComponent('x'), aComponent('b', { parent: 'c' }), aComponent('c', { parent: 'd' }), aComponent('d', { parent: 'b' })]}
      ${'two trust boundaries'} | ${'trustBoundaries'} | ${[{ id: 'outer', parent: 'inner', members: [] }, { id: 'inner', parent: 'outer', members: [] }]}
    `('reports a cycle of $case once, not once per member', ({ collection, items }) => {
      const model = authored({ [collection]: items });

      const issues = validateModel(model);

      expect(issues).toHaveLength(1);
    });

    it('does not report an element that only leads into a cycle', () => {
      const model = authored({
        components: [
          aComponent('a', { parent: 'b' }),
          aComponent('b', { parent: 'c' }),
          aComponent('c', { parent: 'b' }),
        ],
      });

      const issues = validateModel(model);

      expect(issues.map((i) => i.path)).not.toContainEqual(['components', 0, 'parent']);
      expect(issues).toContainEqual(
        expect.objectContaining({
          path: ['components', 1, 'parent'],
          message: 'nesting cycle: b → c → b',
        }),
      );
    });

    it('reports boundary nesting cycles too', () => {
      const model = authored({
        trustBoundaries: [
          { id: 'outer', parent: 'inner', members: [] },
          { id: 'inner', parent: 'outer', members: [] },
        ],
      });

      const issues = validateModel(model);

      expect(issues).toContainEqual(
        expect.objectContaining({
          code: 'nesting-cycle',
          path: ['trustBoundaries', 0, 'parent'],
          message: 'nesting cycle: outer → inner → outer',
        }),
      );
    });

    it('accepts a deep tree', () => {
      const model = authored({
        components: [
          aComponent('pump'),
          aComponent('firmware', { parent: 'pump' }),
          aComponent('radio', { parent: 'firmware' }),
          aComponent('crypto', { parent: 'firmware' }),
        ],
      });

      expect(validateModel(model)).toEqual([]);
    });
  });

  describe('boundaries', () => {
    it('reports a component in two boundaries that do not nest', () => {
      const model = authored({
        components: [aComponent('pump')],
        trustBoundaries: [
          { id: 'home', members: ['pump'] },
          { id: 'clinic', members: ['pump'] },
        ],
      });

      const issues = validateModel(model);

      expect(issues).toEqual([
        expect.objectContaining({
          code: 'boundary-overlap',
          severity: 'error',
          path: ['trustBoundaries', 1, 'members', 0],
          message: '"pump" is in both "home" and "clinic", which do not nest',
        }),
      ]);
    });

    it.each`
      case                          | boundaries
      ${'inner listed after outer'} | ${[{ id: 'outer', members: ['pump'] }, { id: 'inner', parent: 'outer', members: ['pump'] }]}
      ${'inner listed first'}       | ${[{ id: 'inner', parent: 'outer', members: ['pump'] }, { id: 'outer', members: ['pump'] }]}
      ${'three levels'}             | ${[{ id: 'a', members: ['pump'] }, { id: 'b', parent: 'a', members: [] }, { id: 'c', parent: 'b', members: ['pump'] }]}
      ${'listed twice in one'}      | ${[{ id: 'home', members: ['pump', 'pump'] }]}
    `('accepts a component in nested boundaries: $case', ({ boundaries }) => {
      const model = authored({ components: [aComponent('pump')], trustBoundaries: boundaries });

      const issues = validateModel(model);

      expect(issues).toEqual([]);
    });

    it('reports siblings under one parent as overlapping', () => {
      const model = authored({
        components: [aComponent('pump')],
        trustBoundaries: [
          { id: 'hospital', members: [] },
          { id: 'ward-a', parent: 'hospital', members: ['pump'] },
          { id: 'ward-b', parent: 'hospital', members: ['pump'] },
        ],
      });

      const issues = validateModel(model);

      expect(issues.map((i) => i.code)).toEqual(['boundary-overlap']);
    });
  });

  it('reports every kind of problem in one pass', () => {
    const model = authored({
      components: [aComponent('pump'), aComponent('pump'), aComponent('fw', { parent: 'fw' })],
      dataFlows: [aFlow('f', 'pump', 'gatway'), aFlow('loop', 'fw', 'fw')],
      trustBoundaries: [
        { id: 'a', members: ['fw'] },
        { id: 'b', members: ['fw'] },
      ],
    });

    const issues = validateModel(model);

    expect(issues.map((i) => i.code).sort()).toEqual([
      'boundary-overlap',
      'duplicate-id',
      'inconsistent',
      'nesting-cycle',
      'unknown-reference',
    ]);
  });
});

describe('validateModel: loss severity', () => {
  it('refuses a lossSeverity worse than the worst-case severity', () => {
    const issues = validateModel({
      medrisk: 1,
      device: { name: 'd', manufacturer: 'm', intendedUse: 'u', serviceLifeYears: 5 },
      clinicalFunctions: [
        { id: 'f', description: 'd', severity: 'minor', lossSeverity: 'serious' },
      ],
    });

    expect(issues).toEqual([
      expect.objectContaining({
        code: 'inconsistent',
        path: ['clinicalFunctions', 0, 'lossSeverity'],
      }),
    ]);
  });
});
