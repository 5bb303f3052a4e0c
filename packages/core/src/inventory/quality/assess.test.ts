import { describe, expect, it } from 'vitest';
import type { Inventory, InventoryComponent } from '../types.js';
import { assessSbomQuality } from './assess.js';

function aComponent(overrides: Partial<InventoryComponent> & { ref: string }): InventoryComponent {
  return {
    type: 'library',
    name: overrides.ref,
    cpes: [],
    hashes: [],
    licenses: [],
    properties: [],
    ...overrides,
  };
}

function anInventory(overrides: Partial<Inventory> = {}): Inventory {
  return {
    format: 'cyclonedx',
    specVersion: '1.6',
    encoding: 'json',
    file: 'sbom.json',
    metadata: { authors: [], tools: [] },
    components: [],
    dependencies: [],
    cryptoAssets: [],
    modelCards: [],
    ...overrides,
  };
}

/** Everything every framework asks for. */
const complete = (ref: string): InventoryComponent =>
  aComponent({
    ref,
    version: '1.0',
    supplier: 'Acme',
    purl: `pkg:generic/${ref}@1.0`,
    hashes: [{ algorithm: 'SHA-256', value: 'ab' }],
    licenses: ['MIT'],
    support: { levelOfSupport: 'actively maintained', endOfSupportDate: '2030-12-31' },
  });

describe('assessSbomQuality', () => {
  it('scores a complete SBOM 1 in every framework with no gaps', () => {
    const inventory = anInventory({
      metadata: {
        authors: ['Jane Engineer'],
        tools: ['acme-sbom 2.1'],
        timestamp: '2025-01-15T10:00:00Z',
        subject: { name: 'pump', ref: 'pump' },
      },
      components: [complete('pump'), complete('zlib')],
      dependencies: [{ ref: 'pump', dependsOn: ['zlib'] }],
    });

    const quality = assessSbomQuality(inventory);

    expect(quality.gaps).toEqual([]);
    expect(quality.frameworks.map((f) => [f.framework, f.met, f.required, f.score])).toEqual([
      ['ntia-2021', 7, 7, 1],
      ['cisa-2025', 10, 10, 1],
      ['fda-2023', 2, 2, 1],
    ]);
  });

  it('lists every gap per component as framework/element ids, document gaps first, in a stable order', () => {
    const inventory = anInventory({
      components: [aComponent({ ref: 'b', name: 'b' }), complete('a')],
      dependencies: [{ ref: 'a', dependsOn: [] }],
    });

    const quality = assessSbomQuality(inventory);

    expect(
      quality.gaps.map((g) => [g.component?.ref, g.missing.filter((m) => m.startsWith('ntia'))]),
    ).toEqual([
      [undefined, ['ntia-2021/sbom-author', 'ntia-2021/timestamp']],
      ['a', ['ntia-2021/dependency-relationship']],
      [
        'b',
        [
          'ntia-2021/supplier-name',
          'ntia-2021/component-version',
          'ntia-2021/other-unique-identifiers',
          'ntia-2021/dependency-relationship',
        ],
      ],
    ]);
    expect(quality.gaps[2]?.component).toEqual({ ref: 'b', name: 'b' });
    expect(quality.frameworks[0]).toMatchObject({
      met: 1,
      required: 7,
      checksMet: 5,
      checksRequired: 12,
    });
    expect(
      quality.frameworks[0]?.elements.find((e) => e.element === 'supplier-name'),
    ).toMatchObject({
      met: 1,
      required: 2,
    });
  });

  it.each`
    case                 | component                                                                                 | element                      | met
    ${'a CPE'}           | ${{ cpes: ['cpe:2.3:a:x:y:1:*:*:*:*:*:*:*'] }}                                            | ${'software-identifiers'}    | ${1}
    ${'an OmniBOR id'}   | ${{ properties: [{ name: 'medrisk:identifier:omnibor', value: 'gitoid:blob:sha1:ab' }] }} | ${'software-identifiers'}    | ${1}
    ${'a SWID tag only'} | ${{ properties: [{ name: 'medrisk:identifier:swid', value: 'tag' }] }}                    | ${'software-identifiers'}    | ${0}
    ${'a hash'}          | ${{ hashes: [{ algorithm: 'SHA-1', value: 'ab' }] }}                                      | ${'component-hash'}          | ${1}
    ${'a license'}       | ${{ licenses: ['MIT'] }}                                                                  | ${'license'}                 | ${1}
    ${'a parent'}        | ${{ parent: 'x' }}                                                                        | ${'dependency-relationship'} | ${1}
  `('CISA counts $case for $element', ({ component, element, met }) => {
    const inventory = anInventory({ components: [aComponent({ ref: 'c', ...component })] });

    const cisa = assessSbomQuality(inventory).frameworks.find((f) => f.framework === 'cisa-2025');

    expect(cisa?.elements.find((e) => e.element === element)?.met).toBe(met);
  });

  it.each`
    support                                                  | met
    ${undefined}                                             | ${0}
    ${{ levelOfSupport: 'abandoned' }}                       | ${1}
    ${{ levelOfSupport: 'abandoned', justification: 'n/a' }} | ${2}
    ${{ endOfSupportDate: '2026-01-01' }}                    | ${1}
  `('FDA: support $support meets $met of 2 elements', ({ support, met }) => {
    const inventory = anInventory({ components: [aComponent({ ref: 'c', support })] });

    const fda = assessSbomQuality(inventory).frameworks.find((f) => f.framework === 'fda-2023');

    expect(fda?.checksMet).toBe(met);
  });

  it('requires an ISO 8601 timestamp for CISA but any timestamp for NTIA, and a person or organization as author', () => {
    const inventory = anInventory({
      metadata: { authors: [], tools: ['syft'], timestamp: 'Jan 5 2025' },
    });

    const [ntia, cisa] = assessSbomQuality(inventory).frameworks;

    expect(ntia?.elements.find((e) => e.element === 'timestamp')?.met).toBe(1);
    expect(cisa?.elements.find((e) => e.element === 'timestamp')?.met).toBe(0);
    expect(cisa?.elements.find((e) => e.element === 'tool-name')?.met).toBe(1);
    expect(ntia?.elements.find((e) => e.element === 'sbom-author')?.met).toBe(0);
  });

  it('leaves cryptographic assets out and says which elements it cannot assess', () => {
    const inventory = anInventory({
      components: [aComponent({ ref: 'aes', type: 'cryptographic-asset' }), complete('zlib')],
    });

    const quality = assessSbomQuality(inventory);

    expect(quality).toMatchObject({ componentsAssessed: 1, componentsExcluded: 1 });
    expect(quality.gaps.some((g) => g.component?.ref === 'aes')).toBe(false);
    expect(quality.frameworks[1]?.notAssessed[0]).toMatchObject({ element: 'generation-context' });
  });

  it('scores an empty SBOM on its document elements only', () => {
    const quality = assessSbomQuality(anInventory());

    expect(quality.frameworks[2]).toMatchObject({
      met: 2,
      required: 2,
      score: 1,
      checksRequired: 0,
    });
    expect(quality.gaps).toEqual([
      {
        missing: [
          'ntia-2021/sbom-author',
          'ntia-2021/timestamp',
          'cisa-2025/sbom-author',
          'cisa-2025/tool-name',
          'cisa-2025/timestamp',
        ],
      },
    ]);
  });
});
