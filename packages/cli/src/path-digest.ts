import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { EXIT } from './exit-codes.js';
import { ExitError } from './errors.js';

export interface DigestedFile {
  readonly name: string;
  readonly bytes: number;
  readonly sha256: string;
}

/**
 * SHA-256 of every file under the paths (folders walked in sorted order) and one digest over all
 * of them: the import log records what was imported, and the same files imported twice are
 * recognised and skipped.
 */
export async function digestPaths(
  paths: readonly string[],
): Promise<{ digest: string; files: DigestedFile[] }> {
  const files: DigestedFile[] = [];
  for (const path of paths) {
    for (const file of walk(resolve(path))) {
      const hash = createHash('sha256');
      let bytes = 0;
      for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
        hash.update(chunk);
        bytes += chunk.length;
      }
      files.push({
        name: relative(process.cwd(), file).split('\\').join('/'),
        bytes,
        sha256: hash.digest('hex'),
      });
    }
  }
  const digest = createHash('sha256')
    .update(files.map((f) => `${f.sha256}  ${f.name}\n`).join(''))
    .digest('hex');
  return { digest, files };
}

function walk(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new ExitError(EXIT.badInput, `${path} does not exist`);
  }
  if (stat.isFile()) return [path];
  if (!stat.isDirectory()) return [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => walk(join(path, name)));
}
