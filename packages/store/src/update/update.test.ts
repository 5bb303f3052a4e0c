import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { anAdvisory } from '../../test/advisories.js';
import { storeBackends, useSharedStore } from '../../test/backends.js';
import { startFeedServer, type FeedServer } from '../../test/feed-server.js';
import { storedZip } from '../../test/zip.js';
import type { Store } from '../types.js';
import { epssFeed, kevFeed, nvdFeed, osvFeed } from './feeds.js';
import { updateFromFeeds, type FeedReader } from './update.js';

const osvRecord = (id: string, name: string, modified = '2024-03-01T00:00:00Z') =>
  JSON.stringify({
    schema_version: '1.6.0',
    id,
    modified,
    aliases: ['CVE-2024-1111'],
    summary: `${name} is vulnerable`,
    affected: [
      {
        package: { ecosystem: 'PyPI', name },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.2.0' }] }],
      },
    ],
  });
const osvZip = storedZip([
  { name: 'PYSEC-2024-1.json', text: osvRecord('PYSEC-2024-1', 'requests') },
  { name: 'PYSEC-2024-2.json', text: osvRecord('PYSEC-2024-2', 'urllib3') },
]);
const kevJson = Buffer.from(
  JSON.stringify({
    title: 'CISA Catalog of Known Exploited Vulnerabilities',
    catalogVersion: '2024.06.01',
    dateReleased: '2024-06-01T12:00:00.000Z',
    count: 1,
    vulnerabilities: [
      {
        cveID: 'CVE-2024-1111',
        vendorProject: 'Python',
        product: 'requests',
        vulnerabilityName: 'Example vulnerability',
        dateAdded: '2024-05-30',
        shortDescription: 'An example.',
        requiredAction: 'Apply updates.',
        dueDate: '2024-06-20',
        knownRansomwareCampaignUse: 'Unknown',
        notes: '',
      },
    ],
  }),
);
const epssGz = gzipSync(
  '#model_version:v2025.03.14,score_date:2024-06-01T00:00:00+0000\ncve,epss,percentile\nCVE-2024-1111,0.42000,0.97000\n',
);

const backends = await storeBackends();

describe.each(backends)('updateFromFeeds on $name', (backend) => {
  const shared = useSharedStore(backend, () => new Date('2026-01-01T00:00:00Z'));
  let store: Store;
  let server: FeedServer;
  let cacheDir: string;
  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterAll(() => server.close());
  afterEach(() => {
    rmSync(cacheDir, { recursive: true, force: true });
  });
  beforeEach(() => {
    store = shared.store;
    cacheDir = mkdtempSync(join(tmpdir(), 'medrisk-feeds-'));
    server.requests.length = 0;
    server.serve('/PyPI/all.zip', { body: osvZip, etag: '"osv1"', googHash: 'computed' });
    server.serve('/kev.json', { body: kevJson, etag: '"kev1"' });
    server.serve('/epss.csv.gz', { body: epssGz, etag: '"epss1"' });
  });
  const feeds = () => [
    osvFeed('PyPI', server.url),
    kevFeed(`${server.url}/kev.json`),
    epssFeed(`${server.url}/epss.csv.gz`),
  ];

  it('downloads, converts (with the core readers) and imports OSV, KEV and EPSS; then finds nothing new', async () => {
    const first = await updateFromFeeds(store, { feeds: feeds(), cacheDir });
    expect(first.map((r) => [r.feed, r.status, r.error])).toEqual([
      ['osv/PyPI', 'imported', undefined],
      ['kev', 'imported', undefined],
      ['epss', 'imported', undefined],
    ]);
    expect(first[0]?.files[0]).toMatchObject({
      name: 'osv/PyPI/all.zip',
      bytes: osvZip.length,
      verified: ['length', 'md5', 'crc32c'],
    });
    expect(first[0]?.import?.advisories.added).toBe(2);
    const index = await store.advisoryIndex({
      packages: [{ ecosystem: 'PyPI', name: 'Requests' }],
    });
    expect(index.forPackage('PyPI', 'requests').map((a) => a.id)).toEqual(['PYSEC-2024-1']);
    expect(index.kev('CVE-2024-1111')?.dueDate).toBe('2024-06-20');
    expect(index.epss('CVE-2024-1111')).toMatchObject({ epss: 0.42, percentile: 0.97 });
    const status = await store.status();
    expect(status.lastImports.map((i) => [i.source, i.files[0]?.sha256])).toEqual([
      ['epss', first[2]?.files[0]?.sha256],
      ['kev', first[1]?.files[0]?.sha256],
      ['osv/PyPI', first[0]?.files[0]?.sha256],
    ]);

    const second = await updateFromFeeds(store, { feeds: feeds(), cacheDir });
    expect(second.map((r) => [r.status, r.files[0]?.transfer])).toEqual([
      ['unchanged', 'not-modified'],
      ['unchanged', 'not-modified'],
      ['unchanged', 'not-modified'],
    ]);
    expect((await store.status()).lastImports).toHaveLength(3);
  });

  it('resumes a transfer cut midway within the same update', async () => {
    server.cutNext('/PyPI/all.zip', 200);
    const [osv] = await updateFromFeeds(store, { feeds: [osvFeed('PyPI', server.url)], cacheDir });
    expect(osv).toMatchObject({
      status: 'imported',
      files: [{ transfer: 'resumed', verified: ['length', 'md5', 'crc32c'] }],
    });
    expect(server.requests.map((r) => [r.range, r.status])).toEqual([
      [undefined, 200],
      [expect.stringMatching(/^bytes=\d+-$/), 206],
    ]);
  });

  it('imports the others when one feed fails, and imports nothing of a feed that cannot be read', async () => {
    server.serve('/broken.json', { body: Buffer.from('{ not json') });
    const results = await updateFromFeeds(store, {
      feeds: [
        osvFeed('Nope', server.url),
        kevFeed(`${server.url}/broken.json`),
        kevFeed(`${server.url}/kev.json`),
      ],
      cacheDir,
      retries: 0,
    });
    expect(results.map((r) => [r.feed, r.status])).toEqual([
      ['osv/Nope', 'failed'],
      ['kev', 'failed'],
      ['kev', 'imported'],
    ]);
    expect(results[0]?.error).toMatch(/HTTP 404/);
    expect(results[1]?.issues.length).toBeGreaterThan(0);
    expect((await store.status()).kev).toBe(1);
  });

  it('pages through the NVD API, pausing and retrying as NVD asks', async () => {
    let failedOnce = false;
    server.route('/nvd', (request, response) => {
      const url = new URL(request.url ?? '', 'http://x');
      const start = Number(url.searchParams.get('startIndex'));
      if (start === 2 && !failedOnce) {
        failedOnce = true;
        response.writeHead(503).end();
        return;
      }
      const ids = [start, start + 1].filter((i) => i < 3);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          resultsPerPage: 2,
          startIndex: start,
          totalResults: 3,
          vulnerabilities: ids.map((i) => ({ cve: { id: `CVE-2024-000${String(i)}` } })),
        }),
      );
    });
    const pauses: number[] = [];
    const seen: string[][] = [];
    const read: FeedReader = (paths) => {
      seen.push(paths.map((p) => p.slice(cacheDir.length + 1)));
      return Promise.resolve({
        batches: [
          {
            advisories: [anAdvisory('CVE-2024-0000', { source: { kind: 'nvd' } })],
            kev: [],
            epss: [],
          },
        ],
        issues: [],
      });
    };
    const [nvd] = await updateFromFeeds(store, {
      feeds: [nvdFeed({ url: `${server.url}/nvd`, pageSize: 2, apiKey: 'k' })],
      cacheDir,
      read,
      sleep: (ms) => {
        pauses.push(ms);
        return Promise.resolve();
      },
    });
    expect(nvd).toMatchObject({ status: 'imported', import: { advisories: { added: 1 } } });
    expect(seen).toEqual([['nvd/page-000000.json', 'nvd/page-000001.json']]);
    expect(pauses).toEqual([700, 1_400]); // between pages, then before the retry
    expect(server.requests).toHaveLength(3);
  });
});
