import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Inventory } from '../../types.js';
import { cyclonedxJson } from './index.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

function read(name: string): {
  inventory: Inventory;
  issues: readonly { code: string; message: string }[];
} {
  const result = cyclonedxJson.parse(fixture(name), name);
  if (!result.ok) throw new Error(`expected ${name} to parse: ${JSON.stringify(result.issues)}`);
  return { inventory: result.value, issues: result.issues };
}

describe('cyclonedx-json', () => {
  it.each`
    file                           | code                     | message
    ${'empty.json'}                | ${'json-syntax'}         | ${/empty/}
    ${'not-json.txt'}              | ${'json-syntax'}         | ${/not valid JSON/}
    ${'null.json'}                 | ${'invalid-format'}      | ${/found null/}
    ${'truncated.json'}            | ${'json-syntax'}         | ${/not valid JSON/}
    ${'unknown-spec-version.json'} | ${'unsupported-version'} | ${/"2.0" is not supported/}
    ${'missing-spec-version.json'} | ${'missing-field'}       | ${/spec version is missing/}
    ${'not-cyclonedx.json'}        | ${'invalid-value'}       | ${/bomFormat must be "CycloneDX"/}
  `('refuses $file with a located $code issue', ({ file, code, message }) => {
    const result = cyclonedxJson.parse(fixture(file as string), file as string);

    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code, severity: 'error', location: { file } });
    expect(result.issues[0]?.message).toMatch(message as RegExp);
  });

  it('names the supported versions when refusing one', () => {
    const result = cyclonedxJson.parse(fixture('unknown-spec-version.json'), 'x.json');

    expect(result.issues[0]?.hint).toBe('supported: 1.2, 1.3, 1.4, 1.5, 1.6, 1.7');
  });

  it('locates a truncated document at its end', () => {
    const result = cyclonedxJson.parse(fixture('truncated.json'), 'truncated.json');

    expect(result.issues[0]?.location?.line).toBe(5);
    expect(result.issues[0]?.hint).toMatch(/truncated/);
  });

  it('reads one component with every field, the described product and the graph', () => {
    const { inventory, issues } = read('one-component.json');

    expect(issues.map((i) => i.message)).toEqual([
      'component "infusion-pump-firmware" 4.2.0 has neither a purl nor a CPE; it is kept and will be listed as not assessed',
    ]);
    expect(inventory).toMatchObject({
      format: 'cyclonedx',
      specVersion: '1.6',
      encoding: 'json',
      documentId: 'urn:uuid:00000000-0000-4000-8000-000000000001',
      metadata: {
        timestamp: '2025-01-15T10:00:00Z',
        authors: ['Jane Engineer'],
        tools: ['acme sbom-tool 2.1'],
        subject: { name: 'infusion-pump-firmware', version: '4.2.0', ref: 'infusion-pump-fw' },
      },
      dependencies: [
        { ref: 'infusion-pump-fw', dependsOn: ['zlib'] },
        { ref: 'zlib', dependsOn: [] },
      ],
    });
    expect(inventory.components.map((c) => c.ref)).toEqual(['infusion-pump-fw', 'zlib']);
    expect(inventory.components[1]).toEqual({
      ref: 'zlib',
      type: 'library',
      name: 'zlib',
      version: '1.2.13',
      supplier: 'zlib project',
      purl: 'pkg:generic/zlib@1.2.13',
      cpes: ['cpe:2.3:a:zlib:zlib:1.2.13:*:*:*:*:*:*:*'],
      hashes: [
        {
          algorithm: 'SHA-256',
          value: 'b3a24de97a8fdbc835b9833169501030b8977031bcb54b3b3ac13740f846ab30',
        },
      ],
      licenses: ['Zlib'],
      properties: [{ name: 'acme:build', value: 'static' }],
      location: { file: 'one-component.json', line: 34, column: 5 },
      path: 'components[0]',
    });
  });

  it('keeps nesting as parent refs and generates refs for components without one', () => {
    const { inventory, issues } = read('nested-components.json');

    expect(inventory.components.map((c) => [c.ref, c.parent])).toEqual([
      ['busybox', 'os'],
      ['os', undefined],
      ['pkg:generic/libbb@1.36.1', 'busybox'],
    ]);
    expect(inventory.dependencies).toEqual([{ ref: 'os', dependsOn: ['busybox'] }]);
    expect(issues).toMatchObject([
      { code: 'unknown-reference', message: expect.stringContaining('"missing-ref"') },
    ]);
  });

  it('keeps a duplicate listing once and a clashing ref under a new one, with warnings', () => {
    const { inventory, issues } = read('duplicate-components.json');

    expect(inventory.components.map((c) => [c.ref, c.version])).toEqual([
      ['openssl', '3.0.8'],
      ['openssl#2', '1.1.1t'],
    ]);
    expect(issues.map((i) => i.code)).toEqual(['duplicate-id', 'duplicate-id']);
  });

  it('keeps components without purl or CPE and warns about each', () => {
    const { inventory, issues } = read('no-purl-no-cpe.json');

    expect(inventory.components.map((c) => c.ref)).toEqual([
      'library@components[2]',
      'vendor-sdk@7.1',
      'vendor-sdk@7.1#2',
    ]);
    expect(issues.filter((i) => i.message.includes('neither a purl nor a CPE'))).toHaveLength(3);
    expect(issues.filter((i) => i.message.includes('has no name'))).toHaveLength(1);
  });

  it('generated refs never take a ref written in the document', () => {
    const { inventory } = read('no-bom-ref.json');

    expect(inventory.components.map((c) => [c.ref, c.name])).toEqual([
      ['acme/util@2.0', 'util'],
      ['acme/util@2.0#2', 'util'],
      ['pkg:npm/left-pad@1.3.0', 'left-pad-explicit'],
      ['pkg:npm/left-pad@1.3.0#2', 'left-pad'],
    ]);
  });

  it('lifts FDA support fields out of properties, in every documented spelling', () => {
    const { inventory, issues } = read('fda-fields.json');
    const byRef = new Map(inventory.components.map((c) => [c.ref, c]));

    expect(byRef.get('a')?.support).toEqual({
      levelOfSupport: 'actively maintained',
      endOfSupportDate: '2030-12-31',
    });
    expect(byRef.get('a')?.properties).toEqual([{ name: 'other', value: 'kept' }]);
    expect(byRef.get('b')?.support).toEqual({
      levelOfSupport: 'no longer maintained',
      justification: 'supplier out of business; component isolated behind the gateway',
    });
    expect(byRef.get('c')?.support).toEqual({
      levelOfSupport: 'abandoned',
      endOfSupportDate: '2024-06-30',
    });
    expect(byRef.get('d')?.support).toBeUndefined();
    expect(byRef.get('d')?.properties.map((p) => p.name)).toEqual([
      'cdx:fda:end-of-support-date',
      'justification',
    ]);
    expect(issues).toMatchObject([
      { code: 'invalid-value', message: expect.stringContaining('"2025-02-30"') },
    ]);
  });

  it('keeps CBOM cryptographic assets with their properties as written', () => {
    const { inventory, issues } = read('crypto-asset.json');

    expect(issues).toEqual([]);
    expect(inventory.cryptoAssets).toEqual([
      {
        ref: 'aes',
        name: 'AES-128-GCM',
        assetType: 'algorithm',
        properties: {
          assetType: 'algorithm',
          algorithmProperties: { primitive: 'ae', mode: 'gcm', nistQuantumSecurityLevel: 1 },
          oid: '2.16.840.1.101.3.4.1.6',
        },
        oid: '2.16.840.1.101.3.4.1.6',
      },
      { ref: 'odd', name: 'odd', assetType: 'other', properties: { assetType: 'something-new' } },
      expect.objectContaining({ ref: 'tls', assetType: 'protocol' }),
    ]);
    expect(inventory.dependencies).toEqual([{ ref: 'tls', dependsOn: ['aes'] }]);
  });

  it('keeps ML-BOM model cards with the datasets named by the card and depended on', () => {
    const { inventory } = read('model-card.json');

    expect(inventory.specVersion).toBe('1.7');
    expect(inventory.modelCards).toEqual([
      {
        ref: 'model',
        name: 'arrhythmia-classifier',
        version: '3',
        hashes: [{ algorithm: 'SHA-256', value: 'aa' }],
        card: {
          modelParameters: { task: 'classification', datasets: [{ ref: 'ecg-train' }] },
          considerations: { users: ['cardiologists'] },
        },
        datasets: ['ecg-test', 'ecg-train'],
      },
    ]);
  });

  it('reads 1.4 tools, license expressions and names, author and the legacy manufacture', () => {
    const { inventory } = read('legacy-tools.json');

    expect(inventory.metadata).toMatchObject({
      tools: ['anchore syft 0.73.0'],
      supplier: 'Acme Medical',
    });
    expect(inventory.components[0]).toMatchObject({
      author: 'Someone',
      licenses: ['Custom License', 'MIT OR Apache-2.0'],
    });
  });

  it('refuses components nested past the depth limit instead of exhausting the stack', () => {
    let component: Record<string, unknown> = { type: 'library', name: 'leaf' };
    for (let i = 0; i < 5000; i++)
      component = { type: 'library', name: `c${String(i)}`, components: [component] };
    const text = JSON.stringify({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      components: [component],
    });

    const result = cyclonedxJson.parse(text, 'deep.json');

    expect(result.ok).toBe(false);
    expect(result.issues.filter((i) => i.severity === 'error')).toMatchObject([
      { code: 'invalid-value', message: expect.stringMatching(/nested more than 100 levels/) },
    ]);
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(read('byte-order-mark.json').inventory.components).toHaveLength(1);
  });

  it.each`
    file               | head                                       | claimed
    ${'bom.json'}      | ${'{"bomFormat": "CycloneDX"'}             | ${true}
    ${'sbom.cdx.json'} | ${'{"components": []'}                     | ${true}
    ${'sbom.json'}     | ${'{"spdxVersion": "SPDX-2.3"'}            | ${false}
    ${'bom.xml'}       | ${'<bom xmlns="http://cyclonedx.org/..."'} | ${false}
  `('detect($file) is $claimed', ({ file, head, claimed }) => {
    expect(cyclonedxJson.detect(file as string, head as string)).toBe(claimed);
  });
});
