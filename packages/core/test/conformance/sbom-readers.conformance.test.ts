import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/common/issue.js';
import { readInventory } from '../../src/inventory/read.js';
import { hasSharedData, sharedData } from './shared-data.js';

/**
 * Every CycloneDX and SPDX document in ../shared/data parses without a crash; valid documents give
 * no errors; the draft ML-BOM files that are not valid JSON give a located json-syntax issue.
 */
interface Set_ {
  readonly name: string;
  readonly root: string;
  readonly include: (file: string) => boolean;
}

const SBOM_SETS: readonly Set_[] = [
  {
    name: 'cyclonedx bom-examples',
    root: 'cyclonedx/bom-examples',
    include: (f) => /\.(json|xml)$/.test(f),
  },
  {
    name: 'cyclonedx ML-BOM examples',
    root: 'cyclonedx/bom-examples-mlbom',
    include: (f) => f.endsWith('.json'),
  },
  {
    name: 'cyclonedx spec valid-*',
    root: 'cyclonedx/specification/tools/src/test/resources',
    include: (f) => /(^|\/)valid-[^/]*\.(json|xml)$/.test(f),
  },
  {
    name: 'spdx examples and spec examples',
    root: 'spdx',
    include: (f) =>
      !f.startsWith('license-list/') &&
      !f.endsWith('schema.json') &&
      (f.endsWith('.spdx') || (f.endsWith('.json') && !f.includes('/schemas/'))),
  },
  {
    name: 'osv-scanner SBOM fixtures',
    root: 'osv-sample/osv-scanner-fixtures',
    include: (f) => /\.(cdx|spdx)\.(json|xml)$/.test(f),
  },
];

/** Not valid JSON upstream (trailing comma in metadata); see ../shared/data/cyclonedx/README.txt. */
const KNOWN_INVALID_JSON = new Set([
  'draft-pr-64378bac/MLBOM/Dataset/bom.json',
  'draft-pr-64378bac/MLBOM/Model/OpenSource/bom.json',
]);

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

describe('SBOM readers over ../shared/data', () => {
  const summary: string[] = [];
  afterAll(() => {
    if (summary.length > 0) console.log(`SBOM readers summary\n  ${summary.join('\n  ')}`);
  });

  for (const set of SBOM_SETS) {
    it.runIf(hasSharedData(set.root, `SBOM readers: ${set.name}`))(set.name, () => {
      const root = `${sharedData}${set.root}`;
      const files = walk(root)
        .map((path) => relative(root, path).split('\\').join('/'))
        .filter(set.include);
      const failures: string[] = [];
      let components = 0;
      let warnings = 0;
      let located = 0;

      for (const file of files) {
        const result = readInventory(file, readFileSync(join(root, file), 'utf8'));
        const errors = result.issues.filter((i) => i.severity === 'error');
        warnings += result.issues.length - errors.length;
        if (KNOWN_INVALID_JSON.has(file)) {
          const syntax = errors.find((i) => i.code === 'json-syntax' && i.location !== undefined);
          if (syntax === undefined || result.ok)
            failures.push(`${file}: expected a located json-syntax issue`);
          else located++;
          continue;
        }
        if (!result.ok || errors.length > 0) failures.push(...errors.map(formatIssue));
        else components += result.value.components.length;
      }

      const line = `${set.name}: ${String(files.length)} documents, ${String(files.length - failures.length)} read, ${String(components)} components, ${String(warnings)} warnings${located > 0 ? `, ${String(located)} invalid-JSON files with a located issue` : ''}`;
      console.log(line);
      summary.push(line);
      expect(files.length).toBeGreaterThan(0);
      expect(failures).toEqual([]);
    });
  }

  it.runIf(hasSharedData('cyclonedx', 'SBOM readers: JSON/XML pairs'))(
    'the JSON and XML encodings of the same BOM give the same components and graph',
    () => {
      const root = `${sharedData}cyclonedx`;
      const xmlFiles = walk(root).filter((f) => /\/(valid-[^/]*|bom[^/]*)\.xml$/.test(f));
      const strip = (value: unknown): string =>
        JSON.stringify(value, (key, v: unknown) =>
          key === 'location' || key === 'path' ? undefined : v,
        );
      const differing: string[] = [];
      let pairs = 0;

      for (const xml of xmlFiles) {
        const json = xml.replace(/\.xml$/, '.json');
        if (!existsSync(json)) continue;
        const a = readInventory(json, readFileSync(json, 'utf8'));
        const b = readInventory(xml, readFileSync(xml, 'utf8'));
        if (!a.ok || !b.ok) continue;
        pairs++;
        if (
          strip([a.value.components, a.value.dependencies]) !==
          strip([b.value.components, b.value.dependencies])
        )
          differing.push(relative(root, xml));
      }

      const line = `cyclonedx JSON/XML pairs: ${String(pairs)} pairs, ${String(pairs - differing.length)} give identical components and dependencies`;
      console.log(line);
      summary.push(line);
      expect(pairs).toBeGreaterThan(40);
      // The one document whose two encodings really differ upstream (a license, checked by hand).
      expect(differing).toEqual(['bom-examples/SBOM/dropwizard-1.3.15/bom.xml']);
    },
  );

  it.runIf(hasSharedData('spdx/spdx-spec', 'SBOM readers: other SPDX serializations'))(
    'SPDX serializations we do not read (RDF/XML, XML, YAML) get a clear issue, not a crash',
    () => {
      const root = `${sharedData}spdx/spdx-spec`;
      const files = walk(root).filter((f) => /\.(xml|yaml)$/.test(f));

      for (const file of files) {
        const result = readInventory(relative(root, file), readFileSync(file, 'utf8'));

        expect(result.ok).toBe(false);
        expect(result.issues[0]?.code).toBe('invalid-format');
      }
      const line = `spdx RDF/XML, XML, YAML: ${String(files.length)} documents refused with a "not a recognised SBOM" issue`;
      console.log(line);
      summary.push(line);
      expect(files.length).toBeGreaterThan(0);
    },
  );

  it.runIf(
    hasSharedData('cyclonedx/specification/tools/src/test/resources', 'SBOM readers: invalid-*'),
  )('cyclonedx spec invalid-* documents never crash a reader', () => {
    const root = `${sharedData}cyclonedx/specification/tools/src/test/resources`;
    const files = walk(root).filter((f) => /\/invalid-[^/]*\.(json|xml)$/.test(f));
    let refused = 0;

    for (const file of files) {
      const result = readInventory(relative(root, file), readFileSync(file, 'utf8'));
      if (!result.ok) refused++;
    }

    const line = `cyclonedx spec invalid-*: ${String(files.length)} documents read without a crash; ${String(refused)} refused (the others break only schema rules a reader need not enforce)`;
    console.log(line);
    summary.push(line);
    expect(files.length).toBeGreaterThan(0);
  });
});
