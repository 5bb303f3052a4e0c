#!/usr/bin/env node
// Benchmark: `medrisk scan FLEET --advisories ZIPS` as a user runs it (a new Node process; wall
// time includes start-up), on a generated fleet SBOM (46 copies of 2,300 npm, Go and Composer
// packages: ~106,000 components) and ~10,000 OSV advisories in per-ecosystem zips. The peer figure
// in issue 3: osv-scanner 1.9.2 takes 2.4 s / 248 MB on a similar fleet here. Needs a build.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fleetSbom, osvAdvisories, packageSet } from './lib/generate-fleet.js';
import { zipEntries } from './lib/zip-writer.js';

const dir = fileURLToPath(new URL('../bench-out/scan-fleet/', import.meta.url));
const bin = fileURLToPath(new URL('../packages/cli/bin/medrisk.js', import.meta.url));
mkdirSync(dir, { recursive: true });
const packages = packageSet(Number(process.env.BENCH_PACKAGES ?? 2300));
const copies = Number(process.env.BENCH_COPIES ?? 46);
writeFileSync(`${dir}fleet.cdx.json`, fleetSbom(packages, copies));
const zips = [];
const byEcosystem = new Map();
for (const { ecosystem, advisory } of osvAdvisories(
  packages,
  Number(process.env.BENCH_ADVISORIES ?? 10000),
)) {
  if (!byEcosystem.has(ecosystem)) byEcosystem.set(ecosystem, []);
  byEcosystem.get(ecosystem).push(advisory);
}
for (const [ecosystem, list] of byEcosystem) {
  const path = `${dir}${ecosystem}.zip`;
  writeFileSync(
    path,
    zipEntries(list.map((a) => ({ name: `${a.id}.json`, data: JSON.stringify(a) }))),
  );
  zips.push(path);
}
const inputs = [bin, 'scan', `${dir}fleet.cdx.json`, ...zips.flatMap((z) => ['--advisories', z])];
console.log(
  `fleet: ${packages.length * copies} components (${copies} × ${packages.length}), ${[...byEcosystem.values()].reduce((n, l) => n + l.length, 0)} OSV advisories in ${zips.length} zips`,
);
// The command (terminal table, as osv-scanner prints by default), then the full JSON result.
measure('medrisk scan FLEET --advisories ZIPS (table)', [...inputs, '--quiet']);
measure('… --format json --out result.json', [
  ...inputs,
  '--format',
  'json',
  '--out',
  `${dir}result.json`,
  '--quiet',
]);
console.log('target: under 1.2 s wall including Node start (osv-scanner 1.9.2: 2.4 s, 248 MB)');

function measure(label, args) {
  const runs = [];
  for (let i = 0; i < Number(process.env.BENCH_RUNS ?? 3); i++) {
    const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (run.status !== 0 && run.status !== 1) {
      console.error(run.stderr);
      process.exit(2);
    }
    const [wall, kb] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
    runs.push({ wall, mb: kb / 1024 });
  }
  const best = runs.reduce((x, y) => (y.wall < x.wall ? y : x));
  console.log(
    `${label}: best ${best.wall.toFixed(2)} s of ${runs.length} (${runs.map((r) => r.wall.toFixed(2)).join(', ')}), peak RSS ${best.mb.toFixed(0)} MB`,
  );
}
