// Synthetic fleet data for `npm run bench:scan`: an SBOM of many copies of a package set (as a
// hospital's fleet inventory is) and OSV advisories for those ecosystems, deterministic (seeded).

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same data. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ECOSYSTEMS = [
  { osv: 'npm', purl: (i) => ({ purl: `pkg:npm/pkg-${i}`, name: `pkg-${i}` }) },
  {
    osv: 'Go',
    purl: (i) => ({
      purl: `pkg:golang/github.com/org${i % 97}/mod-${i}`,
      name: `github.com/org${i % 97}/mod-${i}`,
    }),
  },
  {
    osv: 'Packagist',
    purl: (i) => ({
      purl: `pkg:composer/vendor${i % 53}/lib-${i}`,
      name: `vendor${i % 53}/lib-${i}`,
    }),
  },
];

/** `count` packages spread over npm, Go and Packagist, each with one version. */
export function packageSet(count, next = random(7)) {
  return Array.from({ length: count }, (_, i) => {
    const eco = ECOSYSTEMS[i % ECOSYSTEMS.length];
    const { purl, name } = eco.purl(i);
    const version = `${1 + Math.floor(next() * 4)}.${Math.floor(next() * 20)}.${Math.floor(next() * 10)}`;
    const go = eco.osv === 'Go';
    return {
      ecosystem: eco.osv,
      name,
      version: go ? `v${version}` : version,
      purl: `${purl}@${go ? 'v' : ''}${version}`,
    };
  });
}

/** A CycloneDX 1.6 JSON SBOM with `copies` copies of the package set (distinct bom-refs). */
export function fleetSbom(packages, copies) {
  const components = [];
  for (let c = 0; c < copies; c++)
    for (const [i, p] of packages.entries())
      components.push({
        'bom-ref': `d${c}-${i}`,
        type: 'library',
        name: p.name,
        version: p.version,
        purl: p.purl,
      });
  return JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    metadata: { timestamp: '2026-01-01T00:00:00Z' },
    components,
  });
}

/** `count` OSV advisories; `share` of them name a package of the set (about half of those affect its version). */
export function osvAdvisories(packages, count, share = 0.05, next = random(11)) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const known = next() < share ? packages[Math.floor(next() * packages.length)] : undefined;
    const eco = known?.ecosystem ?? ECOSYSTEMS[i % 3].osv;
    const name = known?.name ?? ECOSYSTEMS[i % 3].purl(100000 + i).name;
    const fixed = `${1 + Math.floor(next() * 4)}.${Math.floor(next() * 20)}.${Math.floor(next() * 10)}`;
    out.push({
      ecosystem: eco,
      advisory: {
        schema_version: '1.6.0',
        id: `BENCH-${eco}-${i}`,
        modified: '2026-01-01T00:00:00Z',
        aliases: [`CVE-2026-${String(100000 + i)}`],
        summary: `Synthetic advisory ${i}`,
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
        affected: [
          {
            package: { ecosystem: eco, name },
            ranges: [
              {
                type: eco === 'Go' ? 'SEMVER' : 'ECOSYSTEM',
                events: [{ introduced: '0' }, { fixed }],
              },
            ],
          },
        ],
      },
    });
  }
  return out;
}
