/**
 * Finding-id patterns used by controls, assumptions and treatments: an exact id
 * (`rule@subject/qualifier`) or `*` wildcards (`rule@*`, `*@pump`, `debug-port-enabled@pump/*`).
 */
export function matchesFindingPattern(pattern: string, findingId: string): boolean {
  if (!pattern.includes('*')) return pattern === findingId;
  let regex = compiled.get(pattern);
  if (regex === undefined) {
    regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('.*')}$`);
    compiled.set(pattern, regex);
  }
  return regex.test(findingId);
}

/** Patterns are few and findings many: compile each pattern once. */
const compiled = new Map<string, RegExp>();

export function isPattern(value: string): boolean {
  return value.includes('*');
}

function escapeRegex(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Many patterns against many findings (every control, suppression and treatment against every
 * finding) would be a product; the index buckets exact ids and `rule@…` patterns so each finding only
 * tests the few patterns that can match it.
 */
export interface PatternIndex<T> {
  /** Values whose pattern matches the id, in the order they were added. */
  match(findingId: string): readonly T[];
}

export function buildPatternIndex<T>(
  entries: readonly { readonly pattern: string; readonly value: T }[],
): PatternIndex<T> {
  const exact = new Map<string, { order: number; value: T }[]>();
  const byRule = new Map<string, { order: number; pattern: string; value: T }[]>();
  const anyRule: { order: number; pattern: string; value: T }[] = [];
  entries.forEach(({ pattern, value }, order) => {
    if (!pattern.includes('*')) {
      exact.set(pattern, [...(exact.get(pattern) ?? []), { order, value }]);
      return;
    }
    const rule = pattern.split('@')[0] ?? '';
    if (rule.includes('*') || !pattern.includes('@')) anyRule.push({ order, pattern, value });
    else byRule.set(rule, [...(byRule.get(rule) ?? []), { order, pattern, value }]);
  });
  return {
    match(findingId) {
      const rule = findingId.slice(0, findingId.indexOf('@'));
      const hits = [
        ...(exact.get(findingId) ?? []),
        ...[...(byRule.get(rule) ?? []), ...anyRule].filter((e) =>
          matchesFindingPattern(e.pattern, findingId),
        ),
      ];
      if (hits.length <= 1) return hits.map((h) => h.value);
      // One value (a control) may match through several of its patterns: list it once.
      return [...new Set(hits.sort((a, b) => a.order - b.order).map((h) => h.value))];
    },
  };
}
