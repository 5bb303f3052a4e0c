import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readAdvisories, type AdvisoryLoadProgress } from './read-advisories.js';

const cwd = fileURLToPath(new URL('./__fixtures__/advisories/', import.meta.url));
const read = (paths: string[], options = {}) => readAdvisories(paths, { cwd, ...options });
const ids = (result: Awaited<ReturnType<typeof read>>) =>
  result.batches.flatMap((b) => b.advisories.map((a) => a.id));

describe('readAdvisories', () => {
  it('walks a directory in sorted order; a bad file is reported and the others are read', async () => {
    const result = await read(['tree']);

    expect(result.files.map((f) => [f.file, f.source, f.ok])).toEqual([
      ['tree/a-osv.json', 'osv', true],
      ['tree/c-truncated.json', 'osv', false],
      ['tree/d-other.json', undefined, false],
      ['tree/sub/b-pypa.yaml', 'osv', true],
    ]);
    expect(ids(result)).toEqual(['GHSA-test-0002-wxyz', 'PYSEC-2024-77']);
    expect(result.batches[0]?.advisories[0]?.source.file).toBe('tree/a-osv.json');
    expect(result.issues.map((i) => [i.severity, i.location?.file])).toEqual([
      ['error', 'tree/c-truncated.json'],
      ['warning', 'tree/d-other.json'],
    ]);
  });

  it('a file the user names that is not an advisory is an error; a missing path too', async () => {
    const result = await read(['tree/d-other.json', 'missing.json']);

    expect(result.issues.map((i) => [i.severity, i.code, i.message])).toEqual([
      ['error', 'invalid-format', 'not an advisory file this tool reads'],
      ['error', 'include-not-found', 'missing.json does not exist'],
    ]);
  });

  it('reads an osv.dev-style zip in memory: every entry, each named archive!entry', async () => {
    const progress: AdvisoryLoadProgress[] = [];
    const result = await read(['npm.zip'], {
      onProgress: (p: AdvisoryLoadProgress) => progress.push(p),
    });

    expect(result.files.map((f) => [f.file, f.ok])).toEqual([
      ['npm.zip!OSV-ZIP-2.json', true],
      ['npm.zip!nested/OSV-ZIP-1.json', true],
      ['npm.zip!broken.json', false],
    ]);
    expect(ids(result)).toEqual(['OSV-ZIP-2', 'OSV-ZIP-1']);
    expect(result.issues[0]?.location?.file).toBe('npm.zip!broken.json');
    expect(progress.at(-1)).toEqual({ file: 'npm.zip', done: 1, total: 1 });
  });

  it.each([
    ['traversal.zip', 'invalid-format', 'unsafe path'],
    ['absolute.zip', 'invalid-format', 'unsafe path'],
    ['drive.zip', 'invalid-format', 'unsafe path'],
    ['bomb.zip', 'file-too-large', 'zip bomb'],
    ['lying-size.zip', 'invalid-format', 'declared size is false'],
    ['not-a-zip.zip', 'invalid-format', 'not a readable zip archive'],
  ])('refuses %s whole: nothing from it is used', async (name, code, message) => {
    const result = await read([name]);

    expect(result.batches).toEqual([]);
    expect(result.files).toHaveLength(1);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code, severity: 'error', location: { file: name } });
    expect(result.issues[0]?.message).toContain(message);
  });

  it.each([
    ['maxEntries', { maxEntries: 3 }, 'entries'],
    ['maxEntryBytes', { maxEntryBytes: 100 }, 'per entry'],
    ['maxTotalBytes', { maxTotalBytes: 300 }, 'inflates to more than'],
  ])('applies the archive limit %s', async (_name, archiveLimits, message) => {
    const result = await read(['npm.zip'], { archiveLimits });

    expect(result.batches).toEqual([]);
    expect(result.issues[0]).toMatchObject({ code: 'file-too-large' });
    expect(result.issues[0]?.message).toContain(message);
  });

  it('reads gzip files and refuses ones that inflate past the limit', async () => {
    const result = await read(['scores.csv.gz', 'gzip-bomb.csv.gz'], { maxFileBytes: 1024 * 1024 });

    expect(result.batches.flatMap((b) => b.epss.map((s) => s.cveId))).toEqual(['CVE-2024-1001']);
    expect(result.issues).toMatchObject([
      { code: 'file-too-large', location: { file: 'gzip-bomb.csv.gz' } },
    ]);
  });

  it('refuses a plain file larger than maxFileBytes before reading it', async () => {
    const result = await read(['tree/a-osv.json'], { maxFileBytes: 10 });

    expect(result.issues[0]).toMatchObject({ code: 'file-too-large' });
  });
});
