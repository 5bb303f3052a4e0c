import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSbomFile } from './read-sbom.js';

const dir = mkdtempSync(join(tmpdir(), 'medrisk-sbom-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const BOM = JSON.stringify({
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  components: [
    { type: 'library', name: 'zlib', version: '1.2.13', purl: 'pkg:generic/zlib@1.2.13' },
  ],
});

describe('readSbomFile', () => {
  it('reads an SBOM and returns the SHA-256 of its bytes, with paths relative to cwd', () => {
    writeFileSync(join(dir, 'bom.json'), BOM);

    const { result, digest } = readSbomFile('bom.json', { cwd: dir });

    expect(result.ok && result.value.components.map((c) => c.name)).toEqual(['zlib']);
    expect(digest).toEqual({
      file: 'bom.json',
      sha256: createHash('sha256').update(BOM).digest('hex'),
    });
  });

  it('refuses a 200 MB SBOM before reading it, naming the limit and how to raise it', () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, '');
    truncateSync(path, 200 * 1024 * 1024); // sparse: no 200 MB actually written

    const { result, digest } = readSbomFile(path);

    expect(digest).toBeUndefined();
    expect(result.ok).toBe(false);
    expect(result.issues).toMatchObject([{ code: 'file-too-large', severity: 'error' }]);
    expect(result.issues[0]?.message).toMatch(
      /is 200\.0 MB; SBOMs larger than 100\.0 MB are refused before reading/,
    );
    expect(result.issues[0]?.hint).toMatch(/--max-input-size/);
  });

  it('honours a raised or lowered limit', () => {
    writeFileSync(join(dir, 'small.json'), BOM);

    expect(readSbomFile(join(dir, 'small.json'), { maxBytes: 10 }).result.issues[0]?.code).toBe(
      'file-too-large',
    );
    expect(readSbomFile(join(dir, 'small.json'), { maxBytes: 1024 * 1024 }).result.ok).toBe(true);
  });

  it.each`
    name              | message
    ${'missing.json'} | ${/missing.json does not exist/}
    ${'.'}            | ${/is not a file/}
  `('reports $name as an issue, never a throw', ({ name, message }) => {
    const { result } = readSbomFile(name as string, { cwd: dir });

    expect(result.ok).toBe(false);
    expect(result.issues[0]?.message).toMatch(message as RegExp);
  });

  it('decodes UTF-16 with a byte order mark', () => {
    const path = join(dir, 'utf16.json');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BOM, 'utf16le')]));

    expect(readSbomFile(path).result.ok).toBe(true);
  });

  it('reads invalid UTF-8 with replacement characters and says so', () => {
    const path = join(dir, 'latin1.json');
    writeFileSync(path, Buffer.from(BOM.replace('zlib', 'zl\u00ffb'), 'latin1'));

    const { result } = readSbomFile(path);

    expect(result.ok).toBe(true);
    expect(result.issues[0]).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(/not valid UTF-8/),
    });
  });
});
