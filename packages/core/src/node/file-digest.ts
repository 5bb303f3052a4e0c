import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/**
 * Streams a file once through several hashes (Node names: `sha256`, `sha512`, `sha3-256` …), so a
 * multi-gigabyte model or report is never held in memory. Rejects with the file system error
 * (ENOENT, EISDIR, EACCES) for the shell to report.
 */
export async function digestFile(
  path: string,
  algorithms: readonly string[],
): Promise<{ readonly bytes: number; readonly digests: Readonly<Record<string, string>> }> {
  const hashes: [string, Hash][] = [...new Set(algorithms)].map((a) => [a, createHash(a)]);
  let bytes = 0;
  for await (const chunk of createReadStream(path, {
    highWaterMark: 1 << 20,
  }) as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    for (const [, hash] of hashes) hash.update(chunk);
  }
  return { bytes, digests: Object.fromEntries(hashes.map(([a, hash]) => [a, hash.digest('hex')])) };
}
