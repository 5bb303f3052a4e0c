import {
  buildAdvisoryIndex,
  type Advisory,
  type AdvisoryBatch,
  type AdvisoryIndex,
} from '@medrisk/core';
import { Migrator, NO_MIGRATIONS, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../src/errors.js';
import { migrationProvider } from '../src/migrations/index.js';
import { openStore } from '../src/open.js';
import type { IndexKeys, OpenStoreOptions, Store } from '../src/types.js';
import {
  aBatch,
  aCpeEntry,
  anAdvisory,
  aPackageEntry,
  aProductEntry,
  manyAdvisories,
} from './advisories.js';
import { connect, storeBackends, useSharedStore } from './backends.js';

const backends = await storeBackends();

/** Advisories covering every kind of key, and characters that array literals and JSON escape. */
const mixed: AdvisoryBatch = aBatch(
  [
    anAdvisory('GHSA-aaaa', {
      aliases: ['CVE-2024-0001', 'PYSEC-2024-1'],
      affected: [aPackageEntry('PyPI', 'Foo_Bar.baz'), aPackageEntry('npm', '@scope/pkg')],
    }),
    anAdvisory('CVE-2024-0002', {
      source: { kind: 'nvd' },
      details: 'quotes " backslash \\ braces {a,b} commas, NULL, unicode ü ✓ and a newline\n',
      affected: [aCpeEntry('cpe:2.3:a:Acme:Infusion_Pump:*:*:*:*:*:*:*:*')],
    }),
    anAdvisory('ICSMA-24-001-01', {
      aliases: ['CVE-2024-0003'],
      source: { kind: 'csaf' },
      affected: [
        aProductEntry('Acme  Pump-Controller', 'Other Product'),
        aPackageEntry('Debian:12', 'openssl'),
      ],
    }),
    anAdvisory('GO-2024-0004', {
      withdrawn: '2024-02-01T00:00:00Z',
      affected: [aPackageEntry('Go', 'example.com/mod')],
    }),
  ],
  [{ cveId: 'CVE-2024-0002', dateAdded: '2024-03-01', vendorProject: 'Acme', product: 'Pump' }],
  [
    {
      cveId: 'CVE-2024-0001',
      epss: 0.12,
      percentile: 0.8,
      date: '2024-05-01',
      modelVersion: 'v2023.03.01',
    },
    { cveId: 'CVE-2024-0003', epss: 0.5, percentile: 0.95 },
  ],
);

const keys: IndexKeys = {
  packages: [
    { ecosystem: 'PyPI', name: 'foo-bar-baz' },
    { ecosystem: 'npm', name: '@scope/pkg' },
    { ecosystem: 'Debian:11', name: 'openssl' },
    { ecosystem: 'Go', name: 'example.com/mod' },
    { ecosystem: 'npm', name: 'absent' },
  ],
  cpes: [{ vendor: 'ACME', product: 'infusion_pump' }],
  productNames: ['acme pump controller'],
};

/** The lookups a scan makes, answered by an index. */
function lookups(index: AdvisoryIndex): Record<string, unknown> {
  const ids = (list: readonly Advisory[]) => list.map((a) => a.id);
  return {
    pypi: ids(index.forPackage('PyPI', 'FOO.bar_baz')),
    npm: ids(index.forPackage('npm', '@scope/pkg')),
    debian: ids(index.forPackage('Debian:12', 'openssl')),
    go: ids(index.forPackage('Go', 'example.com/mod')),
    absent: ids(index.forPackage('npm', 'absent')),
    cpe: ids(index.forCpe('acme', 'infusion_pump')),
    product: ids(index.forProductName('ACME pump-controller')),
    kev: index.kev('CVE-2024-0002'),
    epss1: index.epss('CVE-2024-0001'),
    epss3: index.epss('CVE-2024-0003'),
    size: index.size,
  };
}

describe.each(backends)('store on $name', (backend) => {
  const shared = useSharedStore(backend, () => new Date('2026-01-02T03:04:05Z'));
  let store: Store;
  beforeEach(() => {
    store = shared.store;
  });

  it('answers lookups exactly as the in-memory index over the same batches', async () => {
    await store.importBatches([mixed], { source: 'test', digest: 'd1' });
    const index = await store.advisoryIndex(keys);
    expect(lookups(index)).toEqual(lookups(buildAdvisoryIndex([mixed])));
    expect(lookups(index)).toMatchObject({
      pypi: ['GHSA-aaaa'],
      cpe: ['CVE-2024-0002'],
      product: ['ICSMA-24-001-01'],
    });
  });

  it('returns each advisory as imported, byte for byte', async () => {
    await store.importBatches([mixed], { source: 'test', digest: 'd1' });
    const index = await store.advisoryIndex(keys);
    const found = new Map<string, Advisory>();
    const add = (list: readonly Advisory[]): void => {
      for (const a of list) found.set(a.id, a);
    };
    for (const p of keys.packages ?? []) add(index.forPackage(p.ecosystem, p.name));
    for (const c of keys.cpes ?? []) add(index.forCpe(c.vendor, c.product));
    for (const name of keys.productNames ?? []) add(index.forProductName(name));
    expect(found.size).toBe(mixed.advisories.length);
    for (const advisory of mixed.advisories) {
      expect(JSON.stringify(found.get(advisory.id))).toBe(JSON.stringify(advisory));
    }
  });

  it('loads nothing for no keys', async () => {
    await store.importBatches([mixed], { source: 'test', digest: 'd1' });
    const index = await store.advisoryIndex({});
    expect(index.size).toBe(0);
  });

  it('changes nothing when the same import runs again', async () => {
    const first = await store.importBatches([mixed], { source: 'test', digest: 'd1' });
    expect(first).toMatchObject({
      skipped: false,
      advisories: { added: 4, updated: 0 },
      kevChanged: 1,
      epssChanged: 2,
    });
    const before = await store.status();
    const again = await store.importBatches([mixed], { source: 'test', digest: 'd1', force: true });
    expect(again).toMatchObject({
      skipped: false,
      advisories: { added: 0, updated: 0, unchanged: 4, older: 0 },
    });
    expect([again.kevChanged, again.epssChanged]).toEqual([0, 0]);
    const after = await store.status();
    expect({ ...after, lastImports: [] }).toEqual({ ...before, lastImports: [] });
  });

  it('skips an import of a source and digest it has already imported', async () => {
    const first = await store.importBatches([mixed], { source: 'test', digest: 'd1' });
    const second = await store.importBatches([mixed], { source: 'test', digest: 'd1' });
    expect(second).toMatchObject({ skipped: true, importId: first.importId });
    expect((await store.status()).lastImports).toHaveLength(1);
    expect((await store.lastImport('test'))?.id).toBe(first.importId);
    expect(await store.lastImport('other')).toBeUndefined();
  });

  it('replaces an advisory by a newer one, keys included, and keeps it against an older one', async () => {
    await store.importBatches(
      [aBatch([anAdvisory('GHSA-x', { modified: '2024-01-01T00:00:00Z' })])],
      {
        source: 's',
        digest: '1',
      },
    );
    const newer = anAdvisory('GHSA-x', {
      modified: '2024-06-01T00:00:00+02:00',
      affected: [aPackageEntry('npm', 'moved')],
    });
    const update = await store.importBatches([aBatch([newer])], { source: 's', digest: '2' });
    expect(update.advisories).toEqual({ added: 0, updated: 1, unchanged: 0, older: 0 });
    const older = anAdvisory('GHSA-x', { modified: '2024-03-01T00:00:00Z', summary: 'stale' });
    const stale = await store.importBatches([aBatch([older])], { source: 's', digest: '3' });
    expect(stale.advisories).toEqual({ added: 0, updated: 0, unchanged: 0, older: 1 });
    const index = await store.advisoryIndex({
      packages: [
        { ecosystem: 'npm', name: 'moved' },
        { ecosystem: 'PyPI', name: 'example' },
      ],
    });
    expect(index.forPackage('npm', 'moved')).toEqual([newer]);
    expect(index.forPackage('PyPI', 'example')).toEqual([]);
  });

  it('lets the later import win when modified is the same and the content differs', async () => {
    await store.importBatches([aBatch([anAdvisory('GHSA-y')])], { source: 's', digest: '1' });
    const changed = anAdvisory('GHSA-y', { summary: 'changed text' });
    const result = await store.importBatches([aBatch([changed])], { source: 's', digest: '2' });
    expect(result.advisories).toEqual({ added: 0, updated: 1, unchanged: 0, older: 0 });
  });

  it('keeps the latest modified of an id seen twice in one import', async () => {
    const a = anAdvisory('GHSA-z', { modified: '2024-05-01T00:00:00Z', summary: 'newest' });
    const b = anAdvisory('GHSA-z', { modified: '2024-01-01T00:00:00Z', summary: 'oldest' });
    const result = await store.importBatches([aBatch([a]), aBatch([b])], {
      source: 's',
      digest: '1',
    });
    expect(result.advisories.added).toBe(1);
    const index = await store.advisoryIndex({ packages: [{ ecosystem: 'PyPI', name: 'example' }] });
    expect(index.forPackage('PyPI', 'example').map((x) => x.summary)).toEqual(['newest']);
  });

  it('updates EPSS only from a score at least as recent, and KEV when an entry changes', async () => {
    const cve = 'CVE-2024-0001';
    await store.importBatches(
      [
        aBatch(
          [],
          [{ cveId: cve, dateAdded: '2024-01-01' }],
          [{ cveId: cve, epss: 0.1, percentile: 0.5, date: '2024-05-02' }],
        ),
      ],
      {
        source: 'feeds',
        digest: '1',
      },
    );
    const older = await store.importBatches(
      [
        aBatch(
          [],
          [{ cveId: cve, dateAdded: '2024-01-01', dueDate: '2024-01-21' }],
          [{ cveId: cve, epss: 0.9, percentile: 0.99, date: '2024-05-01' }],
        ),
      ],
      { source: 'feeds', digest: '2' },
    );
    expect([older.kevChanged, older.epssChanged]).toEqual([1, 0]);
    const newer = await store.importBatches(
      [aBatch([], [], [{ cveId: cve, epss: 0.3, percentile: 0.7, date: '2024-05-03' }])],
      {
        source: 'feeds',
        digest: '3',
      },
    );
    expect(newer.epssChanged).toBe(1);
    const index = await store.advisoryIndex({ cves: [cve] });
    expect(index.epss(cve)).toEqual({ cveId: cve, epss: 0.3, percentile: 0.7, date: '2024-05-03' });
    expect(index.kev(cve)?.dueDate).toBe('2024-01-21');
  });

  it('reports counts per source kind and ecosystem, KEV, EPSS and the import log', async () => {
    await store.importBatches([mixed], {
      source: 'test',
      digest: 'd1',
      files: [{ name: 'a.json', bytes: 10, sha256: 'ab'.repeat(32) }],
    });
    const status = await store.status();
    expect(status).toMatchObject({
      backend: backend.name,
      schemaVersion: ['2026_11_26_160000_initial_schema', '2026_11_26_180000_eol_data'],
      advisories: 4,
      withdrawn: 1,
      bySourceKind: [
        { kind: 'csaf', advisories: 1 },
        { kind: 'nvd', advisories: 1 },
        { kind: 'osv', advisories: 2 },
      ],
      byEcosystem: [
        { ecosystem: 'Debian', advisories: 1 },
        { ecosystem: 'Go', advisories: 1 },
        { ecosystem: 'PyPI', advisories: 1 },
        { ecosystem: 'npm', advisories: 1 },
      ],
      cpeAdvisories: 1,
      productNameAdvisories: 1,
      kev: 1,
      epss: { scores: 2, latestDate: '2024-05-01' },
      eol: { products: 0, files: 0, cycles: 0 },
    });
    expect(status.lastImports).toEqual([
      {
        id: expect.any(Number),
        source: 'test',
        digest: 'd1',
        startedAt: '2026-01-02T03:04:05.000Z',
        finishedAt: '2026-01-02T03:04:05.000Z',
        advisories: { added: 4, updated: 0, unchanged: 0, older: 0 },
        kevChanged: 1,
        epssChanged: 2,
        eol: { added: 0, updated: 0, unchanged: 0 },
        files: [{ name: 'a.json', bytes: 10, sha256: 'ab'.repeat(32) }],
      },
    ]);
  });

  it('leaves the previous data intact when an import is aborted midway', async () => {
    await store.importBatches([aBatch(manyAdvisories(100))], { source: 'bulk', digest: 'old' });
    const before = await store.status();
    const controller = new AbortController();
    const chunksSeen: number[] = [];
    const attempt = store.importBatches([aBatch(manyAdvisories(5_000, '2025-01-01T00:00:00Z'))], {
      source: 'bulk',
      digest: 'new',
      signal: controller.signal,
      onProgress: (progress) => {
        chunksSeen.push(progress.done);
        controller.abort(); // after the first chunk of rows has been written
      },
    });
    await expect(attempt).rejects.toMatchObject({ name: 'StoreError', code: 'aborted' });
    expect(chunksSeen).toEqual([2_000]);
    expect(await store.status()).toEqual(before);
    const index = await store.advisoryIndex({ packages: [{ ecosystem: 'PyPI', name: 'pkg-0' }] });
    expect(index.forPackage('PyPI', 'pkg-0').map((a) => a.modified)).toEqual([
      '2024-01-01T00:00:00Z',
    ]);
  });

  it('serializes concurrent imports: the second sees the first', async () => {
    const advisories = manyAdvisories(3_000);
    const [a, b] = await Promise.all([
      store.importBatches([aBatch(advisories)], { source: 'one', digest: '1' }),
      store.importBatches([aBatch(advisories)], { source: 'two', digest: '2' }),
      store.status(),
    ]);
    expect([
      a.advisories.added + b.advisories.added,
      a.advisories.unchanged + b.advisories.unchanged,
    ]).toEqual([3_000, 3_000]);
  });

  it('rolls back when the database refuses a row midway, and says so', async () => {
    await store.importBatches([aBatch(manyAdvisories(10))], { source: 'bulk', digest: 'old' });
    const before = await store.status();
    // PostgreSQL text cannot hold NUL: the last chunk fails after earlier chunks were written.
    const bad = [...manyAdvisories(4_500, '2025-01-01T00:00:00Z'), anAdvisory('ZZZ-\u0000')];
    const attempt = store.importBatches([aBatch(bad)], { source: 'bulk', digest: 'bad' });
    await expect(attempt).rejects.toThrow(/import of bulk failed and was rolled back/);
    await expect(attempt).rejects.toBeInstanceOf(StoreError);
    expect(await store.status()).toEqual(before);
  });
});

describe.each(backends)('store lifecycle on $name', (backend) => {
  let options: OpenStoreOptions;
  let dispose: () => Promise<void>;
  let store: Store;
  beforeEach(async () => {
    ({ options, dispose } = await backend.create());
    store = await openStore(options);
  });
  afterEach(async () => {
    await store.close();
    await dispose();
  });

  it('refuses calls after close', async () => {
    await store.close();
    await expect(store.status()).rejects.toMatchObject({ code: 'closed' });
    await store.close(); // closing twice is harmless
  });

  it('keeps its data across close and reopen', async () => {
    await store.importBatches([mixed], { source: 'test', digest: 'd1' });
    await store.close();
    store = await openStore(options);
    expect((await store.status()).advisories).toBe(4);
    if (backend.name === 'pglite') {
      // A second open of the same data directory would corrupt it: refused while this one is open.
      await expect(openStore(options)).rejects.toMatchObject({ code: 'busy' });
    }
  });

  it('refuses a database written by a newer medrisk', async () => {
    await store.close();
    const raw = await connect(options);
    await sql`insert into kysely_migration (name, timestamp) values ('2999_01_01_000000_future', '2999-01-01')`.execute(
      raw.db,
    );
    await raw.close();
    await expect(openStore(options)).rejects.toMatchObject({ code: 'newer-schema' });
  });

  it('migrates down to an empty schema and up again', async () => {
    await store.close();
    const raw = await connect(options);
    try {
      const migrator = new Migrator({
        db: raw.db,
        provider: migrationProvider,
        ...(raw.schema === undefined ? {} : { migrationTableSchema: raw.schema }),
      });
      const tables = async () =>
        (await raw.db.introspection.getTables())
          .filter((t) => t.schema === (raw.schema ?? 'public'))
          .map((t) => t.name)
          .sort();
      expect((await migrator.migrateTo(NO_MIGRATIONS)).error).toBeUndefined();
      expect(await tables()).toEqual([]);
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      expect(await tables()).toEqual([
        'advisory',
        'advisory_alias',
        'affected_cpe',
        'affected_package',
        'affected_product',
        'eol_product',
        'epss',
        'import_run',
        'kev',
      ]);
    } finally {
      await raw.close();
    }
  });
});
