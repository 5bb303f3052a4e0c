import yauzl from 'yauzl';

/** Limits that keep a hostile archive from exhausting memory or time. */
export interface ArchiveLimits {
  /** Entries in the central directory (osv.dev's all.zip has about half a million). */
  readonly maxEntries: number;
  /** Uncompressed bytes of one entry. */
  readonly maxEntryBytes: number;
  /** Uncompressed bytes of all entries read. */
  readonly maxTotalBytes: number;
  /** Uncompressed/compressed ratio above which an entry larger than `ratioFloorBytes` is a bomb. */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 2_000_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 8 * 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

/** Why an archive was refused; nothing from it is used. */
export class ArchiveRefused extends Error {
  override readonly name = 'ArchiveRefused';

  constructor(
    message: string,
    readonly kind: 'too-large' | 'unsafe-name' | 'corrupt',
  ) {
    super(message);
  }
}

/**
 * Reads the entries of a zip archive into memory, one at a time, never writing to disk. Names with
 * `..` segments, absolute paths, drive letters or backslashes are refused (yauzl checks these
 * too; the check is repeated so the rule does not depend on a library option). Declared sizes are
 * checked before an entry is inflated and yauzl verifies the inflated size against the declared
 * one, so a lying header cannot get past the limits. Rejects with ArchiveRefused.
 */
export async function readZipEntries(
  path: string,
  limits: ArchiveLimits,
  wanted: (name: string) => boolean,
  onEntry: (name: string, data: Buffer, index: number, total: number) => void,
): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    yauzl.open(
      path,
      {
        lazyEntries: true,
        autoClose: true,
        decodeStrings: true,
        validateEntrySizes: true,
        strictFileNames: true,
      },
      (error, file) => {
        if (error !== null)
          reject(new ArchiveRefused(`not a readable zip archive (${error.message})`, 'corrupt'));
        else resolve(file);
      },
    );
  });
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new ArchiveRefused(
      `the archive has ${String(zip.entryCount)} entries; more than ${String(limits.maxEntries)} are refused`,
      'too-large',
    );
  }
  let total = 0;
  let index = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error): void => {
      zip.close();
      reject(
        error instanceof ArchiveRefused
          ? error
          : new ArchiveRefused(
              describe(error),
              /fileName|path/i.test(error.message) ? 'unsafe-name' : 'corrupt',
            ),
      );
    };
    zip.on('error', fail);
    zip.on('end', () => {
      resolve();
    });
    zip.on('entry', (entry: yauzl.Entry) => {
      index += 1;
      const name = entry.fileName;
      const problem = unsafeName(name) ?? sizeProblem(entry, limits, total);
      if (problem !== undefined) {
        fail(problem);
        return;
      }
      if (name.endsWith('/') || !wanted(name)) {
        zip.readEntry();
        return;
      }
      total += entry.uncompressedSize;
      zip.openReadStream(entry, (error, stream) => {
        if (error !== null) {
          fail(error);
          return;
        }
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', fail);
        stream.on('end', () => {
          onEntry(name, Buffer.concat(chunks), index, zip.entryCount);
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
}

function unsafeName(name: string): ArchiveRefused | undefined {
  const unsafe =
    name.includes('\\') ||
    name.includes('\u0000') ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').includes('..');
  return unsafe
    ? new ArchiveRefused(
        `entry "${name}" has an unsafe path (absolute, drive letter or "..")`,
        'unsafe-name',
      )
    : undefined;
}

function sizeProblem(
  entry: yauzl.Entry,
  limits: ArchiveLimits,
  total: number,
): ArchiveRefused | undefined {
  const size = entry.uncompressedSize;
  if (size > limits.maxEntryBytes) {
    return new ArchiveRefused(
      `entry "${entry.fileName}" inflates to ${String(size)} bytes; more than ${String(limits.maxEntryBytes)} per entry are refused`,
      'too-large',
    );
  }
  if (total + size > limits.maxTotalBytes) {
    return new ArchiveRefused(
      `the archive inflates to more than ${String(limits.maxTotalBytes)} bytes; refused`,
      'too-large',
    );
  }
  const ratio =
    entry.compressedSize === 0 ? (size === 0 ? 0 : Infinity) : size / entry.compressedSize;
  if (size > limits.ratioFloorBytes && ratio > limits.maxRatio) {
    return new ArchiveRefused(
      `entry "${entry.fileName}" compresses ${ratio.toFixed(0)}:1, a zip bomb; refused`,
      'too-large',
    );
  }
  return undefined;
}

function describe(error: Error): string {
  if (/invalid relative path|absolute path|invalid characters/i.test(error.message)) {
    return `an entry has an unsafe path (${error.message})`;
  }
  if (/too many bytes|too few bytes/i.test(error.message)) {
    return `an entry's declared size is false (${error.message}); the archive is refused`;
  }
  return `the archive is damaged (${error.message})`;
}
