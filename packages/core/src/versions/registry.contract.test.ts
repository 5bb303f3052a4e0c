import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InvalidVersionError } from '../common/errors.js';
import { ECOSYSTEMS } from './ecosystems.js';
import { parseFixtureFile, type FixtureComparison } from './fixture-file.js';
import { VERSION_SCHEMES, versionScheme } from './registry.js';
import type { VersionScheme } from './types.js';

const folder = fileURLToPath(new URL('.', import.meta.url));
const folders = readdirSync(folder).filter(
  (name) => !name.startsWith('__') && statSync(`${folder}${name}`).isDirectory(),
);
const ids = VERSION_SCHEMES.map((s) => s.id);

function fixtureFiles(id: string): string[] {
  const dir = `${folder}${id}/__fixtures__`;
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
}

describe('version scheme registry contract', () => {
  it('registers exactly the scheme folders on disk', () => {
    expect([...ids].sort()).toEqual([...folders].sort());
  });

  it('is alphabetical with unique ids, so merges and reviews stay simple', () => {
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  it('registers every scheme that ecosystems.ts names', () => {
    const named = [...new Set(ECOSYSTEMS.map((e) => e.scheme))].sort();

    const missing = named.filter((id) => !ids.includes(id));

    expect(
      missing,
      `schemes named in ecosystems.ts but not registered: ${missing.join(', ')}`,
    ).toEqual([]);
  });

  it.each(VERSION_SCHEMES.map((s) => [s.id, s] as const))(
    '%s is its folder’s export, with metadata, README, tests and fixtures',
    (id, scheme) => {
      const index = readFileSync(`${folder}${id}/index.ts`, 'utf8');

      expect(index).toMatch(new RegExp(`\\bid: '${id}'`));
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(scheme.displayName.trim()).not.toBe('');
      expect(scheme.specUrl).toMatch(/^(https:\/\/|packages\/core\/src\/versions\/)/);
      expect(readFileSync(`${folder}${id}/README.md`, 'utf8')).toMatch(/^# \S/);
      expect(existsSync(`${folder}${id}/index.test.ts`)).toBe(true);
      expect(fixtureFiles(id)).toContain('compare.txt');
    },
  );

  it.each(VERSION_SCHEMES.flatMap((s) => fixtureFiles(s.id).map((f) => [s.id, f] as const)))(
    '%s passes __fixtures__/%s in both directions',
    (id, file) => {
      const scheme = versionScheme(id);
      const { comparisons, malformed } = parseFixtureFile(
        readFileSync(`${folder}${id}/__fixtures__/${file}`, 'utf8'),
      );

      const failures = comparisons
        .filter((comparison) => !orders(scheme, comparison))
        .map(({ a, b, expected, line }) => `line ${line}: ${a} vs ${b}, expected ${expected}`);

      expect(malformed).toEqual([]);
      expect(comparisons.length).toBeGreaterThan(0);
      expect(failures).toEqual([]);
    },
  );

  // The interface's promise: a range is never a version, and compare throws for what isValid
  // refuses, naming the refused string (matching reports it as not assessed).
  it.each(VERSION_SCHEMES.map((s) => [s.id, s] as const))(
    '%s refuses empty input and ranges, and compare throws InvalidVersionError for them',
    (id, scheme) => {
      const valid = firstFixtureVersion(id);

      for (const garbage of ['', '>=1.0.0', '1.0.0 || 2.0.0', '[1.0,2.0)']) {
        expect(scheme.isValid(garbage), JSON.stringify(garbage)).toBe(false);
        expect(thrownFor(() => scheme.compare(garbage, valid))).toBe(garbage);
        expect(thrownFor(() => scheme.compare(valid, garbage))).toBe(garbage);
      }
    },
  );
});

function firstFixtureVersion(id: string): string {
  const text = readFileSync(`${folder}${id}/__fixtures__/compare.txt`, 'utf8');
  return parseFixtureFile(text).comparisons[0]?.a ?? '1';
}

/** The version an InvalidVersionError names, or undefined when nothing (or something else) was thrown. */
function thrownFor(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidVersionError) return error.version;
  }
  return undefined;
}

function orders(scheme: VersionScheme, { a, b, expected }: FixtureComparison): boolean {
  if (!scheme.isValid(a) || !scheme.isValid(b)) return false;
  return (
    Math.sign(scheme.compare(a, b)) === expected && Math.sign(scheme.compare(b, a)) === -expected
  );
}
