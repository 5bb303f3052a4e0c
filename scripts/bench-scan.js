#!/usr/bin/env node
// Benchmark of the advisory store, the way issue 3 states its targets (figures go in the issue
// notes; tests never assert timings). Needs a build. Steps:
//   1. `medrisk db import` of every OSV and CSAF set in ../shared/data (skipped when absent);
//   2. generated OSV advisories imported on top until the store holds 100,000;
//   3. opening the existing store (target < 1 s), `medrisk db status` wall time;
//   4. a 5,000-component SBOM scanned after the store is open (target < 1 s), and as a user runs
//      `medrisk scan` (wall, peak RSS; target < 600 MB);
//   5. a rescan of 1,000 SBOMs of 300 components in one `medrisk scan` (target < 30 s).
// BENCH_ADVISORIES, BENCH_SBOMS and BENCH_SKIP_IMPORT=1 (reuse the store of a previous run) tune it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fleetSbom, osvAdvisories, packageSet, random } from './lib/generate-fleet.js';
import { zipEntries } from './lib/zip-writer.js';

const root = new URL('../', import.meta.url);
const out = fileURLToPath(new URL('bench-out/scan-store/', root));
const dataDir = `${out}db`;
const bin = fileURLToPath(new URL('packages/cli/bin/medrisk.js', root));
const shared = fileURLToPath(new URL('../shared/data/', root));
const target = Number(process.env.BENCH_ADVISORIES ?? 100_000);
const reuse = process.env.BENCH_SKIP_IMPORT === '1' && existsSync(dataDir);

const core = await import(new URL('packages/core/dist/index.js', root).href);
const { openStore } = await import(new URL('packages/store/dist/index.js', root).href);

/** Runs the CLI as a user would, under /usr/bin/time: wall seconds, peak RSS in MB. */
function medrisk(args) {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, bin, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0 && run.status !== 1) {
    console.error(`medrisk ${args.slice(0, 3).join(' ')} … failed:\n${run.stderr}`);
    process.exit(2);
  }
  const [wall, kb] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, mb: kb / 1024, stdout: run.stdout, stderr: run.stderr };
}

const SHARED_SETS = [
  'osv-sample/golang-vulndb/data/osv',
  'osv-sample/pypa-advisory-database/vulns',
  'osv-sample/rustsec-advisory-db-osv/crates',
  'osv-sample/psf-advisory-database/advisories',
  'osv-sample/almalinux-osv-database/advisories',
  'csaf-medical/cisagov-csaf',
  'csaf-medical/oasis-csaf/csaf_2.0',
];

const packages = packageSet(6000);
if (!reuse) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const sets = SHARED_SETS.map((p) => `${shared}${p}`).filter((p) => existsSync(p));
  if (sets.length === 0) console.log('skipped the real-data import: ../shared/data not present');
  else {
    const run = medrisk(['db', 'import', ...sets, '--data-dir', dataDir, '--quiet']);
    console.log(
      `import of ${sets.length} real OSV/CSAF sets: ${run.wall.toFixed(1)} s, peak RSS ${run.mb.toFixed(0)} MB`,
    );
  }
  const have = (await status()).advisories;
  const generated = osvAdvisories(packages, Math.max(0, target - have), 0.02);
  const byEcosystem = new Map();
  for (const { ecosystem, advisory } of generated) {
    if (!byEcosystem.has(ecosystem)) byEcosystem.set(ecosystem, []);
    byEcosystem.get(ecosystem).push(advisory);
  }
  const zips = [...byEcosystem].map(([ecosystem, list]) => {
    const path = `${out}generated-${ecosystem}.zip`;
    writeFileSync(
      path,
      zipEntries(list.map((a) => ({ name: `${a.id}.json`, data: JSON.stringify(a) }))),
    );
    return path;
  });
  const run = medrisk(['db', 'import', ...zips, '--data-dir', dataDir, '--quiet']);
  console.log(
    `import of ${generated.length} generated OSV advisories: ${run.wall.toFixed(1)} s, peak RSS ${run.mb.toFixed(0)} MB`,
  );
}

async function status() {
  const store = await openStore({ dataDir });
  try {
    return await store.status();
  } finally {
    await store.close();
  }
}

// 3. Opening the store (three times: the first open after an import also warms the page cache).
const opens = [];
let advisories = 0;
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const store = await openStore({ dataDir });
  opens.push(performance.now() - t0);
  ({ advisories } = await store.status());
  await store.close();
}
console.log(
  `store: ${advisories} advisories; open ${opens.map((ms) => ms.toFixed(0)).join(', ')} ms`,
);
console.log(
  `medrisk db status: ${medrisk(['db', 'status', '--data-dir', dataDir]).wall.toFixed(2)} s wall`,
);

// 4. A 5,000-component SBOM.
const pick = (n, seed) => {
  const next = random(seed);
  return Array.from({ length: n }, () => packages[Math.floor(next() * packages.length)]).filter(
    (p, i, all) => all.findIndex((q) => q.purl === p.purl) === i,
  );
};
const big = `${out}sbom-5000.cdx.json`;
writeFileSync(big, fleetSbom(packageSet(5000, random(5)), 1));
const inventory = core.readInventory('sbom-5000.cdx.json', readFileSync(big, 'utf8'));
if (!inventory.ok) throw new Error('generated SBOM did not read');
const store = await openStore({ dataDir });
const t0 = performance.now();
const index = await store.advisoryIndex(core.advisoryKeysOf([inventory.value]));
const loadMs = performance.now() - t0;
const result = core.scanInventories([inventory.value], index);
const scanMs = performance.now() - t0;
await store.close();
console.log(
  `5,000-component SBOM after the store is open: ${scanMs.toFixed(0)} ms (index of ${index.size} advisories loaded in ${loadMs.toFixed(0)} ms), ${result.findings.length} findings`,
);
const cli = medrisk([
  'scan',
  big,
  '--data-dir',
  dataDir,
  '--format',
  'json',
  '--out',
  `${out}sbom-5000.result.json`,
  '--quiet',
]);
console.log(
  `medrisk scan of it: ${cli.wall.toFixed(2)} s wall including Node start and store open, peak RSS ${cli.mb.toFixed(0)} MB`,
);

// 5. 1,000 SBOMs of 300 components.
const count = Number(process.env.BENCH_SBOMS ?? 1000);
const fleetDir = `${out}fleet/`;
mkdirSync(fleetDir, { recursive: true });
const files = [];
for (let i = 0; i < count; i++) {
  const path = `${fleetDir}device-${String(i).padStart(4, '0')}.cdx.json`;
  if (!existsSync(path)) writeFileSync(path, fleetSbom(pick(300, 1000 + i), 1));
  files.push(path);
}
const rescan = medrisk([
  'scan',
  ...files,
  '--data-dir',
  dataDir,
  '--format',
  'json',
  '--out',
  `${out}fleet.result.json`,
  '--quiet',
]);
console.log(
  `rescan of ${count} SBOMs of up to 300 components: ${rescan.wall.toFixed(1)} s wall, peak RSS ${rescan.mb.toFixed(0)} MB`,
);
