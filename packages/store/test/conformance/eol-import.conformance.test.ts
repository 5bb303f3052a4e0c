import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildEolIndex } from '@medrisk/core';
import { readEolFiles } from '@medrisk/core/node';
import { describe, expect, it } from 'vitest';
import { storeBackends, useSharedStore } from '../backends.js';

/** ../shared/data/eol next to the repository; read in place, never copied (licensed data). */
const eolData = fileURLToPath(new URL('../../../../../shared/data/eol', import.meta.url));
const present = existsSync(eolData);
if (!present)
  console.log('skipped store import of endoflife.date data: ../shared/data/eol not present');

const backends = present ? await storeBackends() : [];

describe.runIf(present).each(backends)('endoflife.date data in the store on $name', (backend) => {
  const shared = useSharedStore(backend, () => new Date('2026-11-26T00:00:00Z'));

  it('imports every file, re-imports it unchanged, and gives the analysis the same index as the files', async () => {
    const { store } = shared;
    const read = readEolFiles([eolData]);
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const summary = await store.importBatches([], {
      source: 'eol',
      digest: 'd',
      eol: read.products,
    });
    const status = await store.status();
    console.log(
      `${backend.name}: ${String(read.files.length)} endoflife.date files → ${String(summary.eol.added)} stored, ${String(status.eol.products)} products, ${String(status.eol.cycles)} release cycles`,
    );
    expect(summary.eol).toEqual({ added: read.products.length, updated: 0, unchanged: 0 });
    expect(status.eol.files).toBe(read.products.length);

    const again = await store.importBatches([], {
      source: 'eol',
      digest: 'd',
      eol: read.products,
      force: true,
    });
    expect(again.eol).toEqual({ added: 0, updated: 0, unchanged: read.products.length });

    const fromFiles = buildEolIndex(read.products).products;
    const fromStore = buildEolIndex(await store.eolProducts()).products;
    expect(fromStore).toEqual(fromFiles);
    expect(status.eol.products).toBe(fromFiles.length);
    expect(status.eol.cycles).toBe(fromFiles.reduce((n, p) => n + p.releases.length, 0));
  });
});
