import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StoreError, messageOf } from '../errors.js';
import { hashFile, parseGoogHash, type FileHashes } from './hashes.js';

export interface DownloadOptions {
  readonly fetch: typeof fetch;
  readonly signal?: AbortSignal;
  readonly headers?: Readonly<Record<string, string>>;
  readonly onProgress?: (received: number, total: number | undefined) => void;
}

/** A file in the cache, complete and checked. */
export interface Downloaded {
  readonly path: string;
  /** `not-modified`: the server said the cached copy is current (ETag / Last-Modified). */
  readonly status: 'downloaded' | 'resumed' | 'not-modified';
  readonly hashes: FileHashes;
  /** What was checked: the length the server announced, and its MD5 / CRC-32C when it sent them. */
  readonly verified: readonly ('length' | 'md5' | 'crc32c')[];
}

/** What identifies the bytes on the server, so a partial file is only continued on the same ones. */
interface Validators {
  readonly url: string;
  readonly etag?: string;
  readonly lastModified?: string;
}

type Meta = Validators & FileHashes;

/**
 * Downloads `url` to `path` through `path.part`. An interrupted transfer leaves the part file and
 * its validators; the next call asks for the rest (`Range` + `If-Range`) and appends it, or starts
 * over when the server ignores the range or the file changed. A complete file is checked (length,
 * GCS `x-goog-hash`) before it replaces the cached copy, which is asked for conditionally next time.
 */
export async function download(
  url: string,
  path: string,
  options: DownloadOptions,
): Promise<Downloaded> {
  await mkdir(dirname(path), { recursive: true });
  const part = `${path}.part`;
  const partValidators = await readJson<Validators>(`${part}.json`);
  const meta = await readJson<Meta>(`${path}.json`);
  const validator =
    partValidators?.url === url ? (partValidators.etag ?? partValidators.lastModified) : undefined;
  const offset = validator === undefined ? 0 : await sizeOf(part);
  const headers: Record<string, string> = { 'accept-encoding': 'identity', ...options.headers };
  if (offset > 0 && validator !== undefined) {
    headers.range = `bytes=${String(offset)}-`;
    headers['if-range'] = validator;
  } else if (meta?.url === url && (await sizeOf(path)) === meta.bytes) {
    if (meta.etag !== undefined) headers['if-none-match'] = meta.etag;
    else if (meta.lastModified !== undefined) headers['if-modified-since'] = meta.lastModified;
  }
  const response = await request(url, headers, options);
  if (response.status === 304 && meta !== undefined) {
    await response.body?.cancel();
    return { path, status: 'not-modified', hashes: meta, verified: [] };
  }
  const range =
    response.status === 206 ? parseContentRange(response.headers.get('content-range')) : undefined;
  if (response.status === 416 || (response.status === 206 && range?.start !== offset)) {
    // The part file does not fit what the server has: start over, without a range.
    await response.body?.cancel();
    await discard(part);
    return download(url, path, options);
  }
  if (response.status !== 200 && response.status !== 206) {
    await response.body?.cancel();
    throw new StoreError(
      'download-failed',
      `${url}: HTTP ${String(response.status)} ${response.statusText}`,
    );
  }
  const resumed = response.status === 206;
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  await writeFile(`${part}.json`, JSON.stringify({ url, etag, lastModified } satisfies Validators));
  const length = Number.parseInt(response.headers.get('content-length') ?? '', 10);
  const total = resumed ? range?.total : Number.isNaN(length) ? undefined : length;
  await receive(response, part, resumed ? offset : 0, total, options);
  const hashes = await hashFile(part);
  const verified = await verify(url, part, hashes, total, response.headers.get('x-goog-hash'));
  await rename(part, path);
  await writeFile(
    `${path}.json`,
    JSON.stringify({ url, etag, lastModified, ...hashes } satisfies Meta),
  );
  await rm(`${part}.json`, { force: true });
  return { path, status: resumed ? 'resumed' : 'downloaded', hashes, verified };
}

async function request(
  url: string,
  headers: Record<string, string>,
  options: DownloadOptions,
): Promise<Response> {
  try {
    return await options.fetch(url, {
      headers,
      redirect: 'follow',
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    throw new StoreError('download-failed', `${url}: ${messageOf(error)}`, { cause: error });
  }
}

/** Streams the body into the part file, appending from `offset` (or truncating when it is 0). */
async function receive(
  response: Response,
  part: string,
  offset: number,
  total: number | undefined,
  options: DownloadOptions,
): Promise<void> {
  const file = await open(part, offset > 0 ? 'a' : 'w');
  let received = offset;
  try {
    if (response.body !== null) {
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        await file.write(chunk);
        received += chunk.byteLength;
        options.onProgress?.(received, total);
      }
    }
  } catch (error) {
    throw new StoreError(
      'download-failed',
      `${response.url}: transfer interrupted after ${String(received)} bytes (${messageOf(error)}); the part received is kept and the next update resumes it`,
      { cause: error },
    );
  } finally {
    await file.close();
  }
}

async function verify(
  url: string,
  part: string,
  hashes: FileHashes,
  total: number | undefined,
  googHash: string | null,
): Promise<('length' | 'md5' | 'crc32c')[]> {
  const verified: ('length' | 'md5' | 'crc32c')[] = [];
  const fail = async (what: string): Promise<never> => {
    await discard(part); // a corrupt part must not be resumed
    throw new StoreError(
      'integrity',
      `${url}: ${what}; the download was discarded and nothing was imported`,
    );
  };
  if (total !== undefined) {
    if (hashes.bytes !== total)
      await fail(`received ${String(hashes.bytes)} bytes, the server announced ${String(total)}`);
    verified.push('length');
  }
  const expected = parseGoogHash(googHash);
  if (expected.md5 !== undefined) {
    if (expected.md5 !== hashes.md5)
      await fail(`MD5 ${hashes.md5} differs from the server's ${expected.md5}`);
    verified.push('md5');
  }
  if (expected.crc32c !== undefined) {
    if (expected.crc32c !== hashes.crc32c)
      await fail(`CRC-32C ${hashes.crc32c} differs from the server's ${expected.crc32c}`);
    verified.push('crc32c');
  }
  return verified;
}

/** `bytes 100-199/1000` → start 100, total 1000 (total undefined for `*`). */
export function parseContentRange(
  header: string | null,
): { start: number; total: number | undefined } | undefined {
  const match = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(header?.trim() ?? '');
  if (match === null) return undefined;
  return { start: Number(match[1]), total: match[2] === '*' ? undefined : Number(match[2]) };
}

async function discard(part: string): Promise<void> {
  await rm(part, { force: true });
  await rm(`${part}.json`, { force: true });
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}
