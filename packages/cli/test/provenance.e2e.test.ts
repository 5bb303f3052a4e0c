import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { medrisk, tempDir } from './run-cli.js';

/** One key pair and one signed file per suite; each case works on copies. */
let dir = '';
const at = (name: string) => join(dir, name);
const sig = () =>
  JSON.parse(readFileSync(at('report.json.sig'), 'utf8')) as {
    keyId: string;
    signatures: { algorithm: string; value: string }[];
  };
const verify = (file = 'report.json', signature = 'report.json.sig', key = 'keys/medrisk.pub') =>
  medrisk(['verify', file, '--signature', signature, '--key', key], { cwd: dir });

/** Flips one bit of a base64 signature value (re-encoded canonically). */
function tamper(value: string): string {
  const bytes = Buffer.from(value, 'base64');
  bytes[20] = (bytes[20] ?? 0) ^ 1;
  return bytes.toString('base64');
}

describe('medrisk keygen, sign, verify', () => {
  beforeAll(() => {
    dir = tempDir();
    writeFileSync(at('report.json'), '{"findings":[]}\n');
    expect(medrisk(['keygen', '--out', 'keys'], { cwd: dir }).code).toBe(0);
    expect(
      medrisk(['sign', 'report.json', '--key', 'keys/medrisk.key', '--out', 'report.json.sig'], {
        cwd: dir,
      }).code,
    ).toBe(0);
  });

  it('writes the secret key with mode 600, never overwrites it without --force', () => {
    if (process.platform !== 'win32')
      expect(statSync(at('keys/medrisk.key')).mode & 0o777).toBe(0o600);
    const before = readFileSync(at('keys/medrisk.key'), 'utf8');

    const again = medrisk(['keygen', '--out', 'keys'], { cwd: dir });

    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; pass --force');
    expect(readFileSync(at('keys/medrisk.key'), 'utf8')).toBe(before);
  });

  it('--force replaces the pair', () => {
    const other = tempDir();
    medrisk(['keygen', '--out', 'k'], { cwd: other });
    const first = readFileSync(join(other, 'k/medrisk.pub'), 'utf8');

    expect(medrisk(['keygen', '--out', 'k', '--force'], { cwd: other }).code).toBe(0);
    expect(readFileSync(join(other, 'k/medrisk.pub'), 'utf8')).not.toBe(first);
  });

  it('leaves no secret key behind when the public key cannot be written', () => {
    const other = tempDir();
    mkdirSync(join(other, 'k/medrisk.pub'), { recursive: true });

    const run = medrisk(['keygen', '--out', 'k', '--force'], { cwd: other });

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot write k/medrisk.pub');
    expect(existsSync(join(other, 'k/medrisk.key'))).toBe(false);
  });

  it('round trip: exit 0 and both algorithms valid', () => {
    const run = verify();

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Ed25519\s+valid/);
    expect(run.stdout).toMatch(/ML-DSA-65\s+valid/);
  });

  it('JSON output for scripts', () => {
    const run = medrisk(
      ['verify', 'report.json', '--key', 'keys/medrisk.pub', '--format', 'json'],
      { cwd: dir },
    );

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      verified: true,
      algorithms: [
        { algorithm: 'Ed25519', status: 'valid' },
        { algorithm: 'ML-DSA-65', status: 'valid' },
      ],
      problems: [],
    });
  });

  it('a tampered file: exit 1, both invalid, says the file changed', () => {
    writeFileSync(at('changed.json'), '{"findings":[1]}\n');

    const run = verify('changed.json');

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Ed25519\s+INVALID/);
    expect(run.stdout).toContain('the file is not the one that was signed');
  });

  it.each(['Ed25519', 'ML-DSA-65'])('a tampered %s signature: exit 1 naming it', (algorithm) => {
    const s = sig();
    s.signatures = s.signatures.map((x) =>
      x.algorithm === algorithm ? { ...x, value: tamper(x.value) } : x,
    );
    writeFileSync(at(`t-${algorithm}.sig`), JSON.stringify(s));

    const run = verify('report.json', `t-${algorithm}.sig`);

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`${algorithm}\\s+INVALID`));
    expect(run.stdout.match(/INVALID/g)).toHaveLength(1);
  });

  it.each(['Ed25519', 'ML-DSA-65'])(
    'a signature stripped of %s: exit 1 (no downgrade)',
    (algorithm) => {
      const s = sig();
      s.signatures = s.signatures.filter((x) => x.algorithm !== algorithm);
      writeFileSync(at(`s-${algorithm}.sig`), JSON.stringify(s));

      const run = verify('report.json', `s-${algorithm}.sig`);

      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(new RegExp(`${algorithm}\\s+MISSING`));
    },
  );

  it('another key: exit 1 naming both key ids', () => {
    const other = tempDir();
    medrisk(['keygen', '--out', '.'], { cwd: other });

    const run = verify('report.json', 'report.json.sig', join(other, 'medrisk.pub'));

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`the signature was made with key ${sig().keyId}`);
  });

  it.each`
    case                            | setup              | args                                                                                      | message
    ${'malformed signature JSON'} | ${() => {
      writeFileSync(at('bad.sig'), '{');
    }} | ${['verify', 'report.json', '--signature', 'bad.sig', '--key', 'keys/medrisk.pub']} | ${'bad.sig is not a valid medrisk signature file'}
    ${'unknown algorithm'} | ${() => {
      writeFileSync(at('rsa.sig'), JSON.stringify({ ...sig(), signatures: [{ algorithm: 'RSA', value: 'AAAA' }] }));
    }} | ${['verify', 'report.json', '--signature', 'rsa.sig', '--key', 'keys/medrisk.pub']} | ${'unknown signature algorithm "RSA"'}
    ${'public key not JSON'} | ${() => {
      writeFileSync(at('bad.pub'), 'ssh-ed25519 AAAA');
    }} | ${['verify', 'report.json', '--key', 'bad.pub']} | ${'bad.pub is not a valid medrisk key file'}
    ${'public key cut short'} | ${() => {
      const pub = JSON.parse(readFileSync(at('keys/medrisk.pub'), 'utf8')) as { keys: { public: string }[] };
      pub.keys[1]!.public = pub.keys[1]!.public.slice(0, 400);
      writeFileSync(at('short.pub'), JSON.stringify(pub));
    }} | ${['verify', 'report.json', '--key', 'short.pub']} | ${'expected 1952 bytes, found 300'}
    ${'secret key given to verify'} | ${() => undefined} | ${['verify', 'report.json', '--key', 'keys/medrisk.key']}                                 | ${'this is a secret key file'}
    ${'public key given to sign'}   | ${() => undefined} | ${['sign', 'report.json', '--key', 'keys/medrisk.pub']}                                   | ${'this is a public key file'}
    ${'missing file'}               | ${() => undefined} | ${['verify', 'nope.json', '--signature', 'report.json.sig', '--key', 'keys/medrisk.pub']} | ${'cannot read nope.json (ENOENT)'}
    ${'missing key'}                | ${() => undefined} | ${['sign', 'report.json', '--key', 'nokey']}                                              | ${'cannot read key file nokey (ENOENT)'}
    ${'no --key'}                   | ${() => undefined} | ${['verify', 'report.json']}                                                              | ${'give the public key with --key'}
    ${'no --out for keygen'}        | ${() => undefined} | ${['keygen']}                                                                             | ${'give the directory for the keys with --out DIR'}
  `('$case: exit 2', ({ setup, args, message }) => {
    (setup as () => void)();

    const run = medrisk(args, { cwd: dir });

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
