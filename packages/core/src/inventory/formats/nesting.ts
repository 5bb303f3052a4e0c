import { MAX_NESTING_DEPTH } from './component-draft.js';

/**
 * Records `child` as contained in `parent` unless that would make a cycle, or unless the parent's
 * ancestry is deeper than we walk (then the nesting is refused: walking unbounded chains for every
 * relationship would be quadratic on hostile input). The first containment of a child wins.
 */
export function containIn(
  parents: Map<string, string>,
  child: string,
  parent: string,
): 'ok' | 'already' | 'cycle' | 'too-deep' {
  if (parents.has(child)) return 'already';
  let steps = 0;
  for (let p: string | undefined = parent; p !== undefined; p = parents.get(p)) {
    if (p === child) return 'cycle';
    if (++steps > MAX_NESTING_DEPTH) return 'too-deep';
  }
  parents.set(child, parent);
  return 'ok';
}

/**
 * Calls `add` for every position so that a parent is always added before its children, without
 * recursion (a long CONTAINS chain must not exhaust the stack). `add` gets the draft index of the
 * parent and returns the draft index of the item.
 */
export function addParentsFirst(
  count: number,
  parentOf: (position: number) => number | undefined,
  add: (position: number, parent: number | undefined) => number,
): void {
  const added = new Map<number, number>();
  for (let position = 0; position < count; position++) {
    const chain: number[] = [];
    for (
      let p: number | undefined = position;
      p !== undefined && !added.has(p) && chain.length <= count;
      p = parentOf(p)
    )
      chain.push(p);
    for (let i = chain.length - 1; i >= 0; i--) {
      const p = chain[i] ?? 0;
      const parentPosition = parentOf(p);
      added.set(p, add(p, parentPosition === undefined ? undefined : added.get(parentPosition)));
    }
  }
}
