import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CVSS_VERSIONS, parseCvss } from './registry.js';
import { CVSS_VERSION_IDS, type CvssVersion } from './types.js';

const folder = fileURLToPath(new URL('.', import.meta.url));
const folders = readdirSync(folder).filter((name) => statSync(`${folder}${name}`).isDirectory());
const versions = CVSS_VERSIONS.map((v) => [v.id, v] as const);

function parsed(version: CvssVersion, text: string) {
  const result = version.parse(text);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}

const GARBAGE = [
  '',
  '   ',
  'garbage',
  '/',
  '//',
  ':',
  'AV:',
  ':N',
  'CVSS:',
  'CVSS:3.1/',
  'CVSS:4.0/AV',
  'CVSS:4.0//AV:N',
  '(AV:N/AC:L',
  'AV:N/AV:N/AV:N',
  'cvss:3.1/av:n/ac:l/pr:n/ui:n/s:u/c:h/i:h/a:h',
  'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/',
  '\u0000\uFFFF%s%n',
  'AV:N/'.repeat(10_000),
];

describe('CVSS version registry contract', () => {
  it('registers each version once, oldest first', () => {
    expect(CVSS_VERSIONS.map((v) => v.id)).toEqual([...CVSS_VERSION_IDS]);
  });

  it('has one folder per major version, each with a README and tests', () => {
    expect(folders.sort()).toEqual(['v2', 'v3', 'v4']);
    for (const name of folders) {
      expect(readFileSync(`${folder}${name}/README.md`, 'utf8')).toMatch(/^# \S/);
      expect(existsSync(`${folder}${name}/index.test.ts`)).toBe(true);
    }
  });

  it.each(versions)('%s: its example is recognised by this version only', (id, version) => {
    const claimed = CVSS_VERSIONS.filter((v) => v.matches(version.example)).map((v) => v.id);

    expect(claimed).toEqual([id]);
    expect(version.specUrl).toMatch(/^https:\/\/www\.first\.org\/cvss\//);
  });

  it.each(versions)('%s: parse and format round-trip', (_id, version) => {
    const vector = parsed(version, version.example);
    const text = version.format(vector);

    expect(parsed(version, text)).toEqual(vector);
    expect(version.format(parsed(version, text))).toBe(text);
    expect(text.startsWith(version.prefix)).toBe(true);
  });

  it.each(versions)('%s: every metric and value is documented', (_id, version) => {
    const ids = version.metrics.map((m) => m.id);

    expect(new Set(ids).size).toBe(ids.length);
    for (const metric of version.metrics) {
      expect(metric.name.trim(), metric.id).not.toBe('');
      expect(metric.description.trim(), metric.id).not.toBe('');
      const values = metric.values.map((v) => v.id);
      expect(new Set(values).size, metric.id).toBe(values.length);
      for (const value of metric.values) {
        expect(value.name.trim(), `${metric.id}:${value.id}`).not.toBe('');
        expect(value.description.trim(), `${metric.id}:${value.id}`).not.toBe('');
      }
      // Base metrics are mandatory and have no "not defined"; every other metric has one.
      if (metric.group === 'base') expect(metric.notDefined, metric.id).toBeUndefined();
      else expect(values, metric.id).toContain(metric.notDefined);
    }
  });

  it.each(versions)(
    '%s: every value of every metric scores to a finite 0–10 number',
    (_id, version) => {
      const example = parsed(version, version.example);
      for (const metric of version.metrics)
        for (const value of metric.values) {
          const vector = { ...example, metrics: { ...example.metrics, [metric.id]: value.id } };
          const scores = version.score(parsed(version, version.format(vector)));
          for (const score of [
            scores.base,
            scores.temporal,
            scores.environmental,
            scores.overall,
          ]) {
            if (score === undefined) continue;
            expect(
              Number.isFinite(score) && score >= 0 && score <= 10,
              `${metric.id}:${value.id}`,
            ).toBe(true);
          }
        }
    },
  );

  it.each(versions)('%s: garbage gives issues, never a throw', (_id, version) => {
    for (const text of [...GARBAGE, ...GARBAGE.map((g) => `${version.prefix}${g}`)]) {
      const result = version.parse(text);
      const dispatched = parseCvss(text);

      expect(result.ok, JSON.stringify(text.slice(0, 40))).toBe(false);
      expect(dispatched.ok).toBe(false);
      for (const issue of [...result.issues, ...dispatched.issues]) {
        expect(issue.severity).toBe('error');
        expect(issue.message.trim()).not.toBe('');
      }
    }
  });
});
