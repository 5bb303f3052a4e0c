import type { Advisory, AdvisoryBatch, AffectedEntry, EpssScore, KevEntry } from '@medrisk/core';

/** An OSV-shaped advisory with one package entry unless `affected` is given. */
export function anAdvisory(id: string, overrides: Partial<Advisory> = {}): Advisory {
  return {
    id,
    aliases: [],
    modified: '2024-01-01T00:00:00Z',
    summary: `summary of ${id}`,
    severity: [],
    affected: [aPackageEntry('PyPI', 'example')],
    references: [],
    cwes: [],
    source: { kind: 'osv', file: `${id}.json` },
    ...overrides,
  };
}

export function aPackageEntry(ecosystem: string, name: string, fixed = '2.0.0'): AffectedEntry {
  return {
    package: { ecosystem, name },
    ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] }],
    versions: [],
  };
}

export function aCpeEntry(cpe: string): AffectedEntry {
  return {
    cpe,
    ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.0' }, { fixed: '1.5' }] }],
    versions: [],
  };
}

export function aProductEntry(...productNames: string[]): AffectedEntry {
  return { productNames, ranges: [], versions: ['3.1'] };
}

export function aBatch(
  advisories: readonly Advisory[],
  kev: readonly KevEntry[] = [],
  epss: readonly EpssScore[] = [],
): AdvisoryBatch {
  return { advisories, kev, epss };
}

/** `count` small advisories over a few ecosystems, ids zero-padded so they sort as numbered. */
export function manyAdvisories(count: number, modified = '2024-01-01T00:00:00Z'): Advisory[] {
  const ecosystems = ['PyPI', 'npm', 'Go', 'Debian:12'];
  return Array.from({ length: count }, (_, i) =>
    anAdvisory(`GHSA-${String(i).padStart(6, '0')}`, {
      modified,
      aliases: [`CVE-2024-${String(i)}`],
      affected: [
        aPackageEntry(ecosystems[i % ecosystems.length] ?? 'npm', `pkg-${String(i % 1000)}`),
      ],
    }),
  );
}
