import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildAdvisoryIndex,
  type Advisory,
  type AdvisoryBatch,
  type AdvisoryIndex,
} from '@medrisk/core';
import { readAdvisories } from '@medrisk/core/node';
import { describe, expect, it } from 'vitest';
import { advisoryKeys } from '../../src/import/rows.js';
import type { IndexKeys } from '../../src/types.js';
import { storeBackends, useSharedStore } from '../backends.js';

/** ../shared/data next to the repository; read in place, never copied (its licenses forbid it). */
const sharedData = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));

const SETS = [
  ['golang-vulndb', 'osv-sample/golang-vulndb/data/osv'],
  ['pypa (YAML)', 'osv-sample/pypa-advisory-database/vulns'],
  ['rustsec', 'osv-sample/rustsec-advisory-db-osv/crates'],
  ['psf', 'osv-sample/psf-advisory-database/advisories'],
  ['almalinux', 'osv-sample/almalinux-osv-database/advisories'],
  ['osv.dev vulnfeeds (NVD 2.0, CVE 5)', 'osv-sample/osv.dev-vulnfeeds-testdata'],
  ['CISA CSAF (ICSMA and others)', 'csaf-medical/cisagov-csaf'],
  ['OASIS CSAF 2.0 examples', 'csaf-medical/oasis-csaf/csaf_2.0'],
  ['CISA KEV', 'kev/known_exploited_vulnerabilities.json'],
] as const;

const present = SETS.filter(([, path]) => existsSync(`${sharedData}${path}`));
if (present.length < SETS.length) {
  console.log(
    `skipped store import of ${String(SETS.length - present.length)} data set(s): ../shared/data not present`,
  );
}

const backends = await storeBackends();

describe.runIf(present.length > 0).each(backends)(
  'real advisory data in the store on $name',
  (backend) => {
    const shared = useSharedStore(backend, () => new Date('2026-01-01T00:00:00Z'));

    it('imports every set, re-imports it unchanged, and answers as the in-memory index does', async () => {
      const { store } = shared;
      const all: AdvisoryBatch[] = [];
      for (const [set, path] of present) {
        const read = await readAdvisories([`${sharedData}${path}`]);
        const started = performance.now();
        const summary = await store.importBatches(read.batches, { source: set, digest: set });
        const advisories = read.batches.reduce((n, b) => n + b.advisories.length, 0);
        console.log(
          `${backend.name} ${set}: ${String(advisories)} advisories read, ${String(summary.advisories.added)} added, ${String(summary.advisories.updated)} replaced, ${String(summary.advisories.older)} older kept out, ${String(summary.kevChanged)} KEV, ${String(summary.epssChanged)} EPSS in ${String(Math.round(performance.now() - started))} ms`,
        );
        all.push(...read.batches);
      }
      const status = await store.status();
      console.log(
        `${backend.name} store: ${String(status.advisories)} advisories (${status.bySourceKind.map((k) => `${k.kind} ${String(k.advisories)}`).join(', ')}); per ecosystem ${status.byEcosystem.map((e) => `${e.ecosystem} ${String(e.advisories)}`).join(', ')}; ${String(status.cpeAdvisories)} by CPE, ${String(status.productNameAdvisories)} by product name, ${String(status.kev)} KEV`,
      );

      const again = await store.importBatches(all, { source: 'everything', digest: 'again' });
      expect(again.advisories).toMatchObject({ added: 0, updated: 0 });

      const keys = keysOf(all);
      const started = performance.now();
      const fromStore = await store.advisoryIndex(keys);
      console.log(
        `${backend.name} index for ${String(keys.packages?.length)} packages, ${String(keys.cpes?.length)} CPEs, ${String(keys.productNames?.length)} product names: ${String(fromStore.size)} advisories in ${String(Math.round(performance.now() - started))} ms`,
      );
      const inMemory = buildAdvisoryIndex(all);
      expect(answers(fromStore, keys)).toEqual(answers(inMemory, keys));
      // Advisories without any package, CPE or product name can match nothing and are not loaded.
      const keyless = new Set(
        all
          .flatMap((b) => b.advisories)
          .filter((a) => {
            const k = advisoryKeys(a);
            return k.packages.length + k.cpes.length + k.productNames.length === 0;
          })
          .map((a) => a.id),
      );
      console.log(
        `${backend.name}: ${String(keyless.size)} stored advisories have no package, CPE or product name to match on`,
      );
      expect(fromStore.size).toBe(status.advisories - keyless.size);
    });
  },
);

/** Every key of every advisory, as an inventory naming all of them would ask. */
function keysOf(batches: readonly AdvisoryBatch[]): IndexKeys {
  const packages = new Map<string, { ecosystem: string; name: string }>();
  const cpes = new Map<string, { vendor: string; product: string }>();
  const productNames = new Set<string>();
  for (const advisory of batches.flatMap((b) => b.advisories)) {
    for (const entry of advisory.affected) {
      if (entry.package)
        packages.set(`${entry.package.ecosystem}\u0000${entry.package.name}`, entry.package);
    }
    for (const [vendor, product] of advisoryKeys(advisory).cpes)
      cpes.set(`${vendor}:${product}`, { vendor, product });
    for (const name of advisoryKeys(advisory).productNames) productNames.add(name);
  }
  return {
    packages: [...packages.values()],
    cpes: [...cpes.values()],
    productNames: [...productNames],
  };
}

function answers(index: AdvisoryIndex, keys: IndexKeys): string[] {
  const line = (key: string, list: readonly Advisory[]) =>
    `${key} → ${list.map((a) => `${a.id}@${a.modified ?? ''}`).join(' ')}`;
  return [
    ...(keys.packages ?? []).map((p) =>
      line(`${p.ecosystem} ${p.name}`, index.forPackage(p.ecosystem, p.name)),
    ),
    ...(keys.cpes ?? []).map((c) =>
      line(`${c.vendor}:${c.product}`, index.forCpe(c.vendor, c.product)),
    ),
    ...(keys.productNames ?? []).map((n) => line(n, index.forProductName(n))),
  ].sort();
}
