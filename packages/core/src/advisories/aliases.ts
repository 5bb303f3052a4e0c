import type { Advisory } from './types.js';

/** Advisories about one vulnerability, found by shared ids; one group becomes one finding. */
export interface AdvisoryGroup {
  /** The CVE id when the group has exactly one; otherwise its smallest id (code-unit order). */
  readonly id: string;
  /** Every id and alias of the group, sorted. */
  readonly ids: readonly string[];
  /** The group's advisories, sorted by id. */
  readonly advisories: readonly Advisory[];
}

const CVE = /^CVE-\d{4}-\d+$/;
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Groups advisories that share any id or alias, transitively (union-find over `id` + `aliases`):
 * GHSA-x aliasing CVE-y and PYSEC-z aliasing CVE-y are one vulnerability. `related` ids are not
 * followed — related is "about something similar", and following it would merge distinct
 * vulnerabilities. Advisories with the same id (the same record from two files) share a group.
 * The output is sorted by group id, so it does not depend on input order.
 */
export function groupAdvisories(advisories: readonly Advisory[]): AdvisoryGroup[] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    // Path compression keeps repeated lookups flat on large advisory sets.
    for (let at = id; at !== root;) {
      const next = parent.get(at) ?? root;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  const add = (id: string): void => {
    if (!parent.has(id)) parent.set(id, id);
  };
  const union = (a: string, b: string): void => {
    const [ra, rb] = [find(a), find(b)];
    // The smaller id becomes the root, so the result never depends on input order.
    if (ra < rb) parent.set(rb, ra);
    else if (rb < ra) parent.set(ra, rb);
  };
  for (const advisory of advisories) {
    add(advisory.id);
    for (const alias of advisory.aliases) {
      add(alias);
      union(advisory.id, alias);
    }
  }
  const groups = new Map<string, { ids: Set<string>; advisories: Advisory[] }>();
  for (const advisory of advisories) {
    const root = find(advisory.id);
    const group = groups.get(root) ?? { ids: new Set<string>(), advisories: [] };
    group.advisories.push(advisory);
    for (const id of [advisory.id, ...advisory.aliases]) group.ids.add(id);
    groups.set(root, group);
  }
  return [...groups.values()]
    .map((group) => {
      const ids = [...group.ids].sort(byText);
      const cves = ids.filter((id) => CVE.test(id));
      return {
        id: cves.length === 1 && cves[0] !== undefined ? cves[0] : (ids[0] ?? ''),
        ids,
        advisories: group.advisories.sort(
          (a, b) => byText(a.id, b.id) || byText(a.source.file ?? '', b.source.file ?? ''),
        ),
      };
    })
    .sort((a, b) => byText(a.id, b.id));
}
