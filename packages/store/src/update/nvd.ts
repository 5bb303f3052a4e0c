import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError, messageOf } from '../errors.js';
import type { NvdFeed } from './feeds.js';

export interface NvdDownloadOptions {
  readonly fetch: typeof fetch;
  readonly sleep: (ms: number) => Promise<void>;
  readonly signal?: AbortSignal;
  readonly retries: number;
  readonly onPage?: (received: number, total: number) => void;
}

/**
 * Pages through the NVD CVE API into `folder/page-000000.json` …, pausing between requests as
 * NVD asks (5 requests per 30 s without an API key, 50 with one) and retrying throttled requests.
 * Pages are written beside the folder and swapped in at the end: a failed run leaves the last
 * complete set.
 */
export async function downloadNvd(
  feed: NvdFeed,
  folder: string,
  options: NvdDownloadOptions,
): Promise<string[]> {
  const pageSize = Math.min(feed.pageSize ?? 2_000, 2_000);
  const pause = feed.apiKey === undefined ? 6_500 : 700;
  const building = `${folder}.partial`;
  await rm(building, { recursive: true, force: true });
  await mkdir(building, { recursive: true });
  const names: string[] = [];
  let start = 0;
  let total = 1;
  while (start < total) {
    if (names.length > 0) await options.sleep(pause);
    const url = new URL(feed.url);
    url.searchParams.set('startIndex', String(start));
    url.searchParams.set('resultsPerPage', String(pageSize));
    if (feed.lastModStartDate !== undefined)
      url.searchParams.set('lastModStartDate', feed.lastModStartDate);
    if (feed.lastModEndDate !== undefined)
      url.searchParams.set('lastModEndDate', feed.lastModEndDate);
    const text = await fetchPage(url.toString(), feed.apiKey, pause, options);
    const page = parsePage(url.toString(), text);
    const name = `page-${String(names.length).padStart(6, '0')}.json`;
    await writeFile(join(building, name), text);
    names.push(name);
    total = page.totalResults;
    // A page of 0 results before the end would loop forever on the same index.
    start += page.resultsPerPage > 0 ? page.resultsPerPage : pageSize;
    options.onPage?.(Math.min(start, total), total);
  }
  await rm(folder, { recursive: true, force: true });
  await rename(building, folder);
  return names.map((name) => join(folder, name));
}

async function fetchPage(
  url: string,
  apiKey: string | undefined,
  pause: number,
  options: NvdDownloadOptions,
): Promise<string> {
  let lastProblem = '';
  for (let attempt = 0; attempt <= options.retries; attempt += 1) {
    if (attempt > 0) await options.sleep(pause * 2 ** attempt);
    try {
      const response = await options.fetch(url, {
        headers: apiKey === undefined ? {} : { apiKey },
        ...(options.signal ? { signal: options.signal } : {}),
      });
      if (response.ok) return await response.text();
      lastProblem = `HTTP ${String(response.status)} ${response.statusText}`;
      await response.body?.cancel();
      // 403 and 429 are NVD's throttling answers, 5xx its overload: worth another try; others are not.
      if (![403, 429, 500, 502, 503, 504].includes(response.status)) break;
    } catch (error) {
      if (options.signal?.aborted === true) throw error;
      lastProblem = messageOf(error);
    }
  }
  throw new StoreError('download-failed', `${url}: ${lastProblem}`);
}

function parsePage(url: string, text: string): { totalResults: number; resultsPerPage: number } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new StoreError('download-failed', `${url}: the answer is not JSON (${messageOf(error)})`);
  }
  const page = value as {
    totalResults?: unknown;
    resultsPerPage?: unknown;
    vulnerabilities?: unknown;
  };
  if (
    typeof page.totalResults !== 'number' ||
    typeof page.resultsPerPage !== 'number' ||
    !Array.isArray(page.vulnerabilities)
  ) {
    throw new StoreError(
      'download-failed',
      `${url}: not an NVD CVE API 2.0 page (totalResults, resultsPerPage, vulnerabilities)`,
    );
  }
  return { totalResults: page.totalResults, resultsPerPage: page.resultsPerPage };
}
