import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pumpDocument } from './__fixtures__/pump-model.js';
import { REPORT_FORMATS, renderToString, reportFormat } from './index.js';

const folder = fileURLToPath(new URL('.', import.meta.url));
const folders = readdirSync(folder).filter(
  (name) => !name.startsWith('__') && statSync(`${folder}${name}`).isDirectory(),
);

describe('report format registry contract', () => {
  it('registers exactly the format folders on disk', () => {
    expect(REPORT_FORMATS.map((f) => f.id).sort()).toEqual([...folders].sort());
  });

  it.each(REPORT_FORMATS.map((f) => [f.id, f] as const))(
    '%s has an index, a golden test and metadata',
    (id, format) => {
      expect(existsSync(`${folder}${id}/index.ts`)).toBe(true);
      expect(readdirSync(`${folder}${id}`).some((f) => f.endsWith('.test.ts'))).toBe(true);
      expect(format.extension).toMatch(/^[a-z]+$/);
      expect(format.mediaType).toMatch(/^[a-z]+\/[a-z+.-]+$/);
    },
  );

  it.each(REPORT_FORMATS.map((f) => f.id))(
    '%s renders the same bytes twice and in chunks',
    async (id) => {
      const doc = pumpDocument();

      const first = await renderToString(reportFormat(id), doc);
      const second = await renderToString(reportFormat(id), pumpDocument({ reversed: true }));

      expect(second).toBe(first);
      expect(first.endsWith('\n')).toBe(true);
    },
  );

  it('names the known formats in the error for an unknown one', () => {
    expect(() => reportFormat('pdf')).toThrow(
      /unknown report format "pdf"; known: csv, html, json, markdown, sarif/,
    );
  });
});
