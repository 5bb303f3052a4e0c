import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { medrisk, tempDir } from './run-cli.js';

const sboms = [
  'examples/home-insulin-pump/sbom/patient-app.cdx.json',
  'examples/home-insulin-pump/sbom/pump-firmware.cdx.json',
];
const advisories = ['--advisories', 'examples/advisories'];
const fixture = (name: string) => `packages/cli/test/__fixtures__/scan/${name}`;
const zips = 'packages/core/src/node/__fixtures__/advisories';

interface ScanJson {
  findings: {
    component: { purl?: string };
    vulnerability: { id: string; aliases: string[] };
    priority: { level: string; factors: unknown[] };
  }[];
  notAssessed: { reason: string }[];
  suppressed: { vex: { status: string } }[];
  quality: unknown[];
}

function scanJson(args: readonly string[]): ScanJson {
  const run = medrisk(['scan', ...args, '--format', 'json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ScanJson;
}

describe('medrisk scan', () => {
  it('lists findings with priority, CVSS and fixes, and what was not assessed', () => {
    const run = medrisk(['scan', ...sboms, ...advisories]);

    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/CVE-2022-0155 +follow-redirects@1\.14\.0 → 1\.14\.7/);
    expect(run.stdout).toMatch(/Not assessed \(never counted as clean\): 3/);
    expect(run.stdout).toContain('CVE-2020-16150'); // the firmware's mbed TLS, by CPE
  });

  it('prints the documented JSON: findings with purl, id and aliases; notAssessed; quality', () => {
    const json = scanJson([...sboms, ...advisories]);

    expect(json.findings.map((f) => [f.vulnerability.id, f.component.purl])).toEqual([
      ['CVE-2020-16150', undefined],
      ['CVE-2020-28168', 'pkg:npm/axios@0.21.0'],
      ['CVE-2022-0155', 'pkg:npm/follow-redirects@1.14.0'],
    ]);
    expect(json.findings[1]?.vulnerability.aliases).toEqual(['GHSA-4w2v-q235-vp99']);
    expect(json.findings[1]?.priority.factors.length).toBeGreaterThan(0);
    expect(json.notAssessed.map((n) => n.reason)).toEqual([
      'no-identifier',
      'no-identifier',
      'no-identifier',
    ]);
    expect(json.quality).toHaveLength(2);
  });

  it('suppresses with VEX and keeps the statement', () => {
    const json = scanJson([
      ...sboms,
      ...advisories,
      '--vex',
      'examples/home-insulin-pump/sbom/pump-firmware.openvex.json',
    ]);

    expect(json.findings.map((f) => f.vulnerability.id)).not.toContain('CVE-2020-16150');
    expect(json.suppressed[0]?.vex.status).toBe('not_affected');
  });

  it.each`
    failOn         | code
    ${'none'}      | ${0}
    ${'any'}       | ${1}
    ${'kev'}       | ${0}
    ${'medium'}    | ${1}
    ${'critical'}  | ${0}
    ${'immediate'} | ${0}
  `('--fail-on $failOn exits $code', ({ failOn, code }) => {
    expect(
      medrisk(['scan', sboms[0] ?? '', ...advisories, '--fail-on', failOn as string, '--quiet'])
        .code,
    ).toBe(code);
  });

  it.each`
    format         | out                    | check
    ${'sarif'}     | ${'scan.sarif'}        | ${(t: string) => (JSON.parse(t) as { version: string }).version === '2.1.0'}
    ${'cyclonedx'} | ${'scan.cdx.json'}     | ${(t: string) => (JSON.parse(t) as { bomFormat: string }).bomFormat === 'CycloneDX'}
    ${'openvex'}   | ${'scan.openvex.json'} | ${(t: string) => t.includes('openvex.dev/ns')}
  `('writes $format, inferred from --out $out', ({ out, check }) => {
    const dir = tempDir();
    const path = join(dir, out as string);

    const run = medrisk(['scan', ...sboms, ...advisories, '--out', path]);

    expect(run.code, run.stderr).toBe(0);
    expect((check as (t: string) => boolean)(readFileSync(path, 'utf8'))).toBe(true);
  });

  it('reports invalid purls, CPEs and versions as not assessed instead of failing', () => {
    const json = scanJson([fixture('odd-identifiers.cdx.json'), ...advisories]);

    expect(json.notAssessed.map((n) => n.reason).sort()).toEqual([
      'invalid-cpe',
      'invalid-purl',
      'invalid-version',
    ]);
    expect(json.findings.map((f) => f.vulnerability.id)).toEqual(['CVE-2020-28168']);
  });
});

describe('medrisk scan: bad input gives a clear error, exit 2 and no output file', () => {
  it.each`
    case                     | args                                                    | message
    ${'truncated SBOM'}      | ${[fixture('truncated.cdx.json'), ...advisories]}       | ${/truncated\.cdx\.json:\d+:\d+/}
    ${'XML with a DOCTYPE'}  | ${[fixture('doctype.cdx.xml'), ...advisories]}          | ${/DOCTYPE/}
    ${'SBOM over the limit'} | ${[sboms[0], ...advisories, '--max-input-size', '1kb']} | ${/larger than 1\.0 KB|refused/}
    ${'missing SBOM'}        | ${['nope.cdx.json', ...advisories]}                     | ${/nope\.cdx\.json/}
    ${'missing advisories'}  | ${[sboms[0], '--advisories', 'no-such-dir']}            | ${/no-such-dir/}
    ${'zip path traversal'}  | ${[sboms[0], '--advisories', `${zips}/traversal.zip`]}  | ${/traversal\.zip/}
    ${'zip bomb'}            | ${[sboms[0], '--advisories', `${zips}/bomb.zip`]}       | ${/bomb\.zip/}
    ${'unknown format'}      | ${[sboms[0], ...advisories, '--format', 'pdf']}         | ${/unknown format "pdf"/}
    ${'unknown --fail-on'}   | ${[sboms[0], ...advisories, '--fail-on', 'severe']}     | ${/invalid --fail-on "severe"/}
    ${'no store, no files'}  | ${[sboms[0], '--data-dir', '/nonexistent/medrisk-db']}  | ${/no advisories: pass --advisories/}
  `('$case', ({ args, message }) => {
    const dir = tempDir();
    const out = join(dir, 'out.json');

    const run = medrisk(['scan', ...(args as string[]), '--out', out]);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message as RegExp);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out)).toBe(false);
  });
});

describe('medrisk db and analyze against the local store', () => {
  it(
    'imports, reports status, skips a re-import, and scans without --advisories',
    { timeout: 180_000 },
    () => {
      const dataDir = join(tempDir(), 'db');
      const store = ['--data-dir', dataDir];

      const imported = medrisk(['db', 'import', 'examples/advisories', ...store]);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toMatch(/3 added/);
      expect(medrisk(['db', 'import', 'examples/advisories', ...store]).stdout).toMatch(
        /already imported/,
      );
      const status = JSON.parse(medrisk(['db', 'status', ...store, '--format', 'json']).stdout) as {
        advisories: number;
      };
      expect(status.advisories).toBe(3);

      const fromStore = scanJson([...sboms, ...store]);
      const fromFiles = scanJson([...sboms, ...advisories]);
      expect(fromStore.findings.map((f) => f.vulnerability.id)).toEqual(
        fromFiles.findings.map((f) => f.vulnerability.id),
      );

      const analysis = medrisk([
        'analyze',
        'examples/home-insulin-pump/medrisk.yaml',
        ...store,
        '--format',
        'json',
      ]);
      expect(analysis.code, analysis.stderr).toBe(0);
      const report = JSON.parse(analysis.stdout) as { findings: { source: string; id: string }[] };
      expect(report.findings.filter((f) => f.source === 'vulnerability').map((f) => f.id)).toEqual(
        expect.arrayContaining(['known-vulnerability@patient-app/CVE-2022-0155']),
      );
    },
  );

  it('refuses an unknown db action', () => {
    const run = medrisk(['db', 'explode']);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown db action "explode"/);
  });
});
