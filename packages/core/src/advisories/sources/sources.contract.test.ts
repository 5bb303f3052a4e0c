import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADVISORY_SOURCES } from './index.js';

const here = new URL('./', import.meta.url);
const folders = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const fixtures = (id: string): string[] => readdirSync(new URL(`${id}/__fixtures__/`, here)).sort();

describe('advisory source registry', () => {
  it('registers every folder once, alphabetically, id = folder name', () => {
    const ids = ADVISORY_SOURCES.map((source) => source.id);

    expect(ids).toEqual(folders);
    expect(ids).toEqual([...ids].sort());
  });

  it.each(ADVISORY_SOURCES.map((s) => [s.id]))('%s has a README, tests and fixtures', (id) => {
    expect(existsSync(new URL(`${id}/README.md`, here))).toBe(true);
    expect(existsSync(new URL(`${id}/index.test.ts`, here))).toBe(true);
    expect(fixtures(id).length).toBeGreaterThan(0);
  });

  it.each(ADVISORY_SOURCES.map((s) => [s.id]))('no other source claims a %s fixture', (id) => {
    for (const name of fixtures(id)) {
      const text = readFileSync(new URL(`${id}/__fixtures__/${name}`, here), 'utf8');
      const others = ADVISORY_SOURCES.filter((s) => s.id !== id && s.detect(name, text)).map(
        (s) => s.id,
      );
      expect(others, name).toEqual([]);
    }
  });

  const garbage = [
    '',
    'null',
    '[]',
    '{}',
    '{',
    '"text"',
    '42',
    '[null, 1, "x"]',
    '{"vulnerabilities": 3}',
    '\u0000\uFFFD\u0001',
    'id: [',
    '#model_version\n',
  ];
  it.each(ADVISORY_SOURCES.map((s) => [s.id]))(
    '%s returns issues for garbage, never throws',
    (id) => {
      const source = ADVISORY_SOURCES.find((s) => s.id === id);
      for (const text of garbage) {
        for (const name of ['x.json', 'x.yaml', 'x.csv']) {
          const result = source?.convert(text, name);
          expect(result, `${name}: ${text}`).toBeDefined();
          if (result?.ok === true)
            expect(
              result.value.advisories.length + result.value.kev.length + result.value.epss.length,
            ).toBe(0);
        }
      }
    },
  );
});
