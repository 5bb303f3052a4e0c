import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFixtureFile } from '../../src/versions/fixture-file.js';
import { versionScheme } from '../../src/versions/registry.js';
import { hasSharedData, sharedData } from './shared-data.js';

const TESTDATA = 'versions/osv-scalibr/semantic/testdata/';
const VERS_SPEC = 'versions/vers-spec/tests/';

/**
 * A fixture line that cannot pass because the upstream file is wrong for this ecosystem: one of
 * its versions is not a version there. It is never skipped silently — the scheme must refuse it
 * (isValid false), the line is counted and its reason printed, and the number of distinct refused
 * strings is pinned per file.
 */
interface NotAVersion {
  readonly matches: (version: string) => boolean;
  readonly reason: string;
}

interface Case {
  readonly scheme: string;
  readonly file: string;
  readonly notVersions?: readonly NotAVersion[];
  /** Distinct strings of the file the scheme refuses (0 when absent). */
  readonly refused?: number;
}

/**
 * Which osv-scalibr file checks which scheme. osv-scalibr has no Go, npm, crates.io or Hex file of
 * its own: its lenient SemVer parser serves them all from semver-versions.txt, which therefore also
 * holds strings these stricter ecosystems refuse.
 *
 * | scheme    | files                                                    |
 * | --------- | -------------------------------------------------------- |
 * | npm       | semver-versions.txt                                      |
 * | go        | semver-versions.txt                                      |
 * | crates-io | semver-versions.txt                                      |
 * | hex       | semver-versions.txt                                      |
 * | pub       | pub-versions.txt                                         |
 * | pypi      | pypi-versions.txt, pypi-versions-generated.txt           |
 * | maven     | maven-versions.txt, maven-versions-generated.txt         |
 * | nuget     | nuget-versions.txt                                       |
 * | rubygems  | rubygems-versions.txt, rubygems-versions-generated.txt   |
 * | packagist | packagist-versions.txt, packagist-versions-generated.txt |
 * | alpine    | alpine-versions.txt, alpine-versions-generated.txt       |
 * | cran      | cran-versions.txt, cran-versions-generated.txt           |
 * | debian    | debian-versions.txt, debian-versions-generated.txt       |
 * | hackage   | hackage-versions.txt                                     |
 * | rpm       | redhat-versions.txt                                      |
 */
const CASES: readonly Case[] = [
  {
    scheme: 'npm',
    file: 'semver-versions.txt',
    notVersions: [semverNeedsThreeNumbers()],
    refused: 3,
  },
  {
    scheme: 'go',
    file: 'semver-versions.txt',
    notVersions: [
      {
        matches: (v) => v.split('.').length > 3,
        reason: 'Go versions have at most three numbers (golang.org/x/mod/semver)',
      },
    ],
    refused: 1,
  },
  {
    scheme: 'crates-io',
    file: 'semver-versions.txt',
    notVersions: [semverNeedsThreeNumbers(), leadingV('Cargo (the semver crate)')],
    refused: 17,
  },
  {
    scheme: 'hex',
    file: 'semver-versions.txt',
    notVersions: [semverNeedsThreeNumbers(), leadingV("Elixir's Version.parse")],
    refused: 17,
  },
  {
    scheme: 'pub',
    file: 'pub-versions.txt',
    notVersions: [semverNeedsThreeNumbers(), leadingV("pub_semver's Version.parse")],
    refused: 15,
  },
  { scheme: 'pypi', file: 'pypi-versions.txt', notVersions: [pep440Legacy()], refused: 10 },
  {
    scheme: 'pypi',
    file: 'pypi-versions-generated.txt',
    notVersions: [pep440Legacy()],
    refused: 59,
  },
  { scheme: 'maven', file: 'maven-versions.txt' },
  { scheme: 'maven', file: 'maven-versions-generated.txt' },
  { scheme: 'nuget', file: 'nuget-versions.txt' },
  {
    scheme: 'rubygems',
    file: 'rubygems-versions.txt',
    notVersions: [
      {
        // osv-scalibr's parser reads it as 1.gamma; RubyGems 3.3's Gem::Version.correct? is false.
        matches: (v) => v === '1gamma',
        reason: 'Gem::Version refuses letters glued to the first number',
      },
    ],
    refused: 1,
  },
  { scheme: 'rubygems', file: 'rubygems-versions-generated.txt' },
  {
    scheme: 'packagist',
    file: 'packagist-versions.txt',
    notVersions: [
      {
        // osv-scalibr reads `#` as PHP's internal "a number" marker; PHP's version_compare turns it
        // into a separator (`1.2.3.#` < `1.2.3` in PHP 8.2), and Composer refuses it outright.
        matches: (v) => v.includes('#'),
        reason: '`#` is no version character: PHP reads it as a separator, Composer refuses it',
      },
    ],
    refused: 4,
  },
  { scheme: 'packagist', file: 'packagist-versions-generated.txt' },
  { scheme: 'alpine', file: 'alpine-versions.txt' },
  { scheme: 'alpine', file: 'alpine-versions-generated.txt' },
  { scheme: 'cran', file: 'cran-versions.txt' },
  { scheme: 'cran', file: 'cran-versions-generated.txt' },
  { scheme: 'debian', file: 'debian-versions.txt' },
  { scheme: 'debian', file: 'debian-versions-generated.txt' },
  { scheme: 'hackage', file: 'hackage-versions.txt' },
  { scheme: 'rpm', file: 'redhat-versions.txt' },
];

function semverNeedsThreeNumbers(): NotAVersion {
  return {
    matches: (v) => v.replace(/^v/, '').split(/[-+]/)[0]?.split('.').length !== 3,
    reason: 'SemVer requires exactly MAJOR.MINOR.PATCH (osv-scalibr pads or ignores the rest)',
  };
}

function leadingV(authority: string): NotAVersion {
  return { matches: (v) => v.startsWith('v'), reason: `${authority} refuses a leading "v"` };
}

/**
 * The files' "legacy versions" (`0.1-bulbasaur`, `2013-01-21T20:33:09+0100`, `0.3m1` …): packaging
 * < 22 sorted them below every PEP 440 version; packaging >= 22 and pip >= 24.1 refuse them, and so
 * do we. Checked with packaging 26.2: of the 8,610 distinct strings in both files it refuses
 * exactly the 62 our scheme refuses, so this reason covers whatever the scheme refuses here (the
 * pinned counts catch any change).
 */
function pep440Legacy(): NotAVersion {
  return {
    matches: () => true,
    reason: 'pre-PEP 440 legacy versions, refused by packaging >= 22 and pip >= 24.1',
  };
}

describe('version schemes against osv-scalibr fixtures', () => {
  it
    .runIf(hasSharedData(TESTDATA, 'version scheme conformance'))
    .each(CASES.map((c) => [`${c.scheme} ← ${c.file}`, c] as const))('%s', (_, c) => {
    const scheme = versionScheme(c.scheme);
    const { comparisons, malformed } = parseFixtureFile(
      readFileSync(`${sharedData}${TESTDATA}${c.file}`, 'utf8'),
    );
    const failures: string[] = [];
    const excluded = new Map<string, number>();
    const refused = new Set<string>();
    let passed = 0;

    for (const { a, b, expected, line } of comparisons) {
      const invalid = [a, b].filter((v) => !scheme.isValid(v));
      for (const v of invalid) refused.add(v);
      if (invalid.length > 0) {
        const reasons = invalid.map((v) => c.notVersions?.find((n) => n.matches(v))?.reason);
        for (const reason of new Set(reasons)) {
          if (reason === undefined) failures.push(`line ${line}: ${invalid.join(', ')} refused`);
          else excluded.set(reason, (excluded.get(reason) ?? 0) + 1);
        }
        continue;
      }
      const forward = Math.sign(scheme.compare(a, b));
      const backward = Math.sign(scheme.compare(b, a));
      if (forward === expected && backward === 0 - expected) passed++;
      else failures.push(`line ${line}: ${a} vs ${b} gave ${forward}, expected ${expected}`);
    }

    const total = passed + failures.length;
    const notes = [...excluded].map(([reason, n]) => `; ${n} lines not versions here: ${reason}`);
    console.log(
      `${c.scheme} ← ${c.file}: ${passed}/${total} passed (${percent(passed, total)})${notes.join('')}`,
    );
    expect(malformed).toEqual([]);
    expect(failures).toEqual([]);
    expect(refused.size).toBe(c.refused ?? 0);
    // A listed reason that no line needs any more is stale and must go.
    expect(excluded.size).toBe(c.notVersions?.length ?? 0);
  });
});

/** package-url/vers-spec's version comparison suites, for the schemes they cover. */
const VERS_SUITES = [
  { scheme: 'maven', file: 'maven_version_cmp_test.json' },
  { scheme: 'nuget', file: 'nuget_version_cmp_test.json' },
] as const;

interface VersCmpTest {
  readonly test_type: 'comparison' | 'equality';
  readonly input: { readonly versions: readonly [string, string] };
  readonly expected_output: boolean | readonly [string, string];
}

describe('version schemes against vers-spec comparison suites', () => {
  it
    .runIf(hasSharedData(VERS_SPEC, 'vers-spec version comparisons'))
    .each(VERS_SUITES.map((s) => [`${s.scheme} ← ${s.file}`, s] as const))('%s', (_, s) => {
    const scheme = versionScheme(s.scheme);
    const { tests } = JSON.parse(readFileSync(`${sharedData}${VERS_SPEC}${s.file}`, 'utf8')) as {
      tests: VersCmpTest[];
    };
    const failures: string[] = [];

    for (const { test_type: type, input, expected_output: expected } of tests) {
      const [a, b] = input.versions;
      const order = Math.sign(scheme.compare(a, b));
      // Comparison tests list the pair sorted, spelled as the suite normalizes it (NuGet's in
      // lower case), so the first element is matched without regard to case.
      const pass =
        typeof expected === 'boolean'
          ? (order === 0) === expected
          : order === (expected[0].toLowerCase() === a.toLowerCase() ? -1 : 1);
      if (!pass) failures.push(`${type}: ${a} vs ${b} gave ${order}`);
    }

    const passed = tests.length - failures.length;
    console.log(
      `${s.scheme} ← vers-spec ${s.file}: ${passed}/${tests.length} passed (${percent(passed, tests.length)})`,
    );
    expect(failures).toEqual([]);
  });
});

function percent(part: number, whole: number): string {
  return `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;
}
