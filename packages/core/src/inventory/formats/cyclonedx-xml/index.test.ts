import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Inventory } from '../../types.js';
import { cyclonedxJson } from '../cyclonedx-json/index.js';
import { cyclonedxXml } from './index.js';

const fixture = (name: string, folder = '.'): string =>
  readFileSync(new URL(`${folder}/__fixtures__/${name}`, import.meta.url), 'utf8');

function read(name: string): {
  inventory: Inventory;
  issues: readonly { code: string; message: string }[];
} {
  const result = cyclonedxXml.parse(fixture(name), name);
  if (!result.ok) throw new Error(`expected ${name} to parse: ${JSON.stringify(result.issues)}`);
  return { inventory: result.value, issues: result.issues };
}

/** The same inventory whatever the encoding: compare without the encoding-specific fields. */
function comparable(inventory: Inventory): unknown {
  return JSON.parse(
    JSON.stringify(inventory, (key, value: unknown) =>
      ['location', 'path', 'file', 'encoding'].includes(key) ? undefined : value,
    ),
  );
}

describe('cyclonedx-xml', () => {
  it.each`
    file                          | code                     | message                                             | line
    ${'empty.xml'}                | ${'xml-syntax'}          | ${/empty/}                                          | ${1}
    ${'not-xml.txt'}              | ${'xml-syntax'}          | ${/not well-formed/}                                | ${2}
    ${'doctype.xml'}              | ${'invalid-format'}      | ${/refused: the XML contains a <!DOCTYPE>/}         | ${2}
    ${'entity.xml'}               | ${'invalid-format'}      | ${/refused: the XML contains a <!ENTITY>/}          | ${3}
    ${'malformed.xml'}            | ${'xml-syntax'}          | ${/not well-formed XML/}                            | ${4}
    ${'unknown-spec-version.xml'} | ${'unsupported-version'} | ${/"2.0" is not supported/}                         | ${2}
    ${'no-namespace.xml'}         | ${'invalid-format'}      | ${/not in a CycloneDX namespace/}                   | ${2}
    ${'not-a-bom.xml'}            | ${'invalid-format'}      | ${/expected a <bom> root element, found <project>/} | ${2}
  `('refuses $file with $code', ({ file, code, message, line }) => {
    const result = cyclonedxXml.parse(fixture(file as string), file as string);

    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code, severity: 'error' });
    expect(result.issues[0]?.message).toMatch(message as RegExp);
    expect(result.issues[0]?.location?.line).toBe(line);
  });

  it('gives the same inventory as the JSON encoding of the same BOM', () => {
    const json = cyclonedxJson.parse(fixture('one-component.json', '../cyclonedx-json'), 'x.json');
    const { inventory, issues } = read('one-component.xml');

    expect(json.ok && comparable(json.value)).toEqual(comparable(inventory));
    expect(inventory.encoding).toBe('xml');
    expect(issues).toHaveLength(1); // the described firmware has no purl
  });

  it('keeps nesting, generated refs and the graph', () => {
    const { inventory, issues } = read('nested-components.xml');

    expect(inventory.components.map((c) => [c.ref, c.parent])).toEqual([
      ['busybox', 'os'],
      ['os', undefined],
      ['pkg:generic/libbb@1.36.1', 'busybox'],
    ]);
    expect(inventory.dependencies).toEqual([{ ref: 'os', dependsOn: ['busybox'] }]);
    expect(issues.map((i) => i.code)).toEqual(['unknown-reference']);
  });

  it('reports duplicates and components without identifiers', () => {
    expect(read('duplicate-components.xml').inventory.components.map((c) => c.ref)).toEqual([
      'openssl',
      'openssl#2',
    ]);
    expect(read('no-purl-no-cpe.xml').issues.map((i) => i.code)).toEqual(['missing-field']);
  });

  it('decodes entities and character references, keeps CDATA as written, and ignores other namespaces', () => {
    const { inventory } = read('escaped-text.xml');
    const fda = read('fda-fields.xml').inventory.components[0];

    expect(inventory.components[0]).toMatchObject({
      ref: 'pkg:apk/alpine/zlib@1.2.13-r0?arch=x86_64&distro=alpine-3.17',
      name: 'zlib-ng',
      version: '1.2.13-r0',
      supplier: 'Natanael Copa <ncopa@alpinelinux.org>',
      purl: 'pkg:apk/alpine/zlib@1.2.13-r0?arch=x86_64&distro=alpine-3.17',
      licenses: ['Zlib OR MIT'],
    });
    expect(fda?.support).toEqual({
      levelOfSupport: 'actively maintained',
      endOfSupportDate: '2030-12-31',
      justification: 'kept <as> written & not decoded: &amp;',
    });
  });

  it('converts cryptoProperties to the JSON shape (values stay strings: XML has no numbers)', () => {
    const { inventory } = read('crypto-asset.xml');

    expect(inventory.cryptoAssets).toEqual([
      {
        ref: 'aes',
        name: 'AES-128-GCM',
        assetType: 'algorithm',
        oid: '2.16.840.1.101.3.4.1.6',
        properties: {
          assetType: 'algorithm',
          algorithmProperties: {
            primitive: 'ae',
            mode: 'gcm',
            cryptoFunctions: ['encrypt', 'decrypt'],
            nistQuantumSecurityLevel: '1',
          },
          oid: '2.16.840.1.101.3.4.1.6',
        },
      },
    ]);
  });

  it('reads 1.1 with the 1.0 dependency-graph extension, nested levels included', () => {
    const { inventory } = read('dependency-graph-1.0.xml');

    expect(inventory.specVersion).toBe('1.1');
    expect(inventory.dependencies).toEqual([
      { ref: 'a', dependsOn: ['b'] },
      { ref: 'b', dependsOn: ['c'] },
    ]);
  });

  it('never expands entities: without the declaration an entity reference is a syntax error', () => {
    const text = fixture('doctype.xml').replace(/<!DOCTYPE[^\]]*\]>/s, '');

    const result = cyclonedxXml.parse(text, 'x.xml');

    expect(result.issues).toMatchObject([
      {
        code: 'xml-syntax',
        message: expect.stringMatching(/undefined entity/),
        location: { line: 5 },
      },
    ]);
  });

  it('refuses hostile nesting depth with an issue instead of exhausting the stack', () => {
    const depth = 5000;
    const text = `<bom xmlns="http://cyclonedx.org/schema/bom/1.6">${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</bom>`;

    const result = cyclonedxXml.parse(text, 'deep.xml');

    expect(result.issues).toMatchObject([
      { code: 'xml-syntax', message: expect.stringMatching(/nested more than 1000 deep/) },
    ]);
  });

  it('locates components in the XML', () => {
    const { inventory } = read('nested-components.xml');

    expect(inventory.components.map((c) => [c.ref, c.location?.line])).toEqual([
      ['busybox', 7],
      ['os', 4],
      ['pkg:generic/libbb@1.36.1', 10],
    ]);
  });

  it.each`
    file              | head                                                                        | claimed
    ${'bom.xml'}      | ${'<?xml version="1.0"?><bom xmlns="http://cyclonedx.org/schema/bom/1.4">'} | ${true}
    ${'sbom.cdx.xml'} | ${'<bom>'}                                                                  | ${true}
    ${'spdx.xml'}     | ${'<Document><spdxVersion>SPDX-2.3</spdxVersion>'}                          | ${false}
  `('detect($file) is $claimed', ({ file, head, claimed }) => {
    expect(cyclonedxXml.detect(file as string, head as string)).toBe(claimed);
  });
});
