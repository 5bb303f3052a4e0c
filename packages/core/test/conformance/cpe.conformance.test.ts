import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCpe, parseCpe, uriOf } from '../../src/inventory/cpe/index.js';
import { hasSharedData, sharedData } from './shared-data.js';

/** Every JSON file under a directory, in a stable order. */
function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** Every string value that is a CPE name (starts with `cpe:`), wherever the format keeps it. */
function cpesIn(value: unknown, found: string[]): string[] {
  if (typeof value === 'string') {
    if (/^cpe:/i.test(value)) found.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) cpesIn(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) cpesIn(item, found);
  }
  return found;
}

const SETS = [
  ['NVD 2.0 and CVE 5 records', 'osv-sample/osv.dev-vulnfeeds-testdata'],
  ['CSAF advisories', 'csaf-medical'],
  // Not required by the brief, but the largest set of real CPEs in the data: CISA's ADP entries.
  ['CISA vulnrichment CVE 5 records', 'extras/cisa-vulnrichment-sample'],
] as const;

describe('CPE names in real advisories', () => {
  for (const [label, relative] of SETS) {
    it.runIf(hasSharedData(relative, `CPE conformance (${label})`))(
      `${label}: every CPE parses and re-binds to itself`,
      () => {
        const cpes = jsonFiles(`${sharedData}${relative}`).flatMap((file) => {
          try {
            return cpesIn(JSON.parse(readFileSync(file, 'utf8')), []);
          } catch {
            return []; // some test documents are deliberately not JSON; they hold no CPE to check
          }
        });
        const unique = [...new Set(cpes)];
        const failures = unique.filter((text) => !parseCpe(text).ok);
        // A parsed name bound back in its own syntax must give the same name (up to case).
        const unstable = unique.filter((text) => {
          const parsed = parseCpe(text);
          if (!parsed.ok) return false;
          const rebound = text.toLowerCase().startsWith('cpe:2.3:')
            ? formatCpe(parsed.value)
            : uriOf(parsed.value);
          return rebound !== text.toLowerCase();
        });
        // The other binding carries the same WFN: FS → WFN → URI → WFN (and URI → FS → WFN).
        const crossBound = unique.filter((text) => {
          const parsed = parseCpe(text);
          if (!parsed.ok) return false;
          const other = text.toLowerCase().startsWith('cpe:2.3:')
            ? uriOf(parsed.value)
            : formatCpe(parsed.value);
          const back = parseCpe(other);
          return back.ok && JSON.stringify(back.value) === JSON.stringify(parsed.value);
        });
        console.log(
          `CPE ${label}: ${unique.length - failures.length}/${unique.length} distinct names parsed (${cpes.length} occurrences); ${unstable.length} not re-bound identically${unstable.length > 0 ? `:\n  ${unstable.join('\n  ')}` : ''}; ${crossBound.length} survive the other binding${failures.length > 0 ? `\n  failed:\n  ${failures.join('\n  ')}` : ''}`,
        );

        expect(failures).toEqual([]);
        expect(unstable).toEqual([]);
        expect(crossBound).toHaveLength(unique.length);
        expect(unique.length).toBeGreaterThan(0);
      },
    );
  }
});
