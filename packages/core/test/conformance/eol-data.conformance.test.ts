import { describe, expect, it } from 'vitest';
import { buildEolIndex, cpeKey } from '../../src/lifecycle/eol-data/eol-index.js';
import { cycleFor } from '../../src/lifecycle/eol-data/cycle.js';
import { PRODUCT_ALIASES } from '../../src/lifecycle/eol-data/aliases.js';
import { SEED_EOL_PRODUCTS } from '../../src/lifecycle/eol-data/seed.js';
import { readEolFiles } from '../../src/node/read-eol.js';
import { hasSharedData, sharedData } from './shared-data.js';

const present = hasSharedData('eol/products', 'endoflife.date conformance');

describe.runIf(present)('endoflife.date data in ../shared/data/eol', () => {
  const read = present ? readEolFiles([`${sharedData}eol`]) : undefined;
  const index = buildEolIndex(read?.products ?? []);

  it('reads every product file and release-data file without an error', () => {
    const errors = read?.issues.filter((i) => i.severity === 'error') ?? [];
    expect(errors).toEqual([]);
    const cycles = index.products.reduce((n, p) => n + p.releases.length, 0);
    const formats = new Map<string, number>();
    for (const f of read?.files ?? [])
      formats.set(f.format ?? '?', (formats.get(f.format ?? '?') ?? 0) + 1);
    console.log(
      `endoflife.date: ${String(read?.files.length)} files (${[...formats].map(([k, n]) => `${k} ${String(n)}`).join(', ')}), ${String(index.products.length)} products after merging, ${String(cycles)} release cycles, ${String(read?.issues.length)} warnings`,
    );
    // 47 product files and 34 release-data files, per ../shared/data/eol/README.txt.
    expect(read?.files.length).toBe(81);
    expect(index.products.length).toBe(47);
  });

  it('agrees with every cycle of the built-in seed (dates copied from these files)', () => {
    for (const seed of SEED_EOL_PRODUCTS) {
      const product = index.byName(seed.product)?.product;
      expect(product, seed.product).toBeDefined();
      for (const release of seed.releases) {
        const data = product?.releases.find((r) => r.cycle === release.cycle);
        expect(data, `${seed.product} ${release.cycle}`).toBeDefined();
        expect(data?.eol, `${seed.product} ${release.cycle}`).toBe(release.eol);
        if (release.extendedSupport !== undefined)
          expect(data?.extendedSupport, `${seed.product} ${release.cycle} extended`).toBe(
            release.extendedSupport,
          );
      }
    }
  });

  it('names only products the data has, and CPEs their product files give', () => {
    for (const alias of PRODUCT_ALIASES) {
      const product = index.products.find((p) => p.product === alias.product);
      expect(product, alias.product).toBeDefined();
      const cpes = new Set(product?.identifiers.cpes.map(cpeKey));
      for (const cpe of alias.cpes ?? [])
        expect(cpes.has(cpe), `${alias.product} ${cpe}`).toBe(true);
    }
  });

  it.each`
    product           | version          | cycle
    ${'ubuntu'}       | ${'22.04.4 LTS'} | ${'22.04'}
    ${'openssl'}      | ${'1.1.1w'}      | ${'1.1.1'}
    ${'openssl'}      | ${'3.0.13'}      | ${'3.0'}
    ${'linux-kernel'} | ${'5.10.201'}    | ${'5.10'}
    ${'python'}       | ${'3.10.12'}     | ${'3.10'}
    ${'nodejs'}       | ${'v18.17.0'}    | ${'18'}
    ${'debian'}       | ${'11.9'}        | ${'11'}
    ${'log4j'}        | ${'2.14.1'}      | ${'2'}
    ${'windows'}      | ${'11-23h2-e'}   | ${'11-23h2-e'}
    ${'rhel'}         | ${'8.6'}         | ${'8'}
  `('maps $product $version to cycle $cycle', ({ product, version, cycle }) => {
    const found = index.byName(product as string)?.product;
    expect(found).toBeDefined();
    const match = found === undefined ? undefined : cycleFor(found, version as string);
    expect(match?.kind === 'matched' ? match.release.cycle : match).toBe(cycle);
  });
});
