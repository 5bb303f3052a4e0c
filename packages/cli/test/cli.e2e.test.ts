import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { medrisk, repoRoot, tempDir } from './run-cli.js';

const examples = readdirSync(join(repoRoot, 'examples'))
  .filter((n) => existsSync(join(repoRoot, 'examples', n, 'medrisk.yaml')))
  .sort();
const example = (name: string) => `examples/${name}/medrisk.yaml`;

describe('medrisk CLI', () => {
  it('prints its version and help, and exits 2 without a command', () => {
    expect(medrisk(['--version']).stdout).toMatch(/^medrisk\/\d+\.\d+\.\d+/);
    const help = medrisk(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['analyze', 'validate', 'init', 'rules', 'schema'])
      expect(help.stdout).toContain(command);
    expect(medrisk([]).code).toBe(2);
  });

  it.each`
    args                                                              | message
    ${['frobnicate']}                                                 | ${'unknown command "frobnicate"'}
    ${['analyze', example(examples[0] ?? ''), '--formt', 'json']}     | ${'Unknown option `--formt`'}
    ${['analyze', example(examples[0] ?? ''), '--format', 'pdf']}     | ${'unknown format "pdf"'}
    ${['analyze', example(examples[0] ?? ''), '--fail-on', 'severe']} | ${'invalid --fail-on "severe"'}
    ${['analyze', 'missing.yaml']}                                    | ${'missing.yaml does not exist'}
    ${['rules', 'explain', 'crc-as-security-integrty']}               | ${'did you mean "crc-as-security-integrity"?'}
  `('exits 2 with a clear message for $args', ({ args, message }) => {
    const run = medrisk(args);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  });

  it.each(examples)('validates and analyses example %s', (name) => {
    expect(medrisk(['validate', example(name)]).code).toBe(0);

    const run = medrisk(['analyze', example(name), '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      formatVersion: number;
      findings: Record<string, unknown>[];
    };
    expect(report.formatVersion).toBe(1);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings) {
      for (const key of [
        'id',
        'ruleId',
        'title',
        'subject',
        'risk',
        'references',
        'rationale',
        'mitigation',
      ])
        expect(finding).toHaveProperty(key);
    }
  });

  it('writes every format atomically to --out, inferring the format from the extension', () => {
    const dir = tempDir();
    for (const ext of ['json', 'md', 'html', 'sarif', 'csv']) {
      const out = join(dir, `report.${ext}`);

      const run = medrisk(['analyze', example(examples[0] ?? ''), '--out', out]);

      expect(run.code).toBe(0);
      expect(run.stderr).toContain(`wrote ${out}`);
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(100);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 1 when an open finding reaches --fail-on, 0 otherwise', () => {
    const model = example(examples[0] ?? '');

    expect(medrisk(['analyze', model, '--fail-on', 'info', '--quiet']).code).toBe(1);
    expect(medrisk(['analyze', model, '--fail-on', 'none', '--quiet']).code).toBe(0);
    expect(medrisk(['analyze', model, '--quiet']).code).toBe(0);
  });

  it('never colours output when NO_COLOR is set or stdout is not a terminal', () => {
    const run = medrisk(['analyze', example(examples[0] ?? '')], { env: { NO_COLOR: '1' } });

    expect(run.stdout.includes('\u001b[')).toBe(false);
  });

  it('does not colour piped output on a CI runner (CI=true makes colour libraries guess yes)', () => {
    const cvss = medrisk(['cvss', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'], {
      env: { CI: 'true' },
    });
    const scan = medrisk(['validate', example(examples[0] ?? '')], { env: { CI: 'true' } });

    expect(cvss.stdout).toContain('Base 9.8');
    expect(`${cvss.stdout}${cvss.stderr}${scan.stdout}${scan.stderr}`).not.toContain('\u001b[');
  });

  it('lists and explains rules, also as JSON', () => {
    const list = JSON.parse(medrisk(['rules', 'list', '--format', 'json']).stdout) as {
      id: string;
      mitigation: string;
    }[];
    expect(list.length).toBeGreaterThanOrEqual(70);

    const explain = medrisk(['rules', 'explain', 'crc-as-security-integrity']);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('Mitigation');
    expect(explain.stdout).toContain('CWE-353');
  });

  it.each(['home-device', 'hospital-device', 'implant', 'cloud-samd'])(
    'init --template %s creates a model that validates and analyses',
    (template) => {
      const dir = tempDir();

      expect(medrisk(['init', dir, '--template', template]).code).toBe(0);
      expect(medrisk(['validate', join(dir, 'medrisk.yaml')]).code).toBe(0);
      expect(medrisk(['analyze', join(dir, 'medrisk.yaml'), '--quiet']).code).toBe(0);
      expect(medrisk(['init', dir, '--template', template]).code).toBe(2); // never overwrites silently
    },
  );

  it('prints the model JSON Schema', () => {
    const schema = JSON.parse(medrisk(['schema']).stdout) as {
      properties: Record<string, unknown>;
    };

    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['device', 'components', 'dataFlows', 'trustBoundaries']),
    );
  });
});
