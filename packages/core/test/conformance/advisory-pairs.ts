import { constraintsToEvents, parseConstraints } from '../../src/advisories/sources/constraints.js';
import type { Advisory, RangeEvent } from '../../src/advisories/types.js';

/**
 * Our generic reading of a GHSA GraphQL record's `vulnerableVersionRange`s (the same comparator
 * reading CVE 5 and CSAF vls ranges get), one event list per package, with `firstPatchedVersion`
 * as the fix when the range names none.
 */
export function ghsaEvents(text: string): RangeEvent[][] {
  const record = JSON.parse(text) as {
    vulnerabilities: {
      nodes: {
        package: { name: string };
        vulnerableVersionRange: string;
        firstPatchedVersion: { identifier: string } | null;
      }[];
    };
  };
  const byPackage = new Map<string, RangeEvent[]>();
  for (const node of record.vulnerabilities.nodes) {
    const constraints = parseConstraints(node.vulnerableVersionRange, ',') ?? [];
    const { events, versions } = constraintsToEvents(constraints);
    const patched = node.firstPatchedVersion?.identifier;
    const own: RangeEvent[] =
      versions.length > 0 && patched !== undefined
        ? [{ introduced: versions[0] ?? '' }, { fixed: patched }]
        : [...events];
    byPackage.set(node.package.name, [...(byPackage.get(node.package.name) ?? []), ...own]);
  }
  return [...byPackage.values()];
}

/** `ecosystem|name|fixed` triples of an OSV record, epoch `0:` dropped (RPM reads no epoch as 0). */
export function osvFixedSet(text: string): Set<string> {
  const record = JSON.parse(text) as {
    affected: {
      package: { ecosystem: string; name: string };
      ranges: { events: Record<string, string>[] }[];
    }[];
  };
  return new Set(
    record.affected.flatMap((a) =>
      a.ranges.flatMap((r) =>
        r.events.flatMap((e) =>
          e.fixed === undefined
            ? []
            : [`${a.package.ecosystem}|${a.package.name}|${e.fixed.replace(/^0:/, '')}`],
        ),
      ),
    ),
  );
}

/** The same triples from our CSAF conversion. */
export function redHatFixedSet(advisories: readonly Advisory[]): Set<string> {
  return new Set(
    advisories.flatMap((advisory) =>
      advisory.affected.flatMap((a) =>
        a.package === undefined
          ? []
          : a.ranges.flatMap((r) =>
              r.events.flatMap((e) =>
                'fixed' in e
                  ? [
                      `${a.package?.ecosystem ?? ''}|${a.package?.name ?? ''}|${e.fixed.replace(/^0:/, '')}`,
                    ]
                  : [],
              ),
            ),
      ),
    ),
  );
}
