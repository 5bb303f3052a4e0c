import { setTimeout as delay } from 'node:timers/promises';
import { join } from 'node:path';
import type { AdvisoryBatch, Issue } from '@medrisk/core';
import { StoreError, messageOf } from '../errors.js';
import { sha256 } from '../import/rows.js';
import type { ImportedFile, ImportSummary, Store } from '../types.js';
import { download, type Downloaded } from './download.js';
import { feedFolder, type Feed } from './feeds.js';
import { gunzipFile } from './gunzip.js';
import { hashFile } from './hashes.js';
import { downloadNvd } from './nvd.js';

/** Turns downloaded feed files into advisory batches (by default the core's `readAdvisories`). */
export type FeedReader = (
  paths: readonly string[],
  feed: Feed,
) => Promise<{ readonly batches: readonly AdvisoryBatch[]; readonly issues: readonly Issue[] }>;

export interface UpdateProgress {
  readonly feed: string;
  readonly phase: 'download' | 'read' | 'import';
  readonly done: number;
  readonly total: number | undefined;
}

export interface UpdateOptions {
  readonly feeds: readonly Feed[];
  /** Where downloads are kept between runs (resume, conditional requests). */
  readonly cacheDir: string;
  readonly fetch?: typeof fetch;
  readonly read?: FeedReader;
  readonly onProgress?: (progress: UpdateProgress) => void;
  readonly signal?: AbortSignal;
  /** Further attempts after an interrupted transfer, each resuming it; default 3. */
  readonly retries?: number;
  /** For tests: NVD's pauses between pages. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** What happened to one feed. A failed feed never stops the others. */
export interface FeedUpdate {
  readonly feed: string;
  /** `unchanged`: the files are those of the last import of this feed, so nothing was read. */
  readonly status: 'imported' | 'unchanged' | 'failed';
  readonly files: readonly (ImportedFile & {
    readonly verified: readonly string[];
    readonly transfer: string;
  })[];
  readonly import?: ImportSummary;
  /** Problems in the feed's records (the rest was imported). */
  readonly issues: readonly Issue[];
  readonly error?: string;
}

/**
 * Downloads each feed into `cacheDir/<feed id>/` (resuming interrupted transfers, checking what the
 * server lets us check), converts it and imports it in one transaction. A feed whose files are
 * byte-identical to its last import is not read again.
 */
export async function updateFromFeeds(store: Store, options: UpdateOptions): Promise<FeedUpdate[]> {
  const results: FeedUpdate[] = [];
  for (const feed of options.feeds) {
    try {
      results.push(await updateFeed(store, feed, options));
    } catch (error) {
      if (options.signal?.aborted === true) throw error;
      results.push({
        feed: feed.id,
        status: 'failed',
        files: [],
        issues: [],
        error: messageOf(error),
      });
    }
  }
  return results;
}

async function updateFeed(store: Store, feed: Feed, options: UpdateOptions): Promise<FeedUpdate> {
  const folder = join(options.cacheDir, feedFolder(feed));
  const progress = (
    phase: UpdateProgress['phase'],
    done: number,
    total: number | undefined,
  ): void => options.onProgress?.({ feed: feed.id, phase, done, total });
  const fetcher = options.fetch ?? globalThis.fetch;
  let downloaded: { path: string; name: string; file: Downloaded | undefined }[];
  if (feed.kind === 'nvd') {
    const pages = await downloadNvd(feed, folder, {
      fetch: fetcher,
      sleep: options.sleep ?? ((ms) => delay(ms)),
      retries: options.retries ?? 3,
      onPage: (done, total) => {
        progress('download', done, total);
      },
      ...(options.signal ? { signal: options.signal } : {}),
    });
    downloaded = pages.map((path) => ({
      path,
      name: path.slice(options.cacheDir.length + 1),
      file: undefined,
    }));
  } else {
    const path = join(folder, feed.fileName);
    const file = await downloadWithRetries(feed.url, path, fetcher, options, (done, total) => {
      progress('download', done, total);
    });
    downloaded = [{ path, name: `${feedFolder(feed)}/${feed.fileName}`, file }];
  }
  const files = await Promise.all(
    downloaded.map(async ({ path, name, file }) => {
      const hashes = file?.hashes ?? (await hashFile(path));
      return {
        name,
        bytes: hashes.bytes,
        sha256: hashes.sha256,
        verified: file?.verified ?? [],
        transfer: file?.status ?? 'downloaded',
      };
    }),
  );
  const digest =
    files.length === 1
      ? (files[0]?.sha256 ?? '')
      : sha256(files.map((f) => `${f.sha256}  ${f.name}\n`).join(''));
  if ((await store.lastImport(feed.id))?.digest === digest)
    return { feed: feed.id, status: 'unchanged', files, issues: [] };

  progress('read', 0, downloaded.length);
  const paths = await readablePaths(
    feed,
    downloaded.map((d) => d.path),
  );
  const read = options.read ?? coreReader(options.cacheDir);
  const { batches, issues } = await read(paths, feed);
  if (batches.length === 0 && issues.some((issue) => issue.severity === 'error')) {
    return {
      feed: feed.id,
      status: 'failed',
      files,
      issues,
      error: `${feed.id}: nothing could be read from the download`,
    };
  }
  const summary = await store.importBatches(batches, {
    source: feed.id,
    digest,
    files: files.map(({ name, bytes, sha256: hash }) => ({ name, bytes, sha256: hash })),
    ...(options.signal ? { signal: options.signal } : {}),
    onProgress: (p) => {
      progress('import', p.done, p.total);
    },
  });
  return { feed: feed.id, status: 'imported', files, import: summary, issues };
}

/** Retries an interrupted transfer; each attempt resumes from what the previous one received. */
async function downloadWithRetries(
  url: string,
  path: string,
  fetcher: typeof fetch,
  options: UpdateOptions,
  onProgress: (done: number, total: number | undefined) => void,
): Promise<Downloaded> {
  const retries = options.retries ?? 3;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await download(url, path, {
        fetch: fetcher,
        onProgress,
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      // Interrupted transfers resume; a failed check starts over (its part file was discarded).
      const retryable =
        error instanceof StoreError &&
        (error.code === 'download-failed' || error.code === 'integrity');
      if (!retryable || attempt >= retries || options.signal?.aborted === true) throw error;
    }
  }
}

/** EPSS comes gzipped: it is inflated beside the download, so readers see a plain `.csv`. */
async function readablePaths(feed: Feed, paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    if (feed.kind === 'epss' && path.endsWith('.gz')) {
      const csv = path.slice(0, -'.gz'.length);
      await gunzipFile(path, csv);
      out.push(csv);
    } else out.push(path);
  }
  return out;
}

/**
 * The core's readers (issues name files relative to the cache), loaded on first use: opening a
 * store should not load every file format.
 */
const coreReader =
  (cacheDir: string): FeedReader =>
  async (paths) => {
    const { readAdvisories } = await import('@medrisk/core/node');
    const result = await readAdvisories(paths, { cwd: cacheDir });
    return { batches: result.batches, issues: result.issues };
  };
