import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../../test/builders.js';
import { buildStructure } from './structure.js';

/**
 * hospital ⊃ ward ⊃ enclave (boundaries); lab-net is disjoint.
 * pump (in ward) ⊃ firmware ⊃ bootloader; firmware ⊃ crypto (listed in enclave).
 * workstation in hospital; analyser in lab-net; cloud outside every boundary.
 */
const hospital = () =>
  aModel({
    components: [
      aComponent('pump', { kind: 'medical-device' }),
      aComponent('firmware', { parent: 'pump' }),
      aComponent('bootloader', { kind: 'bootloader', parent: 'firmware' }),
      aComponent('crypto', { kind: 'secure-element', parent: 'firmware' }),
      aComponent('workstation', { kind: 'clinician-workstation' }),
      aComponent('analyser', { kind: 'medical-device' }),
      aComponent('cloud', { kind: 'cloud-service' }),
    ],
    trustBoundaries: [
      { id: 'hospital', members: ['workstation'] },
      { id: 'ward', parent: 'hospital', members: ['pump'] },
      { id: 'enclave', parent: 'ward', members: ['crypto'] },
      { id: 'lab-net', members: ['analyser'] },
    ],
    dataFlows: [
      aFlow('cloud-to-pump', 'cloud', 'pump'),
      aFlow('ws-to-pump', 'workstation', 'pump'),
      aFlow('pump-to-fw', 'pump', 'firmware'),
      aFlow('fw-to-crypto', 'firmware', 'crypto'),
      aFlow('analyser-to-ws', 'analyser', 'workstation'),
      aFlow('cloud-to-ws', 'cloud', 'workstation'),
      aFlow('ws-to-cloud', 'workstation', 'cloud'),
    ],
  });

describe('boundariesOf', () => {
  it.each`
    component        | boundaries
    ${'workstation'} | ${['hospital']}
    ${'pump'}        | ${['ward', 'hospital']}
    ${'firmware'}    | ${['ward', 'hospital']}
    ${'bootloader'}  | ${['ward', 'hospital']}
    ${'crypto'}      | ${['enclave', 'ward', 'hospital']}
    ${'analyser'}    | ${['lab-net']}
    ${'cloud'}       | ${[]}
    ${'unknown'}     | ${[]}
  `('$component → $boundaries (innermost first)', ({ component, boundaries }) => {
    const structure = buildStructure(hospital());

    const result = structure.boundariesOf(component);

    expect(result).toEqual(boundaries);
  });

  it('takes the innermost boundary when a component is listed in an outer one too', () => {
    const model = aModel({
      components: [aComponent('pump')],
      trustBoundaries: [
        { id: 'outer', members: ['pump'] },
        { id: 'inner', parent: 'outer', members: ['pump'] },
      ],
    });

    const result = buildStructure(model).boundariesOf('pump');

    expect(result).toEqual(['inner', 'outer']);
  });

  it('takes the innermost boundary whatever the boundary ids sort to', () => {
    const model = aModel({
      components: [aComponent('pump')],
      trustBoundaries: [
        { id: 'z-outer', members: ['pump'] },
        { id: 'm-middle', parent: 'z-outer', members: ['pump'] },
        { id: 'a-inner', parent: 'm-middle', members: ['pump'] },
      ],
    });

    const result = buildStructure(model).boundariesOf('pump');

    expect(result).toEqual(['a-inner', 'm-middle', 'z-outer']);
  });
});

describe('crossedBoundaries', () => {
  it.each`
    flow                | crossed
    ${'cloud-to-pump'}  | ${['hospital', 'ward']}
    ${'ws-to-pump'}     | ${['ward']}
    ${'pump-to-fw'}     | ${[]}
    ${'fw-to-crypto'}   | ${['enclave']}
    ${'analyser-to-ws'} | ${['hospital', 'lab-net']}
    ${'cloud-to-ws'}    | ${['hospital']}
  `('$flow crosses $crossed', ({ flow, crossed }) => {
    const model = hospital();
    const structure = buildStructure(model);

    const result = structure.crossedBoundaries(structure.flow(flow)!);

    expect(result).toEqual(crossed);
  });
});

describe('boundaryMembers', () => {
  it.each`
    boundary      | members
    ${'hospital'} | ${['bootloader', 'crypto', 'firmware', 'pump', 'workstation']}
    ${'ward'}     | ${['bootloader', 'crypto', 'firmware', 'pump']}
    ${'enclave'}  | ${['crypto']}
    ${'lab-net'}  | ${['analyser']}
    ${'nowhere'}  | ${[]}
  `(
    '$boundary holds $members (nested boundaries and components included)',
    ({ boundary, members }) => {
      const structure = buildStructure(hospital());

      const result = structure.boundaryMembers(boundary);

      expect(result).toEqual(members);
    },
  );
});

describe('flowsCrossing', () => {
  it.each`
    boundary      | flows
    ${'hospital'} | ${['analyser-to-ws', 'cloud-to-pump', 'cloud-to-ws', 'ws-to-cloud']}
    ${'ward'}     | ${['cloud-to-pump', 'ws-to-pump']}
    ${'enclave'}  | ${['fw-to-crypto']}
    ${'lab-net'}  | ${['analyser-to-ws']}
    ${'nowhere'}  | ${[]}
  `('$boundary is crossed by $flows, in id order', ({ boundary, flows }) => {
    const structure = buildStructure(hospital());

    const result = structure.flowsCrossing(boundary).map((f) => f.id);

    expect(result).toEqual(flows);
  });

  it('agrees with crossedBoundaries for every flow and boundary', () => {
    const model = hospital();
    const structure = buildStructure(model);

    const pairs = model.trustBoundaries.map((b) => ({
      boundary: b.id,
      viaCrossing: structure.flowsCrossing(b.id).map((f) => f.id),
      viaCrossed: model.dataFlows
        .filter((f) => structure.crossedBoundaries(f).includes(b.id))
        .map((f) => f.id),
    }));

    for (const pair of pairs) expect(pair.viaCrossing).toEqual(pair.viaCrossed);
  });
});

describe('nesting', () => {
  it.each`
    component       | ancestors
    ${'bootloader'} | ${['firmware', 'pump']}
    ${'crypto'}     | ${['firmware', 'pump']}
    ${'firmware'}   | ${['pump']}
    ${'pump'}       | ${[]}
    ${'unknown'}    | ${[]}
  `('ancestors of $component: $ancestors (parent first)', ({ component, ancestors }) => {
    const structure = buildStructure(hospital());

    const result = structure.ancestors(component).map((c) => c.id);

    expect(result).toEqual(ancestors);
  });

  it.each`
    component     | family
    ${'pump'}     | ${['pump', 'firmware', 'bootloader', 'crypto']}
    ${'firmware'} | ${['firmware', 'bootloader', 'crypto']}
    ${'crypto'}   | ${['crypto']}
    ${'unknown'}  | ${[]}
  `('selfAndDescendants of $component: $family (depth first)', ({ component, family }) => {
    const structure = buildStructure(hospital());

    const result = structure.selfAndDescendants(component).map((c) => c.id);

    expect(result).toEqual(family);
  });

  it('visits deeper levels before the next sibling', () => {
    const model = aModel({
      components: [
        aComponent('root'),
        aComponent('a', { parent: 'root' }),
        aComponent('a-child', { parent: 'a' }),
        aComponent('b', { parent: 'root' }),
      ],
    });

    const result = buildStructure(model)
      .selfAndDescendants('root')
      .map((c) => c.id);

    expect(result).toEqual(['root', 'a', 'a-child', 'b']);
  });

  it('lists the direct children only', () => {
    const structure = buildStructure(hospital());

    const result = structure.children('firmware').map((c) => c.id);

    expect(result).toEqual(['bootloader', 'crypto']);
    expect(structure.children('crypto')).toEqual([]);
  });
});

describe('lookups and flows', () => {
  it('finds elements by id and nothing for unknown ids', () => {
    const structure = buildStructure(hospital());

    const found = [
      structure.component('pump')?.id,
      structure.flow('ws-to-pump')?.id,
      structure.boundary('ward')?.id,
    ];

    expect(found).toEqual(['pump', 'ws-to-pump', 'ward']);
    expect(structure.component('ward')).toBeUndefined();
    expect(structure.flow('pump')).toBeUndefined();
    expect(structure.boundary('pump')).toBeUndefined();
  });

  it.each`
    component        | from                             | to                                   | of
    ${'workstation'} | ${['ws-to-cloud', 'ws-to-pump']} | ${['analyser-to-ws', 'cloud-to-ws']} | ${['analyser-to-ws', 'cloud-to-ws', 'ws-to-cloud', 'ws-to-pump']}
    ${'pump'}        | ${['pump-to-fw']}                | ${['cloud-to-pump', 'ws-to-pump']}   | ${['cloud-to-pump', 'pump-to-fw', 'ws-to-pump']}
    ${'bootloader'}  | ${[]}                            | ${[]}                                | ${[]}
  `('flows of $component', ({ component, from, to, of }) => {
    const structure = buildStructure(hospital());

    const ids = {
      from: structure.flowsFrom(component).map((f) => f.id),
      to: structure.flowsTo(component).map((f) => f.id),
      of: structure.flowsOf(component).map((f) => f.id),
    };

    expect(ids).toEqual({ from, to, of });
  });
});
