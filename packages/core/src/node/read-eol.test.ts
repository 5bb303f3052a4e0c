import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEolFiles } from './read-eol.js';

/** A folder mixing endoflife.date files with an advisory and a README, all written here. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'medrisk-eol-'));
  mkdirSync(join(dir, 'products'));
  mkdirSync(join(dir, 'releases'));
  writeFileSync(
    join(dir, 'products', 'qnx.md'),
    '---\ntitle: QNX\ncategory: os\nreleases:\n  - releaseCycle: "7.1"\n    eol: 2030-01-31\n  - releaseCycle: "7.0"\n    eol: 2026-06-30\n---\n\nA test product.\n',
  );
  writeFileSync(
    join(dir, 'releases', 'qnx.json'),
    JSON.stringify({ releases: { '6.6': { name: '6.6', eol: '2022-01-01' } }, versions: {} }),
  );
  writeFileSync(
    join(dir, 'GHSA-test.json'),
    JSON.stringify({ id: 'GHSA-test', modified: '2024-01-01T00:00:00Z' }),
  );
  writeFileSync(join(dir, 'README.md'), '# Notes\n\nnot data\n');
  return dir;
}

describe('readEolFiles', () => {
  it('reads the endoflife.date files of a folder by shape and leaves advisories and notes alone', () => {
    const dir = folder();
    const read = readEolFiles([dir], { cwd: dir });
    expect(read.files.map((f) => [f.file, f.format, f.product, f.releases, f.ok])).toEqual([
      ['products/qnx.md', 'endoflife-product', 'qnx', 2, true],
      ['releases/qnx.json', 'endoflife-release-data', 'qnx', 1, true],
    ]);
    expect(read.products.map((p) => p.product)).toEqual(['qnx', 'qnx']);
    expect([...read.eolPaths].sort()).toEqual([
      join(dir, 'products', 'qnx.md'),
      join(dir, 'releases', 'qnx.json'),
    ]);
    expect(read.notEol).toEqual([]);
    expect(read.issues).toEqual([]);
  });

  it('names an explicitly given file that is not EOL data', () => {
    const dir = folder();
    const read = readEolFiles(['GHSA-test.json', 'README.md'], { cwd: dir });
    expect(read.notEol).toEqual(['GHSA-test.json', 'README.md']);
    expect(read.products).toEqual([]);
  });

  it('reports a broken file with its location and still reads the others', () => {
    const dir = folder();
    writeFileSync(
      join(dir, 'releases', 'broken.json'),
      '{ "releases": { "1": { "eol": "2020-01-01" },\n  }\n',
    );
    const read = readEolFiles([dir], { cwd: dir });
    const broken = read.files.find((f) => f.file === 'releases/broken.json');
    expect(broken?.ok).toBe(false);
    expect(broken?.issues[0]).toMatchObject({
      severity: 'error',
      location: { file: 'releases/broken.json', line: 2 },
    });
    expect(read.products).toHaveLength(2);
  });

  it('refuses a file over the size limit without reading it', () => {
    const dir = folder();
    const read = readEolFiles([join(dir, 'products')], { cwd: dir, maxFileBytes: 10 });
    expect(read.files).toEqual([expect.objectContaining({ file: 'products/qnx.md', ok: false })]);
    expect(read.issues[0]).toMatchObject({ code: 'file-too-large', severity: 'error' });
  });

  it('reports a path that does not exist', () => {
    const read = readEolFiles(['nowhere'], { cwd: mkdtempSync(join(tmpdir(), 'medrisk-eol-')) });
    expect(read.files).toEqual([expect.objectContaining({ file: 'nowhere', ok: false })]);
    expect(read.issues[0]?.severity).toBe('error');
  });
});
