import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectInventoryFormat, readInventory } from './read.js';

const fixture = (path: string): string =>
  readFileSync(new URL(`./formats/${path}`, import.meta.url), 'utf8');

describe('readInventory', () => {
  it.each`
    path                                                | format
    ${'cyclonedx-json/__fixtures__/one-component.json'} | ${'cyclonedx-json'}
    ${'cyclonedx-xml/__fixtures__/one-component.xml'}   | ${'cyclonedx-xml'}
    ${'spdx-json/__fixtures__/one-component.json'}      | ${'spdx-json'}
    ${'spdx-tag-value/__fixtures__/one-component.spdx'} | ${'spdx-tag-value'}
    ${'spdx3-jsonld/__fixtures__/one-component.json'}   | ${'spdx3-jsonld'}
  `('hands $path to $format by its content, whatever the file is called', ({ path, format }) => {
    const text = fixture(path as string);

    expect(detectInventoryFormat('upload.bin', text)?.id).toBe(format);
    expect(readInventory('upload.bin', text).ok).toBe(true);
  });

  it('finds the format marker past the sniffed head too', () => {
    const filler = JSON.stringify(Array.from({ length: 20000 }, (_, i) => ({ n: i })));
    const text = `{"annotations": ${filler}, "bomFormat": "CycloneDX", "specVersion": "1.6"}`;

    expect(detectInventoryFormat('upload.bin', text)?.id).toBe('cyclonedx-json');
  });

  it.each`
    text                                    | message
    ${''}                                   | ${/the file is empty/}
    ${'{"name": "package.json?"}'}          | ${/JSON, but without/}
    ${'<project><modelVersion/></project>'} | ${/XML, but without a CycloneDX <bom>/}
    ${'name,version\nzlib,1.2.13\n'}        | ${/neither JSON, XML nor SPDX tag-value/}
  `('says what it found when no reader claims the file ($message)', ({ text, message }) => {
    const result = readInventory('upload.bin', text as string);

    expect(result.ok).toBe(false);
    expect(result.issues).toMatchObject([
      { code: 'invalid-format', severity: 'error', location: { file: 'upload.bin', line: 1 } },
    ]);
    expect(result.issues[0]?.message).toMatch(message as RegExp);
    expect(result.issues[0]?.hint).toBe(
      'supported: CycloneDX JSON, CycloneDX XML, SPDX 2 JSON, SPDX 2 tag-value, SPDX 3 JSON-LD',
    );
  });
});
