import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../../test/feed-server.js';
import { download, parseContentRange } from './download.js';
import { hashFile, parseGoogHash } from './hashes.js';

/** 64 KiB of varied bytes: large enough for several chunks, small enough to be instant. */
const body = Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 31 + (i >> 8)) % 256));

let server: FeedServer;
let dir: string;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'medrisk-download-'));
  server.requests.length = 0;
});

const get = (path: string, target = join(dir, 'feed', 'all.zip')) =>
  download(`${server.url}${path}`, target, { fetch: globalThis.fetch });

describe('download', () => {
  it('downloads, checks length, MD5 and CRC-32C, then asks conditionally next time', async () => {
    server.serve('/a/all.zip', { body, etag: '"v1"', googHash: 'computed' });
    const first = await get('/a/all.zip');
    expect(first).toMatchObject({ status: 'downloaded', verified: ['length', 'md5', 'crc32c'] });
    expect(readFileSync(first.path).equals(body)).toBe(true);
    expect(first.hashes.sha256).toMatch(/^[0-9a-f]{64}$/);
    const second = await get('/a/all.zip');
    expect(second).toMatchObject({ status: 'not-modified', hashes: first.hashes });
    expect(server.requests.map((r) => [r.ifNoneMatch, r.status])).toEqual([
      [undefined, 200],
      ['"v1"', 304],
    ]);
  });

  it('resumes an interrupted transfer with Range and If-Range', async () => {
    server.serve('/b/all.zip', { body, etag: '"v1"', googHash: 'computed' });
    server.cutNext('/b/all.zip', 10_000);
    await expect(get('/b/all.zip')).rejects.toMatchObject({
      code: 'download-failed',
      message: expect.stringMatching(/interrupted after \d+ bytes/),
    });
    const part = join(dir, 'feed', 'all.zip.part');
    const kept = statSync(part).size;
    expect(kept).toBeGreaterThan(0);
    const resumed = await get('/b/all.zip');
    expect(resumed).toMatchObject({ status: 'resumed', verified: ['length', 'md5', 'crc32c'] });
    expect(readFileSync(resumed.path).equals(body)).toBe(true);
    expect(server.requests[1]).toMatchObject({
      range: `bytes=${String(kept)}-`,
      ifRange: '"v1"',
      status: 206,
    });
    expect(existsSync(part)).toBe(false);
  });

  it.each([
    ['the server ignores ranges', { ignoreRange: true }, '"v1"'],
    ['the file changed meanwhile', {}, '"v2"'],
  ])('starts over when %s', async (_name, extra, etagAfter) => {
    server.serve('/c/all.zip', { body, etag: '"v1"', googHash: 'computed' });
    server.cutNext('/c/all.zip', 5_000);
    await expect(get('/c/all.zip')).rejects.toMatchObject({ code: 'download-failed' });
    const changed = etagAfter === '"v1"' ? body : Buffer.concat([body, Buffer.from('more')]);
    server.serve('/c/all.zip', { body: changed, etag: etagAfter, googHash: 'computed', ...extra });
    const again = await get('/c/all.zip');
    expect(again.status).toBe('downloaded');
    expect(readFileSync(again.path).equals(changed)).toBe(true);
  });

  it('starts over when the part is already as long as the file (416)', async () => {
    server.serve('/d/all.zip', { body, etag: '"v1"' });
    const target = join(dir, 'all.zip');
    writeFileSync(`${target}.part`, Buffer.concat([body, Buffer.from('junk')]));
    writeFileSync(
      `${target}.part.json`,
      JSON.stringify({ url: `${server.url}/d/all.zip`, etag: '"v1"' }),
    );
    const again = await get('/d/all.zip', target);
    expect(again.status).toBe('downloaded');
    expect(readFileSync(again.path).equals(body)).toBe(true);
    expect(server.requests.map((r) => r.status)).toEqual([416, 200]);
  });

  it('discards a download whose hash differs from the server’s and keeps the previous file', async () => {
    server.serve('/e/all.zip', { body, etag: '"v1"', googHash: 'computed' });
    const good = await get('/e/all.zip');
    // The server announces the hash of the good bytes but sends others.
    const goodMd5 = createHash('md5').update(body).digest('base64');
    server.serve('/e/all.zip', {
      body: Buffer.from('tampered'),
      etag: '"v2"',
      googHash: `md5=${goodMd5}`,
    });
    await expect(get('/e/all.zip')).rejects.toMatchObject({
      code: 'integrity',
      message: expect.stringMatching(/MD5 .* differs/),
    });
    expect(readFileSync(good.path).equals(body)).toBe(true);
    expect(existsSync(`${good.path}.part`)).toBe(false);
  });

  it('reports HTTP errors and unreachable servers', async () => {
    await expect(get('/missing')).rejects.toMatchObject({
      code: 'download-failed',
      message: expect.stringMatching(/HTTP 404/),
    });
    const refused = download('http://127.0.0.1:1/x', join(dir, 'x'), { fetch: globalThis.fetch });
    await expect(refused).rejects.toMatchObject({ code: 'download-failed' });
  });
});

describe('hashes and headers', () => {
  it('computes CRC-32C as GCS writes it (check value of "123456789")', async () => {
    const path = join(dir, 'check');
    writeFileSync(path, '123456789');
    const hashes = await hashFile(path);
    expect(Buffer.from(hashes.crc32c, 'base64').toString('hex')).toBe('e3069283');
    expect(hashes.md5).toBe('JfnnlDI7RTiF9RgfG2JNCw==');
    expect(hashes.bytes).toBe(9);
  });

  it.each([
    [
      'crc32c=n03x6A==,md5=Ojk9c3dhfxgoKVVHYwFbHQ==',
      { crc32c: 'n03x6A==', md5: 'Ojk9c3dhfxgoKVVHYwFbHQ==' },
    ],
    [
      'crc32c=n03x6A==, md5=Ojk9c3dhfxgoKVVHYwFbHQ==',
      { crc32c: 'n03x6A==', md5: 'Ojk9c3dhfxgoKVVHYwFbHQ==' },
    ],
    ['crc32c=n03x6A==', { crc32c: 'n03x6A==' }],
    [null, {}],
    ['garbage', {}],
  ])('parses x-goog-hash %s', (header, expected) => {
    expect(parseGoogHash(header)).toEqual(expected);
  });

  it.each([
    ['bytes 100-199/1000', { start: 100, total: 1000 }],
    ['bytes 0-0/*', { start: 0, total: undefined }],
    ['bytes */1000', undefined],
    [null, undefined],
  ])('parses Content-Range %s', (header, expected) => {
    expect(parseContentRange(header)).toEqual(expected);
  });
});
