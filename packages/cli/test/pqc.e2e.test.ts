import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { medrisk, tempDir } from './run-cli.js';

/**
 * A home pump on the market in 2026 for 10 years: an ECDSA firmware signature verified by a ROM
 * bootloader (cannot change), a phone link whose key exchange is declared, a cloud upload over
 * HTTPS (key exchange inferred) carrying PHI that must stay secret 20 years, and a CBOM.
 */
const model = `medrisk: 1
device:
  name: Home pump
  manufacturer: Acme
  intendedUse: Test
  serviceLifeYears: 10
  marketDate: 2026-01-01
components:
  - id: pump
    name: Pump
    type: process
    kind: device-firmware
    hardware: { ramKb: 64, freeFlashKb: 32 }
    update:
      mechanism: ota
      signature: { algorithm: ecdsa-p256, verifiedBy: [boot] }
    crypto:
      - id: pairing
        purpose: pairing
        algorithm: ecdh-p256
        data: [keys]
        protectionYears: 10
        fieldUpdatable: firmware
  - { id: boot, name: Boot ROM, type: process, kind: bootloader, parent: pump, update: { mechanism: none } }
  - { id: app, name: App, type: process, kind: mobile-app }
  - { id: api, name: API, type: process, kind: web-api }
dataFlows:
  - id: upload
    source: app
    target: api
    protocol: https
    data: [phi]
    link: { mtuBytes: 1400, bandwidthKbps: 1000 }
risk:
  quantum:
    confidentialityYears: { phi: 20 }
boms:
  - { id: pump-cbom, type: cbom, path: pump.cbom.json, component: pump }
`;

const cbom = JSON.stringify({
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  version: 1,
  components: [
    {
      type: 'cryptographic-asset',
      'bom-ref': 'md5',
      name: 'MD5',
      cryptoProperties: { assetType: 'algorithm', algorithmProperties: { primitive: 'hash' } },
    },
  ],
});

describe('medrisk pqc', () => {
  const dir = tempDir();
  const at = (name: string) => join(dir, name);
  const run = (...args: string[]) => medrisk(['pqc', ...args], { cwd: dir });

  beforeAll(() => {
    writeFileSync(at('m.yaml'), model);
    writeFileSync(at('pump.cbom.json'), cbom);
  });

  it('prints versioned JSON with one entry per crypto use', () => {
    const result = run('m.yaml', '--format', 'json', '--as-of', '2026-06-01');

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as {
      formatVersion: number;
      scenario: { crqc: { year: number; basis: string }; serviceEnd: { date: string } };
      uses: {
        id: string;
        element: { kind: string; id: string };
        purpose: string;
        algorithm: string;
        classification: { quantum: string; deprecated?: string };
        deadline?: { year: number };
        mosca: { result: string; mustHoldUntil?: number };
        feasibility: { status: string };
        plan: { strategy: string; recommended?: string; targetYear?: number };
      }[];
      agility: { component: string; score: number }[];
    };
    expect(doc.formatVersion).toBe(1);
    expect(doc.scenario.crqc).toMatchObject({ year: 2039, basis: 'default' });
    expect(doc.scenario.serviceEnd.date).toBe('2036-01');
    const byId = new Map(doc.uses.map((u) => [u.id, u]));
    expect([...byId.keys()]).toEqual([
      'pump/cbom-md5',
      'pump/crypto-pairing',
      'pump/update-signature',
      'upload/key-exchange',
    ]);
    // PHI recorded until the 2030 deadline must stay secret to 2050: past 2039.
    expect(byId.get('upload/key-exchange')).toMatchObject({
      element: { kind: 'flow', id: 'upload' },
      purpose: 'tls-key-exchange',
      classification: { quantum: 'vulnerable' },
      deadline: { year: 2030 },
      mosca: { result: 'at-risk', mustHoldUntil: 2050 },
      feasibility: { status: 'ok' },
      plan: { strategy: 'hybrid-kem', recommended: 'x25519mlkem768', targetYear: 2026 },
    });
    // The ROM verifier keeps ECDSA until the end of service.
    expect(byId.get('pump/update-signature')).toMatchObject({
      purpose: 'firmware-signing',
      deadline: { year: 2035 },
      plan: { strategy: 'replace-hardware', recommended: 'lms-sha256-h10-w4' },
    });
    expect(byId.get('pump/cbom-md5')?.classification.deprecated).toContain('MD5');
    expect(doc.agility.map((a) => a.component)).toEqual(['api', 'app', 'boot', 'pump']);
  });

  it('takes Z from --years-to-crqc, counted from --as-of', () => {
    const late = JSON.parse(
      run('m.yaml', '--format', 'json', '--as-of', '2026-06-01', '--years-to-crqc', '40').stdout,
    ) as { scenario: { crqc: { year: number; basis: string } }; summary: { atRisk: number } };

    expect(late.scenario.crqc).toMatchObject({ year: 2066, basis: 'command-line' });
    expect(late.summary.atRisk).toBe(0);
  });

  it('writes Markdown (inferred from .md) with the inventory and the plan', () => {
    const result = run('m.yaml', '--as-of', '2026-06-01', '--out', 'pqc.md');

    expect(result.code).toBe(0);
    expect(result.stderr).toContain('wrote pqc.md (markdown): 4 crypto uses, 3 quantum-vulnerable');
    const md = readFileSync(at('pqc.md'), 'utf8');
    expect(md).toContain('## Post-quantum readiness and crypto-agility');
    expect(md).toContain('| upload/key-exchange | flow upload | tls-key-exchange | ecdhe |');
    expect(md).toContain('Migration plan for each use that must change');
    expect(md).toContain('| 2039 | CRQC estimate (default) |');
  });

  it('writes a self-contained HTML page with the timeline chart', () => {
    const result = run('m.yaml', '--as-of', '2026-06-01', '--format', 'html', '--out', 'pqc.html');

    expect(result.code).toBe(0);
    const html = readFileSync(at('pqc.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(
      '<figure role="img" aria-label="Timeline: the device is in service until 2036-01',
    );
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain('CRQC 2039');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/style="/);
  });

  it('gives the same bytes for the same inputs', () => {
    const once = run('m.yaml', '--as-of', '2026-06-01', '--format', 'html').stdout;

    expect(run('m.yaml', '--as-of', '2026-06-01', '--format', 'html').stdout).toBe(once);
  });

  it('refuses a bad model with its location and writes nothing', () => {
    writeFileSync(at('bad.yaml'), model.replace('purpose: pairing', 'purpose: pairng'));

    const result = run('bad.yaml', '--out', 'bad.md');

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('invalid model bad.yaml');
    expect(result.stderr).toMatch(/bad\.yaml:\d+:\d+/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(at('bad.md'))).toBe(false);
  });

  it('refuses an unreadable CBOM, a bad date, a bad Z and an unknown format (exit 2)', () => {
    const other = join(dir, 'broken');
    mkdirSync(other);
    writeFileSync(join(other, 'm.yaml'), model);
    writeFileSync(join(other, 'pump.cbom.json'), '{ not json');

    const broken = medrisk(['pqc', 'm.yaml'], { cwd: other });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("cannot read the model's BOM");
    expect(broken.stderr).toContain('pump.cbom.json');

    expect(run('m.yaml', '--as-of', '2026-02-30').stderr).toContain('invalid --as-of "2026-02-30"');
    expect(run('m.yaml', '--years-to-crqc', 'soon').code).toBe(2);
    const format = run('m.yaml', '--format', 'pdf');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format "pdf"; use one of: json, markdown, html');
  });

  it('explains itself with --help', () => {
    const result = run('--help');

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('$ medrisk pqc <model>');
    expect(result.stdout).toContain('--years-to-crqc <years>');
    expect(result.stdout).toContain('medrisk pqc examples/implantable-cardiac-device/medrisk.yaml');
  });

  it('shows the same analysis in the analysis report', () => {
    for (const format of ['markdown', 'json', 'html']) {
      const result = medrisk(['analyze', 'm.yaml', '--format', format], { cwd: dir });
      expect(result.code, format).toBe(0);
      expect(result.stdout, format).toMatch(/Post-quantum readiness and crypto-agility|"pqc": \{/);
    }
  });

  it('produces a plan for the implantable example', () => {
    const result = medrisk([
      'pqc',
      'examples/implantable-cardiac-device/medrisk.yaml',
      '--format',
      'json',
      '--as-of',
      '2026-11-26',
    ]);

    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as {
      summary: { atRisk: number; fixed: number };
      uses: { id: string; plan: { strategy: string } }[];
    };
    expect(doc.summary.fixed).toBe(1);
    expect(doc.summary.atRisk).toBeGreaterThan(0);
    expect(doc.uses.find((u) => u.id === 'icd-firmware/update-signature')?.plan.strategy).toBe(
      'replace-hardware',
    );
  });
});
