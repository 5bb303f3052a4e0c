import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { medrisk, tempDir } from './run-cli.js';

let dir = '';
const MODEL = Buffer.from('ONNX weights stand-in: a small file with known digests\n');
const hex = (alg: string) => createHash(alg).update(MODEL).digest('hex');

/** A CycloneDX 1.6 ML-BOM listing the given models. */
function mlbom(
  name: string,
  models: readonly { ref: string; hashes: readonly { alg: string; content: string }[] }[],
): string {
  writeFileSync(
    join(dir, name),
    JSON.stringify({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      components: models.map((m) => ({
        type: 'machine-learning-model',
        'bom-ref': m.ref,
        name: m.ref,
        hashes: m.hashes,
      })),
    }),
  );
  return name;
}

const verifyModel = (...args: string[]) =>
  medrisk(['verify-model', 'model.onnx', ...args], { cwd: dir });

describe('medrisk verify-model', () => {
  beforeAll(() => {
    dir = tempDir();
    writeFileSync(join(dir, 'model.onnx'), MODEL);
  });

  it('exit 0 when every strong hash matches; weak ones are named and not checked', () => {
    const bom = mlbom('ok.cdx.json', [
      {
        ref: 'ich',
        hashes: [
          { alg: 'SHA-256', content: hex('sha256') },
          { alg: 'SHA-384', content: hex('sha384').toUpperCase() },
          { alg: 'SHA-512', content: hex('sha512') },
          { alg: 'MD5', content: hex('md5') },
        ],
      },
    ]);

    const run = verifyModel('--mlbom', bom);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/SHA-256\s+match/);
    expect(run.stdout).toMatch(/SHA-384\s+match/);
    expect(run.stdout).toContain('MD5      not checked: broken');
    expect(run.stdout).toContain('verified: model.onnx');
  });

  it('exit 1 on a mismatch, with expected and actual', () => {
    const bom = mlbom('bad.cdx.json', [
      { ref: 'ich', hashes: [{ alg: 'SHA-256', content: 'ab'.repeat(32) }] },
    ]);

    const run = verifyModel('--mlbom', bom);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`expected (ML-BOM) ${'ab'.repeat(32)}`);
    expect(run.stdout).toContain(`actual (file)     ${hex('sha256')}`);
  });

  it('picks the model with --model-ref among several; JSON for scripts', () => {
    const bom = mlbom('two.cdx.json', [
      { ref: 'ich-2024.1', hashes: [{ alg: 'SHA-256', content: 'ab'.repeat(32) }] },
      { ref: 'ich-2024.2', hashes: [{ alg: 'SHA-256', content: hex('sha256') }] },
    ]);

    const ambiguous = verifyModel('--mlbom', bom);
    const chosen = verifyModel('--mlbom', bom, '--model-ref', 'ich-2024.2', '--format', 'json');

    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('choose one with --model-ref');
    expect(chosen.code).toBe(0);
    expect(JSON.parse(chosen.stdout)).toMatchObject({
      matches: true,
      model: { ref: 'ich-2024.2' },
      comparisons: [{ algorithm: 'SHA-256', match: true }],
    });
  });

  it.each`
    case                     | args                                                                                                                                      | message
    ${'no model component'}  | ${() => ['--mlbom', mlbom('none.cdx.json', [])]}                                                                                          | ${'lists no machine-learning-model component'}
    ${'no hash'}             | ${() => ['--mlbom', mlbom('nohash.cdx.json', [{ ref: 'm', hashes: [] }])]}                                                                | ${'lists no hash that can be checked'}
    ${'only SHA-1'}          | ${() => ['--mlbom', mlbom('sha1.cdx.json', [{ ref: 'm', hashes: [{ alg: 'SHA-1', content: hex('sha1') }] }])]}                            | ${'SHA-1: broken'}
    ${'unknown --model-ref'} | ${() => ['--mlbom', mlbom('one.cdx.json', [{ ref: 'ich', hashes: [{ alg: 'SHA-256', content: hex('sha256') }] }]), '--model-ref', 'icj']} | ${'did you mean "ich"?'}
    ${'ML-BOM not JSON'} | ${() => {
      writeFileSync(join(dir, 'x.json'), '{');
      return ['--mlbom', 'x.json'];
    }} | ${'cannot read the ML-BOM x.json'}
    ${'no --mlbom'}          | ${() => []}                                                                                                                               | ${'give the ML-BOM with --mlbom'}
  `('$case: exit 2', ({ args, message }) => {
    const run = verifyModel(...(args as () => string[])());

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unreadable model file: exit 2', () => {
    const bom = mlbom('ok2.cdx.json', [
      { ref: 'ich', hashes: [{ alg: 'SHA-256', content: hex('sha256') }] },
    ]);

    const run = medrisk(['verify-model', 'missing.onnx', '--mlbom', bom], { cwd: dir });

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot read missing.onnx (ENOENT)');
  });
});
