import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readVex } from '../read.js';
import { VEX_FORMATS } from './index.js';

const fixtures = VEX_FORMATS.flatMap((format) =>
  readdirSync(new URL(`./${format.id}/__fixtures__/`, import.meta.url)).map((name) => ({
    format,
    name,
    text: readFileSync(new URL(`./${format.id}/__fixtures__/${name}`, import.meta.url), 'utf8'),
  })),
);

describe('VEX format contract', () => {
  it('has one folder per format, ids kebab-case and unique, registered alphabetically', () => {
    const ids = VEX_FORMATS.map((f) => f.id);

    expect(ids).toEqual([...new Set(ids)].sort());
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(fixtures.filter((f) => f.text.trim().startsWith('{') && !f.name.startsWith('not-')))(
    '$format.id/$name is claimed by its own reader only',
    ({ format, name, text }) => {
      const claimed = VEX_FORMATS.filter((f) => f.detect(name, text.slice(0, 65536)));

      expect(claimed.map((f) => f.id)).toEqual([format.id]);
    },
  );

  it.each(['', 'garbage', '[]', '{}', 'null', '{"document": 5}', '<xml/>'])(
    'gives issues, never throws, for %j',
    (text) => {
      for (const format of VEX_FORMATS) {
        const result = format.parse(text, 'garbage.json');
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }
      const dispatched = readVex('garbage.json', text);
      if (!dispatched.ok) expect(dispatched.issues[0]?.location?.file).toBe('garbage.json');
    },
  );

  it('names the supported formats when no reader claims a file', () => {
    const result = readVex('x.json', '{"hello": 1}');

    expect(result.ok).toBe(false);
    expect(result.issues[0]?.hint).toMatch(/CSAF 2\.0 VEX.*CycloneDX.*OpenVEX/);
  });
});
