import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { StoreError, messageOf } from '../errors.js';

/** The EPSS CSV is about 15 MB inflated; anything past this is not an EPSS file (or is a bomb). */
const MAX_INFLATED_BYTES = 1024 * 1024 * 1024;

/** Inflates `source` (gzip) to `target`, streaming, refusing output beyond `maxBytes`. */
export async function gunzipFile(
  source: string,
  target: string,
  maxBytes = MAX_INFLATED_BYTES,
): Promise<void> {
  let inflated = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      inflated += chunk.length;
      if (inflated > maxBytes)
        callback(new Error(`inflates to more than ${String(maxBytes)} bytes`));
      else callback(null, chunk);
    },
  });
  const temporary = `${target}.part`;
  try {
    await pipeline(createReadStream(source), createGunzip(), limit, createWriteStream(temporary));
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new StoreError(
      'download-failed',
      `${source} cannot be decompressed: ${messageOf(error)}`,
      { cause: error },
    );
  }
}
