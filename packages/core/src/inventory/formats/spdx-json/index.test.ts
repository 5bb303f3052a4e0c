import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Inventory } from '../../types.js';
import { spdxJson } from './index.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

function read(name: string): {
  inventory: Inventory;
  issues: readonly { code: string; message: string }[];
} {
  const result = spdxJson.parse(fixture(name), name);
  if (!result.ok) throw new Error(`expected ${name} to parse: ${JSON.stringify(result.issues)}`);
  return { inventory: result.value, issues: result.issues };
}

describe('spdx-json', () => {
  it.each`
    file                           | code                     | message
    ${'empty.json'}                | ${'json-syntax'}         | ${/empty/}
    ${'not-json.txt'}              | ${'json-syntax'}         | ${/not valid JSON/}
    ${'null.json'}                 | ${'invalid-format'}      | ${/found null/}
    ${'unknown-spec-version.json'} | ${'unsupported-version'} | ${/"SPDX-2.1" is not supported/}
  `('refuses $file with a located $code issue', ({ file, code, message }) => {
    const result = spdxJson.parse(fixture(file as string), file as string);

    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code, severity: 'error', location: { file } });
    expect(result.issues[0]?.message).toMatch(message as RegExp);
  });

  it('reads packages with identifiers, checksums, licenses, agents and the described package', () => {
    const { inventory, issues } = read('one-component.json');

    expect(issues).toEqual([]);
    expect(inventory).toMatchObject({
      format: 'spdx',
      specVersion: 'SPDX-2.3',
      encoding: 'json',
      documentId: 'https://acme.example/spdx/pump-4.2.0',
      metadata: {
        timestamp: '2025-01-15T10:00:00Z',
        authors: ['Acme Medical', 'Jane Engineer'],
        tools: ['acme-sbom-2.1'],
        supplier: 'Acme Medical',
        subject: { name: 'infusion-pump-firmware', version: '4.2.0', ref: 'SPDXRef-pump' },
      },
      dependencies: [{ ref: 'SPDXRef-pump', dependsOn: ['SPDXRef-zlib'] }],
    });
    expect(inventory.components.map((c) => [c.ref, c.type])).toEqual([
      ['SPDXRef-pump', 'firmware'],
      ['SPDXRef-zlib', 'library'],
    ]);
    expect(inventory.components[1]).toMatchObject({
      name: 'zlib',
      version: '1.2.13',
      supplier: 'zlib project',
      author: 'Jean-loup Gailly',
      purl: 'pkg:generic/zlib@1.2.13',
      cpes: ['cpe:/a:zlib:zlib:1.2.13'],
      hashes: [{ algorithm: 'SHA-256', value: expect.stringMatching(/^b3a24/) }],
      licenses: ['Zlib'],
      properties: [
        {
          name: 'medrisk:identifier:swhid',
          value: 'swh:1:cnt:94a9ed024d3859793618152ea559a168bbcbb5e2',
        },
      ],
      location: { file: 'one-component.json', line: 32 },
    });
  });

  it('reads CONTAINS as nesting (cycles refused) and dependency relationships in both directions', () => {
    const { inventory, issues } = read('nested-components.json');

    expect(inventory.components.map((c) => [c.ref, c.parent])).toEqual([
      ['SPDXRef-busybox', 'SPDXRef-os'],
      ['SPDXRef-libbb', 'SPDXRef-busybox'],
      ['SPDXRef-os', undefined],
    ]);
    expect(inventory.dependencies).toEqual([
      { ref: 'SPDXRef-busybox', dependsOn: ['SPDXRef-libbb'] },
    ]);
    expect(inventory.metadata.subject?.ref).toBe('SPDXRef-os');
    expect(issues.map((i) => i.code)).toEqual(['nesting-cycle', 'unknown-reference']);
  });

  it('keeps a clashing SPDXID under a new ref, with a warning', () => {
    const { inventory, issues } = read('duplicate-components.json');

    expect(inventory.components.map((c) => [c.ref, c.version])).toEqual([
      ['SPDXRef-openssl', '3.0.8'],
      ['SPDXRef-openssl#2', '1.1.1t'],
    ]);
    expect(issues.map((i) => i.code)).toEqual(['duplicate-id']);
  });

  it('reads NOASSERTION and NONE as absent, and keeps unidentified packages with a warning', () => {
    const { inventory, issues } = read('no-purl-no-cpe.json');

    expect(inventory.components[0]).toMatchObject({ name: 'vendor-sdk', licenses: [] });
    expect(inventory.components[0]?.supplier).toBeUndefined();
    expect(issues.map((i) => i.message)).toEqual([
      'component "vendor-sdk" 7.1 has neither a purl nor a CPE; it is kept and will be listed as not assessed',
    ]);
  });

  it('reads a 5,000-deep CONTAINS chain without recursion or quadratic walks', () => {
    const n = 5000;
    const packages = Array.from({ length: n }, (_, i) => ({
      SPDXID: `SPDXRef-p${String(i)}`,
      name: `p${String(i)}`,
    }));
    // Written child-first, so every chain is joined late (the worst case for naive walks).
    const relationships = packages.slice(1).map((_, i) => ({
      spdxElementId: `SPDXRef-p${String(i + 1)}`,
      relationshipType: 'CONTAINS',
      relatedSpdxElement: `SPDXRef-p${String(i)}`,
    }));
    const text = JSON.stringify({
      spdxVersion: 'SPDX-2.3',
      SPDXID: 'SPDXRef-DOCUMENT',
      packages,
      relationships,
    });

    const result = spdxJson.parse(text, 'chain.json');

    expect(result.ok && result.value.components).toHaveLength(n);
    expect(result.issues.some((i) => i.severity === 'error')).toBe(false);
  });

  it('reads validUntilDate as the FDA end-of-support date', () => {
    const { inventory, issues } = read('fda-fields.json');

    expect(inventory.components.map((c) => c.support)).toEqual([
      { endOfSupportDate: '2030-12-31' },
      undefined,
    ]);
    expect(inventory.components[1]?.properties).toEqual([
      { name: 'spdx:validUntilDate', value: 'someday' },
    ]);
    expect(issues.map((i) => i.code)).toEqual(['invalid-value']);
  });

  it.each`
    file             | head                                                                | claimed
    ${'sbom.json'}   | ${'{ "spdxVersion": "SPDX-2.3"'}                                    | ${true}
    ${'sorted.json'} | ${'{ "SPDXID": "SPDXRef-DOCUMENT", "a"'}                            | ${true}
    ${'x.spdx.json'} | ${'{ "name": "x"'}                                                  | ${true}
    ${'x.spdx.json'} | ${'{ "@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"'} | ${false}
    ${'bom.json'}    | ${'{ "bomFormat": "CycloneDX"'}                                     | ${false}
  `('detect($file, $head) is $claimed', ({ file, head, claimed }) => {
    expect(spdxJson.detect(file as string, head as string)).toBe(claimed);
  });
});
