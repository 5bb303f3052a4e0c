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
