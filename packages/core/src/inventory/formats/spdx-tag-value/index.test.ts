import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Inventory } from '../../types.js';
import { spdxJson } from '../spdx-json/index.js';
import { spdxTagValue } from './index.js';

const fixture = (name: string, folder = '.'): string =>
  readFileSync(new URL(`${folder}/__fixtures__/${name}`, import.meta.url), 'utf8');

function read(name: string): {
  inventory: Inventory;
  issues: readonly { code: string; message: string }[];
} {
  const result = spdxTagValue.parse(fixture(name), name);
  if (!result.ok) throw new Error(`expected ${name} to parse: ${JSON.stringify(result.issues)}`);
  return { inventory: result.value, issues: result.issues };
}

describe('spdx-tag-value', () => {
  it.each`
    file                           | code                     | message                          | line
    ${'empty.spdx'}                | ${'missing-field'}       | ${/spec version is missing/}     | ${1}
    ${'unknown-spec-version.spdx'} | ${'unsupported-version'} | ${/"SPDX-1.2" is not supported/} | ${1}
    ${'unclosed-text.spdx'}        | ${'invalid-format'}      | ${/never closed/}                | ${3}
  `('refuses $file with $code at line $line', ({ file, code, message, line }) => {
    const result = spdxTagValue.parse(fixture(file as string), file as string);

    expect(result.ok).toBe(false);
    expect(result.issues).toMatchObject([{ code, severity: 'error', location: { file, line } }]);
    expect(result.issues[0]?.message).toMatch(message as RegExp);
  });

  it('reads the same inventory as the JSON form, with lines as locations', () => {
    const { inventory, issues } = read('one-component.spdx');
    const json = spdxJson.parse(fixture('one-component.json', '../spdx-json'), 'x.json');

    expect(issues).toEqual([]);
    expect(inventory.encoding).toBe('tag-value');
    expect(inventory.metadata).toMatchObject({
      authors: ['Acme Medical'],
      tools: ['acme-sbom-2.1'],
      subject: { name: 'infusion-pump-firmware', ref: 'SPDXRef-pump' },
    });
    expect(inventory.dependencies).toEqual(json.ok ? json.value.dependencies : []);
    expect(inventory.components[1]).toMatchObject({
      ref: 'SPDXRef-zlib',
      supplier: 'zlib project',
      purl: 'pkg:generic/zlib@1.2.13',
      hashes: [{ algorithm: 'SHA-256' }],
      licenses: ['Zlib'],
      support: { endOfSupportDate: '2030-12-31' },
      location: { file: 'one-component.spdx', line: 20, column: 1 },
    });
  });

  it('reads nesting from CONTAINS and ignores files', () => {
    const { inventory } = read('nested-components.spdx');

    expect(inventory.components.map((c) => [c.ref, c.parent])).toEqual([
      ['SPDXRef-busybox', 'SPDXRef-os'],
      ['SPDXRef-os', undefined],
    ]);
  });

  it('keeps a repeated package once and warns', () => {
    const { inventory, issues } = read('duplicate-components.spdx');

    expect(inventory.components).toHaveLength(1);
    expect(issues.map((i) => i.code)).toEqual(['duplicate-id']);
  });

  it('keeps a package without identifiers and warns', () => {
    expect(read('no-purl-no-cpe.spdx').issues.map((i) => i.code)).toEqual(['missing-field']);
  });

  it('warns about a line that is not "Tag: value" and reads the rest', () => {
    const { inventory, issues } = read('stray-line.spdx');

    expect(inventory.components).toHaveLength(1);
    expect(issues).toMatchObject([
      { code: 'invalid-format', severity: 'warning', location: { line: 3 } },
    ]);
  });

  it.each`
    head                                  | claimed
    ${'SPDXVersion: SPDX-2.3\n'}          | ${true}
    ${'# comment\nSPDXVersion: SPDX-2.2'} | ${true}
    ${'{"spdxVersion": "SPDX-2.3"}'}      | ${false}
  `('detect($head) is $claimed', ({ head, claimed }) => {
    expect(spdxTagValue.detect('x.spdx', head as string)).toBe(claimed);
  });
});
