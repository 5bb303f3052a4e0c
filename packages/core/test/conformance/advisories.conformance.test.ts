import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csafSource } from '../../src/advisories/sources/csaf/index.js';
import { osvSource } from '../../src/advisories/sources/osv/index.js';
import type { Advisory } from '../../src/advisories/types.js';
import { readAdvisories, type ReadAdvisoriesResult } from '../../src/node/read-advisories.js';
import { ghsaEvents, osvFixedSet, redHatFixedSet } from './advisory-pairs.js';
import { hasSharedData, sharedData } from './shared-data.js';

/** Pairs whose events we reproduce exactly today (see the printed differences for the rest). */
const GHSA_AGREEMENT_FLOOR = 7;

const advisoriesOf = (result: ReadAdvisoriesResult): Advisory[] =>
  result.batches.flatMap((b) => b.advisories);

/** `set: N files, M advisories; per ecosystem: Go 2070, …` — the numbers the report quotes. */
function summarize(set: string, result: ReadAdvisoriesResult): void {
  const ecosystems = new Map<string, number>();
  for (const advisory of advisoriesOf(result)) {
    for (const name of new Set(
      advisory.affected.map(
        (a) =>
          a.package?.ecosystem.split(':')[0] ??
          (a.cpe !== undefined
            ? 'CPE'
            : a.productNames !== undefined
              ? 'named product'
              : 'GIT only'),
      ),
    )) {
      ecosystems.set(name, (ecosystems.get(name) ?? 0) + 1);
    }
  }
  const perEcosystem = [...ecosystems]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${String(v)}`);
  const imported = result.files.filter((f) => f.ok).length;
  console.log(
    `${set}: ${String(imported)}/${String(result.files.length)} files imported, ${String(advisoriesOf(result).length)} advisories, ${String(result.issues.filter((i) => i.severity === 'warning').length)} warnings; per ecosystem: ${perEcosystem.join(', ')}`,
  );
}

const failures = (result: ReadAdvisoriesResult): string[] =>
  result.files.filter((f) => !f.ok).map((f) => `${f.file}: ${f.issues[0]?.message ?? ''}`);

describe('OSV samples import without error', () => {
  it.each([
    ['golang-vulndb', 'osv-sample/golang-vulndb/data/osv'],
    ['pypa (YAML)', 'osv-sample/pypa-advisory-database/vulns'],
    ['rustsec', 'osv-sample/rustsec-advisory-db-osv/crates'],
    ['psf', 'osv-sample/psf-advisory-database/advisories'],
    ['almalinux', 'osv-sample/almalinux-osv-database/advisories'],
  ])('%s', async (set, path) => {
    if (!hasSharedData(path, `OSV ${set}`)) return;
    const result = await readAdvisories([`${sharedData}${path}`]);
    summarize(set, result);

    expect(failures(result)).toEqual([]);
    expect(result.files.every((f) => f.source === 'osv')).toBe(true);
  });

  it.runIf(hasSharedData('osv-sample/osv-schema/tools/osv-linter/testdata', 'OSV linter records'))(
    'osv-linter test records: broken ones give issues, not crashes',
    async () => {
      const result = await readAdvisories([
        `${sharedData}osv-sample/osv-schema/tools/osv-linter/testdata`,
      ]);
      summarize('osv-linter testdata', result);
      const warned = (prefix: string): number =>
        result.files.filter((f) => f.file.includes(`/${prefix}`)).flatMap((f) => f.issues).length;
      console.log(
        `linter records: nointroduced ${String(warned('nointroduced-'))} issues, nondistinct ${String(warned('nondistinct-'))}, nopackage ${String(warned('nopackage-'))} (a package missing from its registry cannot be seen offline)`,
      );

      expect(failures(result)).toEqual([]);
      expect(warned('nointroduced-')).toBeGreaterThan(0);
      expect(warned('nondistinct-')).toBeGreaterThan(0);
    },
  );
});

describe('NVD 2.0 and CVE 5 records of osv.dev vulnfeeds', () => {
  const base = 'osv-sample/osv.dev-vulnfeeds-testdata/vulnfeeds/test_data/';
  it.each([
    ['NVD CVE API 2.0', 'nvdcve-2.0', 'nvd'],
    ['CVE JSON 5 (cve5)', 'cve5', 'cve5'],
    ['CVE JSON 5 (cvelistV5)', 'cvelistV5', 'cve5'],
    ['OSV (combine-to-osv)', 'combine-to-osv', 'osv'],
  ])('%s', async (set, folder, source) => {
    if (!hasSharedData(`${base}${folder}`, set)) return;
    const result = await readAdvisories([`${sharedData}${base}${folder}`]);
    summarize(set, result);

    expect(failures(result)).toEqual([]);
    expect(result.files.every((f) => f.source === source)).toBe(true);
  });
});

describe('CSAF advisories', () => {
  it.runIf(hasSharedData('csaf-medical/cisagov-csaf', 'CISA CSAF'))(
    'every CISA ICSMA and ICSA document imports',
    async () => {
      const root = `${sharedData}csaf-medical/cisagov-csaf`;
      const result = await readAdvisories([`${root}/OT`, `${root}/IT`]);
      const documents = result.files.filter((f) => f.source === 'csaf');
      const icsma = documents.filter((f) => /icsma-[^/]*\.json$/.test(f.file));
      const listed = readFileSync(`${root}/OT/white/index.txt`, 'utf8')
        .split('\n')
        .filter((l) => l.includes('icsma')).length;
      const advisories = advisoriesOf(result);
      const entries = advisories.flatMap((a) => a.affected);
      console.log(
        `CISA CSAF: ${String(documents.filter((f) => f.ok).length)}/${String(documents.length)} documents imported (${String(icsma.length)} ICSMA present of ${String(listed)} in index.txt), ${String(advisories.length)} advisories, ${String(entries.length)} affected entries: ${String(entries.filter((e) => e.ranges.length > 0).length)} with ranges, ${String(entries.filter((e) => e.versions.length > 0).length)} with versions, ${String(entries.filter((e) => e.extra?.unreadableRange !== undefined).length)} with an unreadable range kept as text`,
      );

      expect(documents.filter((f) => !f.ok).map((f) => f.file)).toEqual([]);
      expect(icsma.length).toBe(
        readdirSync(`${root}/OT/white`, { recursive: true }).filter((n) =>
          /icsma-.*\.json$/.test(String(n)),
        ).length,
      );
    },
  );

  it.runIf(hasSharedData('csaf-medical/oasis-csaf/csaf_2.0/examples/csaf', 'OASIS CSAF examples'))(
    'OASIS CSAF 2.0 examples import',
    async () => {
      const result = await readAdvisories([
        `${sharedData}csaf-medical/oasis-csaf/csaf_2.0/examples/csaf`,
      ]);
      summarize('OASIS CSAF 2.0 examples', result);

      expect(failures(result)).toEqual([]);
      expect(result.files.every((f) => f.source === 'csaf')).toBe(true);
    },
  );
});

describe('KEV catalog', () => {
  it.runIf(hasSharedData('kev/known_exploited_vulnerabilities.json', 'KEV catalog'))(
    'imports every entry',
    async () => {
      const path = `${sharedData}kev/known_exploited_vulnerabilities.json`;
      const result = await readAdvisories([path]);
      const count = (JSON.parse(readFileSync(path, 'utf8')) as { count: number }).count;
      const imported = result.batches.flatMap((b) => b.kev).length;
      console.log(`KEV: ${String(imported)} of ${String(count)} entries imported`);

      expect(failures(result)).toEqual([]);
      expect(imported).toBe(count);
    },
  );
});

describe('conversion pairs in osv-schema testdata', () => {
  const ghsa = 'osv-sample/osv-schema/tools/ghsa/testdata';
  it.runIf(hasSharedData(ghsa, 'GHSA → OSV pairs'))(
    'GHSA ranges agree with the expected OSV events we read',
    () => {
      const names = readdirSync(`${sharedData}${ghsa}`).filter((n) => n.endsWith('.osv.json'));
      let agree = 0;
      const differ: string[] = [];
      for (const name of names) {
        const input = readFileSync(
          `${sharedData}${ghsa}/${name.replace('.osv.json', '.json')}`,
          'utf8',
        );
        const result = osvSource.convert(
          readFileSync(`${sharedData}${ghsa}/${name}`, 'utf8'),
          name,
        );
        const ours = result.ok
          ? (result.value.advisories[0]?.affected ?? []).map((a) =>
              a.ranges.flatMap((r) => r.events),
            )
          : [];
        const expected = ghsaEvents(input);
        const key = (lists: readonly (readonly object[])[]): string =>
          JSON.stringify(lists.map((l) => l.map((e) => JSON.stringify(e)).sort()).sort());
        if (key(ours) === key(expected)) agree += 1;
        else
          differ.push(
            `${name}: OSV ${JSON.stringify(ours)} vs our reading of GHSA ${JSON.stringify(expected)}`,
          );
      }
      console.log(
        `GHSA → OSV pairs: ${String(agree)}/${String(names.length)} agree event for event${differ.length > 0 ? `; differ: ${differ.join('; ')}` : ''}`,
      );

      // GHSA's converter knows each ecosystem's next version (`> 11.6` → `introduced: 11.6.1`) and
      // reads `<= v` without a patch as every version; ours reads ranges literally. The differences
      // are printed; the floor guards against regressions.
      expect(agree).toBeGreaterThanOrEqual(GHSA_AGREEMENT_FLOOR);
    },
  );

  const redhat = 'osv-sample/osv-schema/tools/redhat/testdata';
  it.runIf(hasSharedData(redhat, 'Red Hat CSAF → OSV pairs'))(
    'Red Hat CSAF converts to the packages and fixes Red Hat publishes',
    () => {
      const pairs = readdirSync(`${sharedData}${redhat}/OSV`);
      let agree = 0;
      let total = 0;
      for (const name of pairs) {
        const csafName = name.toLowerCase();
        const ours = csafSource.convert(
          readFileSync(`${sharedData}${redhat}/CSAF/${csafName}`, 'utf8'),
          csafName,
        );
        const expected = osvFixedSet(readFileSync(`${sharedData}${redhat}/OSV/${name}`, 'utf8'));
        const got = ours.ok ? redHatFixedSet(ours.value.advisories) : new Set<string>();
        total += expected.size;
        agree += [...expected].filter((key) => got.has(key)).length;
        const extra = [...got].filter((key) => !expected.has(key));
        console.log(
          `${name}: ${String([...expected].filter((k) => got.has(k)).length)}/${String(expected.size)} (ecosystem, package, fixed) triples agree; ${String(extra.length)} more of ours`,
        );
      }
      console.log(`Red Hat CSAF → OSV pairs: ${String(agree)}/${String(total)} agree`);

      expect(agree).toBe(total);
    },
  );
});
