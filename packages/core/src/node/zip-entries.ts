import { readZipSync } from './zip-reader.js';

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
 * Reads the entries of a zip archive into memory, never writing to disk (see zip-reader.ts for the
 * checks). Rejects with ArchiveRefused; the caller uses an archive whole or not at all.
 */
export async function readZipEntries(
  path: string,
  limits: ArchiveLimits,
  wanted: (name: string) => boolean,
  onEntry: (name: string, data: Buffer, index: number, total: number) => void,
): Promise<void> {
  await Promise.resolve();
  try {
    readZipSync(path, limits, wanted, onEntry);
  } catch (error) {
    if (error instanceof ArchiveRefused) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') throw error;
    throw new ArchiveRefused(`not a readable zip archive (${String(code ?? error)})`, 'corrupt');
  }
}
