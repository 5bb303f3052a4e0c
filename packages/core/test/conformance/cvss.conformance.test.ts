import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cvssVersion, parseCvss } from '../../src/scoring/cvss/registry.js';
import { scoreCvss } from '../../src/scoring/cvss/result.js';
import type { CvssVersionId } from '../../src/scoring/cvss/types.js';
import { hasSharedData, sharedData } from './shared-data.js';

const SUITE = 'cvss/redhat-cvss/tests/';
const METRICS = 'cvss/redhat-cvss-v4-calculator/metrics.json';

/**
 * One line of Red Hat's test files: `<vector> - (<base>, <temporal>, <environmental>)` for v2/v3,
 * `<vector> - (<score>,)` or `<vector> - <score>` for v4.0. `None` means "not computed" (v2 only,
 * when the vector defines no metric of the group); v2's "-0.0" is 0.0.
 */
interface Case {
  readonly file: string;
  readonly line: number;
  readonly vector: string;
  readonly expected: readonly (number | null)[];
}

function parseLine(file: string, text: string, line: number): Case {
  const [vector = '', rest = ''] = text.split(' - ');
  const expected = rest
    .replace(/[()]/g, '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => (s === 'None' ? null : Number(s) || 0));
  return { file, line, vector, expected };
}

function versionOf(vector: string): CvssVersionId {
  const match = /^CVSS:(3\.0|3\.1|4\.0)\//.exec(vector);
  return (match?.[1] as CvssVersionId | undefined) ?? '2.0';
}

/** Why a case fails, or undefined when every expected score is reproduced exactly. */
function check(c: Case): string | undefined {
  const parsed = parseCvss(c.vector);
  if (!parsed.ok) return parsed.issues.map((i) => i.message).join('; ');
  const result = scoreCvss(parsed.value);
  const version = result.version;
  if (version === '4.0') {
    const [expected] = c.expected;
    if (result.score !== expected) return `score ${result.score}, expected ${String(expected)}`;
    // Supplemental metrics are reported and never change the score.
    const plain = parseCvss(c.vector.replace(/\/(S|AU|R|V|RE|U):[A-Za-z]+/g, ''));
    if (!plain.ok || scoreCvss(plain.value).score !== result.score)
      return 'supplemental changed it';
    const written = (c.vector.match(/\/(S|AU|R|V|RE|U):(?!X\b)/g) ?? []).length;
    if ((result.supplemental ?? []).length !== written) return 'supplemental metrics not reported';
    return undefined;
  }
  // v3: the equations' values (Red Hat computes them always); v2: reported only when defined.
  const full = cvssVersion(version).score(parsed.value);
  const actual =
    version === '2.0'
      ? [result.baseScore, result.temporalScore ?? null, result.environmentalScore ?? null]
      : [full.base, full.temporal, full.environmental];
  const same = c.expected.every((e, i) => actual[i] === e);
  return same ? undefined : `got ${JSON.stringify(actual)}, expected ${JSON.stringify(c.expected)}`;
}

const present = hasSharedData(SUITE, 'CVSS conformance (Red Hat test vectors)');
const files = present
  ? readdirSync(`${sharedData}${SUITE}`)
      .filter((f) => f.startsWith('vectors_'))
      .sort()
  : [];
const cases = files.flatMap((file) =>
  readFileSync(`${sharedData}${SUITE}${file}`, 'utf8')
    .split('\n')
    .map((text, index) => ({ text, line: index + 1 }))
    .filter(({ text }) => text.trim() !== '')
    .map(({ text, line }) => parseLine(file, text, line)),
);

describe('CVSS: Red Hat test vectors', () => {
  it.runIf(present)('scores every vector exactly, for every version', () => {
    const failures: string[] = [];
    const tally = new Map<CvssVersionId, { passed: number; total: number }>();
    for (const c of cases) {
      const version = versionOf(c.vector);
      const count = tally.get(version) ?? { passed: 0, total: 0 };
      const problem = check(c);
      tally.set(version, {
        passed: count.passed + (problem === undefined ? 1 : 0),
        total: count.total + 1,
      });
      if (problem !== undefined) failures.push(`${c.file}:${c.line} ${c.vector}: ${problem}`);
    }
    for (const [version, { passed, total }] of [...tally].sort()) {
      const major = version === '2.0' ? 'v2' : `v${version}`;
      console.log(`cvss ${major}: ${passed}/${total} passed (${files.length} files)`);
    }

    expect(cases.length).toBeGreaterThan(5000);
    expect(failures.slice(0, 20)).toEqual([]);
  });
});

type MetricsJson = Readonly<
  Record<
    string,
    {
      readonly metric_groups: Readonly<
        Record<
          string,
          Readonly<Record<string, { short: string; options: Record<string, { value?: string }> }>>
        >
      >;
    }
  >
>;

const hasMetrics = hasSharedData(METRICS, 'CVSS v4.0 metric definitions (Red Hat calculator)');

describe('CVSS v4.0: Red Hat calculator metric definitions', () => {
  it.runIf(hasMetrics)('every metric and value there is known to our v4.0 definitions', () => {
    const json = JSON.parse(readFileSync(`${sharedData}${METRICS}`, 'utf8')) as MetricsJson;
    const ours = cvssVersion('4.0').metrics;
    const problems: string[] = [];
    let checked = 0;
    for (const group of Object.values(json))
      for (const metrics of Object.values(group.metric_groups))
        for (const { short, options } of Object.values(metrics)) {
          const metric = ours.find((m) => m.id === short);
          if (metric === undefined) {
            problems.push(`unknown metric ${short}`);
            continue;
          }
          for (const [label, option] of Object.entries(options)) {
            if (option.value === undefined) continue; // the calculator's blank spacer entries
            checked++;
            const value = metric.values.find((v) => v.id === option.value);
            // Labels are "Name (ID)", or just the name when it is the id ("Clear", "Red").
            const name = label.replace(/ \([^)]*\)$/, '');
            if (value === undefined) problems.push(`${short}:${option.value} unknown`);
            else if (value.name !== name)
              problems.push(`${short}:${option.value} named "${value.name}", not "${name}"`);
          }
        }
    console.log(`cvss v4.0 metrics.json: ${checked - problems.length}/${checked} values known`);

    expect(problems).toEqual([]);
  });
});
