/**
 * Deterministic ordering helpers. `localeCompare` depends on the ICU data of the running Node, so
 * output would differ between machines; we compare UTF-16 code units instead.
 */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

export function sortBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareStrings(key(x), key(y)));
}
