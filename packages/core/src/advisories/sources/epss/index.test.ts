import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { epssSource } from './index.js';

const read = (name: string): string =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const convert = (name: string) => epssSource.convert(read(name), name);

describe('epss source', () => {
  it('reads scores with the model version and score date of the comment line', () => {
    const result = convert('scores.csv');

    expect(result.ok && result.value.epss).toEqual([
      {
        cveId: 'CVE-2024-1001',
        epss: 0.97112,
        percentile: 0.99871,
        modelVersion: 'v2023.03.01',
        date: '2024-08-01T00:00:00+0000',
      },
      {
        cveId: 'CVE-2023-0002',
        epss: 0.00043,
        percentile: 0.08123,
        modelVersion: 'v2023.03.01',
        date: '2024-08-01T00:00:00+0000',
      },
    ]);
  });

  it('reads a file without the comment line (CRLF too)', () => {
    expect(convert('no-model-line.csv')).toMatchObject({
      ok: true,
      value: { epss: [{ cveId: 'CVE-2024-1001', epss: 0.5, percentile: 0.9 }] },
    });
  });

  it('names every bad line', () => {
    const result = convert('bad-rows.csv');

    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.location?.line)).toEqual([3, 4, 5]);
  });

  it('refuses the first model, which had no percentile', () => {
    expect(convert('no-percentile.csv')).toMatchObject({
      ok: false,
      issues: [{ code: 'unsupported-version' }],
    });
  });

  it.each([
    ['scores.csv', true],
    ['no-model-line.csv', true],
    ['changes.csv', false],
  ])('detects %s: %s', (name, expected) => {
    const text =
      name === 'changes.csv' ? 'icsma-24-001-01.json,2024-01-01T00:00:00Z\n' : read(name);
    expect(epssSource.detect(name, text)).toBe(expected);
  });
});
