import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import CRC32C from 'crc-32/crc32c.js';

/** Digests of a downloaded file: SHA-256 for the import log, MD5 and CRC-32C to check GCS hashes. */
export interface FileHashes {
  readonly bytes: number;
  readonly sha256: string;
  /** Base64, as Google Cloud Storage's `x-goog-hash` header writes them. */
  readonly md5: string;
  readonly crc32c: string;
}

/** Reads the file once and computes every digest. */
export async function hashFile(path: string): Promise<FileHashes> {
  const sha256 = createHash('sha256');
  const md5 = createHash('md5');
  let crc = 0;
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    const data = chunk as Buffer;
    sha256.update(data);
    md5.update(data);
    crc = CRC32C.buf(data, crc);
    bytes += data.length;
  }
  const crcBytes = Buffer.alloc(4);
  crcBytes.writeUInt32BE(crc >>> 0);
  return {
    bytes,
    sha256: sha256.digest('hex'),
    md5: md5.digest('base64'),
    crc32c: crcBytes.toString('base64'),
  };
}

/**
 * `x-goog-hash: crc32c=n03x6A==,md5=Ojk9c3dhfxgoKVVHYwFbHQ==` (or the same as two headers, which
 * fetch joins with ", "). Composite objects carry only crc32c.
 */
export function parseGoogHash(header: string | null): { md5?: string; crc32c?: string } {
  const out: { md5?: string; crc32c?: string } = {};
  for (const part of (header ?? '').split(',')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim().toLowerCase();
    const value = part.slice(at + 1).trim();
    if (name === 'md5') out.md5 = value;
    if (name === 'crc32c') out.crc32c = value;
  }
  return out;
}
