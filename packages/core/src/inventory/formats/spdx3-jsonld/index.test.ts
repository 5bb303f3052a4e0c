import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Inventory } from '../../types.js';
import { spdx3Jsonld } from './index.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

function read(name: string): {
  inventory: Inventory;
  issues: readonly { code: string; message: string }[];
} {
  const result = spdx3Jsonld.parse(fixture(name), name);
  if (!result.ok) throw new Error(`expected ${name} to parse: ${JSON.stringify(result.issues)}`);
  return { inventory: result.value, issues: result.issues };
}

describe('spdx3-jsonld', () => {
  it.each`
    file                           | code                     | message
    ${'empty.json'}                | ${'json-syntax'}         | ${/empty/}
    ${'null.json'}                 | ${'invalid-format'}      | ${/found null/}
    ${'no-graph.json'}             | ${'missing-field'}       | ${/"@graph" array/}
    ${'unknown-spec-version.json'} | ${'unsupported-version'} | ${/"3.9.0" is not supported/}
  `('refuses $file with a located $code issue', ({ file, code, message }) => {
    const result = spdx3Jsonld.parse(fixture(file as string), file as string);

    expect(result.ok).toBe(false);
    expect(result.issues).toMatchObject([{ code, severity: 'error', location: { file } }]);
    expect(result.issues[0]?.message).toMatch(message as RegExp);
  });

  it('reads packages, agents, identifiers, licenses, support and the described package', () => {
    const { inventory, issues } = read('one-component.json');

    expect(issues).toEqual([]);
    expect(inventory).toMatchObject({
      format: 'spdx',
      specVersion: '3.0.1',
      encoding: 'json-ld',
      documentId: 'urn:acme:doc',
      metadata: {
        timestamp: '2025-01-15T10:00:00Z',
        authors: ['Acme Medical'],
        tools: ['acme-sbom 2.1'],
        supplier: 'Acme Medical',
        subject: { name: 'infusion-pump-firmware', version: '4.2.0', ref: 'urn:acme:pump' },
      },
      dependencies: [{ ref: 'urn:acme:pump', dependsOn: ['urn:acme:zlib'] }],
    });
    expect(inventory.components).toMatchObject([
      {
        ref: 'urn:acme:pump',
        type: 'firmware',
        cpes: ['cpe:2.3:o:acme:infusion_pump_firmware:4.2.0:*:*:*:*:*:*:*'],
        supplier: 'Acme Medical',
        support: { levelOfSupport: 'limitedSupport', endOfSupportDate: '2031-06-30' },
      },
      {
        ref: 'urn:acme:zlib',
        type: 'library',
        purl: 'pkg:generic/zlib@1.2.13',
        hashes: [{ algorithm: 'SHA-256' }],
        licenses: ['Zlib'],
        properties: [{ name: 'medrisk:identifier:swhid' }],
        location: { file: 'one-component.json', line: 55 },
      },
    ]);
  });

  it('reads contains as nesting, refusing a cycle, and skips files', () => {
    const { inventory } = read('nested-components.json');

    expect(inventory.components.map((c) => [c.ref, c.parent])).toEqual([
      ['urn:acme:pump', undefined],
      ['urn:acme:zlib', 'urn:acme:pump'],
    ]);
  });

  it('keeps a repeated element once and a clashing spdxId under a new ref, with warnings', () => {
    const { inventory, issues } = read('duplicate-components.json');

    expect(inventory.components.map((c) => [c.ref, c.version])).toEqual([
      ['urn:acme:openssl', '3.0.8'],
      ['urn:acme:openssl#2', '1.1.1t'],
    ]);
    expect(issues.map((i) => i.code)).toEqual(['duplicate-id', 'duplicate-id']);
  });

  it('keeps a package without identifiers and warns', () => {
    expect(read('no-purl-no-cpe.json').issues.map((i) => i.code)).toEqual(['missing-field']);
  });

  it('gives AI packages a model card with the datasets they were trained on', () => {
    const { inventory } = read('ai-package.json');

    expect(inventory.modelCards).toEqual([
      {
        ref: 'urn:acme:model',
        name: 'arrhythmia-classifier',
        version: '3',
        hashes: [],
        card: { ai_typeOfModel: ['CNN'], ai_domain: ['cardiology'] },
        datasets: ['urn:acme:ecg'],
      },
    ]);
    expect(inventory.components.map((c) => c.type)).toEqual(['data', 'machine-learning-model']);
  });

  it('never fetches the @context: any string naming SPDX 3.0 is enough', () => {
    const text = fixture('one-component.json').replace(
      'https://spdx.org/rdf/3.0.1/spdx-context.jsonld',
      'http://127.0.0.1:9/unreachable/spdx.org/rdf/3.0.1/context',
    );

    expect(spdx3Jsonld.parse(text, 'x.json').ok).toBe(true);
  });

  it.each`
    file              | head                                                               | claimed
    ${'x.json'}       | ${'{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"'} | ${true}
    ${'x.spdx3.json'} | ${'{"@graph": []'}                                                 | ${true}
    ${'x.json'}       | ${'{"spdxVersion": "SPDX-2.3"'}                                    | ${false}
  `('detect($file) is $claimed', ({ file, head, claimed }) => {
    expect(spdx3Jsonld.detect(file as string, head as string)).toBe(claimed);
  });
});
