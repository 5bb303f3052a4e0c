import { buildEolIndex, type EolProduct } from '@medrisk/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../src/errors.js';
import type { Store } from '../src/types.js';
import { aBatch, anAdvisory, aPackageEntry } from './advisories.js';
import { storeBackends, useSharedStore } from './backends.js';

const backends = await storeBackends();

/** endoflife.date products of our own, shaped as the core's readers give them. */
function product(
  id: string,
  format: EolProduct['sources'][number]['format'],
  releases: EolProduct['releases'],
  extra: Partial<EolProduct> = {},
): EolProduct {
  return {
    product: id,
    aliases: [],
    identifiers: { purls: [], cpes: [] },
    releases,
    sources: [{ file: `${format}/${id}`, format }],
    ...extra,
  };
}

const ubuntuFile = product(
  'ubuntu',
  'endoflife-product',
  [
    { cycle: '24.04', lts: true, eol: '2029-05-31', label: '24.04 "Noble Numbat" LTS' },
    { cycle: '22.04', lts: true, eol: '2027-06-01' },
  ],
  { title: 'Ubuntu', category: 'os', aliases: ['ubuntu-linux'] },
);
/** Release data for the same product: one cycle the product file lacks, one it has (its eol differs). */
const ubuntuData = product('ubuntu', 'endoflife-release-data', [
  { cycle: '22.04', eol: '2027-04-01', releaseDate: '2022-04-21' },
  { cycle: '20.04', eol: '2025-05-29' },
]);
const openssl = product('openssl', 'endoflife-product', [
  { cycle: '3.0', eol: '2026-09-07' },
  { cycle: '1.1.1', eol: '2023-09-11', extendedSupport: true },
]);

describe.each(backends)('endoflife.date data in the store on $name', (backend) => {
  const shared = useSharedStore(backend, () => new Date('2026-11-26T12:00:00Z'));
  let store: Store;
  beforeEach(() => {
    store = shared.store;
  });

  it('imports products, counts them, and returns them exactly as imported', async () => {
    const summary = await store.importBatches([], {
      source: 'files:eol',
      digest: 'e1',
      eol: [ubuntuFile, ubuntuData, openssl],
    });
    expect(summary).toMatchObject({ skipped: false, eol: { added: 3, updated: 0, unchanged: 0 } });
    const status = await store.status();
    // ubuntu 24.04, 22.04, 20.04 (22.04 in both files counts once) and openssl 3.0, 1.1.1.
    expect(status.eol).toEqual({ products: 2, files: 3, cycles: 5 });
    expect(status.lastImports[0]?.eol).toEqual({ added: 3, updated: 0, unchanged: 0 });
    const loaded = await store.eolProducts();
    expect(loaded.map((p) => JSON.stringify(p))).toEqual(
      [openssl, ubuntuFile, ubuntuData].map((p) => JSON.stringify(p)),
    );
  });

  it('leaves both sources of a product for the core to merge (the product file wins a field)', async () => {
    await store.importBatches([], {
      source: 'files:eol',
      digest: 'e1',
      eol: [ubuntuData, ubuntuFile],
    });
    const ubuntu = buildEolIndex(await store.eolProducts()).byName('ubuntu')?.product;
    expect(ubuntu?.releases.map((r) => [r.cycle, r.eol])).toEqual([
      ['24.04', '2029-05-31'],
      ['22.04', '2027-06-01'],
      ['20.04', '2025-05-29'],
    ]);
  });

  it('is idempotent: the same import is skipped, and forced it changes nothing', async () => {
    const first = await store.importBatches([], { source: 's', digest: 'd', eol: [openssl] });
    const skipped = await store.importBatches([], { source: 's', digest: 'd', eol: [openssl] });
    expect(skipped).toMatchObject({ skipped: true, importId: first.importId });
    const before = await store.status();
    const forced = await store.importBatches([], {
      source: 's',
      digest: 'd',
      eol: [openssl],
      force: true,
    });
    expect(forced.eol).toEqual({ added: 0, updated: 0, unchanged: 1 });
    const after = await store.status();
    expect(after.eol).toEqual(before.eol);
  });

  it('replaces a product whose data changed, and keeps the others', async () => {
    await store.importBatches([], { source: 's', digest: '1', eol: [openssl, ubuntuFile] });
    const corrected = product('openssl', 'endoflife-product', [
      { cycle: '3.5', eol: '2030-04-08', lts: true },
      ...openssl.releases,
    ]);
    const result = await store.importBatches([], { source: 's', digest: '2', eol: [corrected] });
    expect(result.eol).toEqual({ added: 0, updated: 1, unchanged: 0 });
    const loaded = await store.eolProducts();
    expect(loaded.map((p) => [p.product, p.releases.length])).toEqual([
      ['openssl', 3],
      ['ubuntu', 2],
    ]);
  });

  it('within one import, the last file of a product and format wins', async () => {
    const older = product('openssl', 'endoflife-product', [{ cycle: '3.0', eol: '2026-01-01' }]);
    const result = await store.importBatches([], {
      source: 's',
      digest: '1',
      eol: [older, openssl],
    });
    expect(result.eol.added).toBe(1);
    expect((await store.eolProducts())[0]?.releases).toEqual(openssl.releases);
  });

  it('stores advisories and EOL data in one transaction: an abort keeps neither', async () => {
    await store.importBatches([], { source: 's', digest: '0', eol: [ubuntuFile] });
    const controller = new AbortController();
    const batch = aBatch([anAdvisory('GHSA-eol1', { affected: [aPackageEntry('npm', 'x')] })]);
    const attempt = store.importBatches([batch], {
      source: 's',
      digest: '1',
      eol: [openssl, ubuntuData],
      signal: controller.signal,
      onProgress: ({ phase }) => {
        if (phase === 'eol') controller.abort();
      },
    });
    await expect(attempt).rejects.toBeInstanceOf(StoreError);
    const status = await store.status();
    expect([status.advisories, status.eol.files]).toEqual([0, 1]);
    expect((await store.eolProducts()).map((p) => p.product)).toEqual(['ubuntu']);
  });

  it('reports an empty EOL store as zeros', async () => {
    expect((await store.status()).eol).toEqual({ products: 0, files: 0, cycles: 0 });
    expect(await store.eolProducts()).toEqual([]);
  });
});
