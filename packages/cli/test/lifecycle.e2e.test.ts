import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { medrisk, tempDir } from './run-cli.js';

const model = 'examples/hospital-infusion-fleet/medrisk.yaml';
const eol = 'examples/hospital-infusion-fleet/eol';

interface LifecycleJson {
  views: {
    lifecycle: {
      today?: string;
      eolData: 'none' | { products: number; source?: string };
      device: { effectiveStage?: string; endOfService?: string };
      rows: {
        component: string;
        status: string;
        supportEnd?: string;
        source: { kind: string };
        gapMonths?: number;
        recommendation?: string;
      }[];
      notAssessed: { component: string }[];
    };
  };
  findings: { id: string }[];
  status: { analyzer: string; state: string; messages: string[] }[];
}

/** Every run gets its own (empty) store, so nobody's ~/.medrisk/db leaks into the results. */
function run(args: readonly string[], dataDir: string) {
  return medrisk(args, { env: { MEDRISK_DATA_DIR: dataDir, MEDRISK_DATABASE_URL: '' } });
}

function analyzeJson(args: readonly string[], dataDir = join(tempDir(), 'db')): LifecycleJson {
  const result = run(['analyze', model, '--format', 'json', '--quiet', ...args], dataDir);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as LifecycleJson;
}

const rowsOf = (json: LifecycleJson) =>
  json.views.lifecycle.rows.map((r) => [r.component, r.status, r.supportEnd, r.source.kind]);

describe('lifecycle and end of support', () => {
  it('db import stores endoflife.date files once, db status shows them, and analyze uses them by default', () => {
    const dataDir = join(tempDir(), 'db');
    const first = run(['db', 'import', eol], dataDir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('endoflife.date products: 2 added, 0 updated, 0 unchanged');
    const again = run(['db', 'import', eol], dataDir);
    expect(again.stdout).toMatch(/^already imported/);
    const status = run(['db', 'status'], dataDir);
    expect(status.stdout).toContain(
      'endoflife.date data: 2 products, 4 release cycles (2 source files)',
    );

    const json = analyzeJson(['--as-of', '2026-11-26'], dataDir);
    expect(json.views.lifecycle.eolData).toEqual({ products: 2, source: `store ${dataDir}` });
    expect(rowsOf(json)).toEqual([
      ['biomed-laptop', 'ended', '2026-11-10', 'eol-data'],
      ['infusion-server', 'ended', '2026-10-13', 'model'],
      ['lvp-comms', 'ended', '2023-01-07', 'eol-data'],
      ['nurse-workstation', 'ends-before-service-life', '2027-01-12', 'eol-data'],
    ]);
    expect(json.findings.map((f) => f.id)).toEqual(
      expect.arrayContaining([
        'legacy-operating-system@biomed-laptop/platform',
        'support-ends-before-service-life@nurse-workstation/platform',
        'legacy-protocol@ehr-to-engine',
      ]),
    );
  }, 180_000);

  it('takes files with --eol, and judges as of --as-of', () => {
    const before = analyzeJson(['--eol', eol, '--as-of', '2026-11-01']);
    expect(before.views.lifecycle.today).toBe('2026-11-01');
    expect(before.views.lifecycle.rows.find((r) => r.component === 'biomed-laptop')).toMatchObject({
      status: 'ends-before-service-life',
      gapMonths: 6,
    });
    const after = analyzeJson(['--eol', eol, '--as-of', '2027-07-01']);
    expect(after.views.lifecycle.device.effectiveStage).toBe('end-of-support');
    expect(after.findings.map((f) => f.id)).toContain(
      'legacy-operating-system@nurse-workstation/platform',
    );
  });

  it('uses the built-in list and says so without EOL data', () => {
    const json = analyzeJson(['--as-of', '2026-11-26']);
    expect(json.views.lifecycle.eolData).toBe('none');
    expect(json.views.lifecycle.notAssessed.map((n) => n.component)).toContain('biomed-laptop');
    const status = json.status.find((a) => a.analyzer === 'lifecycle');
    expect(status?.state).toBe('partial');
    expect(status?.messages.join(' ')).toMatch(/no EOL data/);
  });

  it('shows the lifecycle section in Markdown and HTML', () => {
    for (const format of ['markdown', 'html']) {
      const result = run(
        ['analyze', model, '--eol', eol, '--as-of', '2026-11-26', '--format', format, '--quiet'],
        join(tempDir(), 'db'),
      );
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('Lifecycle and end of support');
      expect(result.stdout).toContain('Windows 10 Enterprise LTSC 2021');
    }
  });

  it('refuses bad EOL data and bad dates with a located message, exit 2 and no report', () => {
    const dir = tempDir();
    const broken = join(dir, 'broken');
    mkdirSync(broken);
    writeFileSync(
      join(broken, 'qnx.json'),
      '{ "releases": { "7.1": { "eol": "2030-01-01" },\n  }\n',
    );
    const out = join(dir, 'report.json');
    const cases = [
      { args: ['--eol', broken], message: /broken\/qnx\.json:\d+:\d+/ },
      { args: ['--eol', model], message: /not endoflife\.date data .*medrisk\.yaml/ },
      { args: ['--eol', join(dir, 'missing')], message: /missing/ },
      { args: ['--as-of', '2026-02-30'], message: /invalid --as-of "2026-02-30"/ },
      { args: ['--as-of', '2026-13-45'], message: /invalid --as-of "2026-13-45"/ },
    ];
    for (const c of cases) {
      const result = run(['analyze', model, ...c.args, '--out', out], join(dir, 'db'));
      expect(result.code, c.args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(c.message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    }
    const imported = run(['db', 'import', broken], join(dir, 'db'));
    expect(imported.code).toBe(2);
    expect(imported.stderr).toMatch(/nothing imported/);
    const status = run(['db', 'status', '--format', 'json'], join(dir, 'db'));
    expect((JSON.parse(status.stdout) as { eol: unknown }).eol).toEqual({
      products: 0,
      files: 0,
      cycles: 0,
    });
  }, 180_000);

  it('documents --eol and --as-of', () => {
    const help = medrisk(['analyze', '--help']);
    expect(help.stdout).toContain('--eol <path>');
    expect(help.stdout).toContain('--as-of <date>');
  });
});
