import type { Issue } from '../common/issue.js';
import type { AuthoredModel } from './schema/index.js';

/** Nesting must be a tree: a component inside itself cannot be analysed or drawn. */
export function checkCycles(model: AuthoredModel, issues: Issue[]): void {
  const check = (
    collection: 'components' | 'trustBoundaries',
    items: readonly { id: string; parent?: string | undefined }[] | undefined,
  ): void => {
    const parentOf = new Map((items ?? []).map((item) => [item.id, item.parent] as const));
    const reported = new Set<string>();
    (items ?? []).forEach((item, index) => {
      const chain = [item.id];
      let current = item.parent;
      while (current !== undefined && parentOf.has(current)) {
        if (chain.includes(current)) {
          const cycle = [...chain.slice(chain.indexOf(current)), current];
          // One issue per cycle, not per member: the key is the set of members (the closing repeat dropped).
          const key = [...new Set(cycle)].sort().join('|');
          if (!reported.has(key) && current === item.id) {
            reported.add(key);
            issues.push({
              code: 'nesting-cycle',
              severity: 'error',
              path: [collection, index, 'parent'],
              message: `nesting cycle: ${cycle.join(' → ')}`,
              hint: 'each element needs exactly one outermost ancestor',
            });
          }
          break;
        }
        chain.push(current);
        current = parentOf.get(current);
      }
    });
  };
  check('components', model.components);
  check('trustBoundaries', model.trustBoundaries);
}

/**
 * Trust boundaries are closed regions (playbook §2.3.1), so two boundaries either nest or are
 * disjoint. A component listed in two unrelated boundaries would make "crosses a boundary" ambiguous.
 */
export function checkBoundaries(model: AuthoredModel, issues: Issue[]): void {
  const boundaries = model.trustBoundaries ?? [];
  const parentOf = new Map(boundaries.map((b) => [b.id, b.parent] as const));
  const ancestors = (id: string): Set<string> => {
    const out = new Set<string>();
    let current = parentOf.get(id);
    while (current !== undefined && !out.has(current)) {
      out.add(current);
      current = parentOf.get(current);
    }
    return out;
  };
  const memberOf = new Map<string, string>();
  boundaries.forEach((boundary, index) => {
    boundary.members.forEach((member, j) => {
      const other = memberOf.get(member);
      if (other === undefined || other === boundary.id) {
        memberOf.set(member, boundary.id);
        return;
      }
      if (ancestors(boundary.id).has(other)) {
        memberOf.set(member, boundary.id); // keep the innermost
        return;
      }
      if (ancestors(other).has(boundary.id)) return;
      issues.push({
        code: 'boundary-overlap',
        severity: 'error',
        path: ['trustBoundaries', index, 'members', j],
        message: `"${member}" is in both "${other}" and "${boundary.id}", which do not nest`,
        hint: 'trust boundaries are closed regions: nest one inside the other with `parent`, or list the component once',
      });
    });
  });
  checkNestedMembers(model, memberOf, ancestors, issues);
}

/** A nested component sits inside its parent, so it cannot be in a boundary disjoint from the parent's. */
function checkNestedMembers(
  model: AuthoredModel,
  memberOf: ReadonlyMap<string, string>,
  ancestors: (id: string) => Set<string>,
  issues: Issue[],
): void {
  const parentOf = new Map((model.components ?? []).map((c) => [c.id, c.parent] as const));
  const nests = (a: string, b: string): boolean =>
    a === b || ancestors(a).has(b) || ancestors(b).has(a);
  (model.trustBoundaries ?? []).forEach((boundary, index) => {
    boundary.members.forEach((member, j) => {
      const seen = new Set<string>([member]);
      for (
        let parent = parentOf.get(member);
        parent !== undefined && !seen.has(parent);
        parent = parentOf.get(parent)
      ) {
        seen.add(parent);
        const outer = memberOf.get(parent);
        if (outer === undefined) continue;
        if (!nests(outer, boundary.id)) {
          issues.push({
            code: 'boundary-overlap',
            severity: 'error',
            path: ['trustBoundaries', index, 'members', j],
            message: `"${member}" is in "${boundary.id}", but it is part of "${parent}", which is in "${outer}"; the two boundaries do not nest`,
            hint: "a nested component lies inside its parent: put its boundary inside the parent's with `parent`, or remove it from one of them",
          });
        }
        break;
      }
    });
  });
}
