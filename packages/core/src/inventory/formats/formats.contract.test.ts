import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INVENTORY_FORMATS } from './index.js';

const folder = fileURLToPath(new URL('.', import.meta.url));
const folders = readdirSync(folder).filter(
  (name) => !name.startsWith('__') && statSync(`${folder}${name}`).isDirectory(),
);
/** Every reader must show how it handles these cases (osv-scalibr's case names). */
const REQUIRED_CASES = [
  'one-component',
  'nested-components',
  'duplicate-components',
  'no-purl-no-cpe',
  'unknown-spec-version',
];

describe('SBOM format registry contract', () => {
  it('registers exactly the reader folders on disk, once each, in alphabetical order', () => {
    const ids = INVENTORY_FORMATS.map((f) => f.id);

    expect([...ids].sort()).toEqual([...folders].sort());
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(INVENTORY_FORMATS.map((f) => [f.id, f] as const))(
    '%s has an index, a test, a README with a spec link, and case fixtures',
    (id, format) => {
      const files = readdirSync(`${folder}${id}`);
      const fixtures = readdirSync(`${folder}${id}/__fixtures__`).map((f) =>
        f.replace(/\.[^.]+$/, ''),
      );

      expect(files).toContain('index.ts');
      expect(files).toContain('index.test.ts');
      expect(readFileSync(`${folder}${id}/README.md`, 'utf8')).toMatch(/<https?:\/\/[^>]+>/);
      expect(REQUIRED_CASES.filter((c) => !fixtures.includes(c))).toEqual([]);
      expect(format.displayName).not.toBe('');
    },
  );

  it('each reader claims its own one-component fixture and no other reader claims it first', () => {
    for (const format of INVENTORY_FORMATS) {
      const file = readdirSync(`${folder}${format.id}/__fixtures__`).find((f) =>
        f.startsWith('one-component.'),
      );
      const text = readFileSync(`${folder}${format.id}/__fixtures__/${file ?? ''}`, 'utf8');

      expect(INVENTORY_FORMATS.find((f) => f.detect(file ?? '', text))?.id).toBe(format.id);
    }
  });

  it('has no stray fixture folders outside reader folders', () => {
    expect(existsSync(`${folder}__fixtures__`)).toBe(false);
  });
});
