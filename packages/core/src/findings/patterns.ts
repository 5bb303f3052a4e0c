/**
 * Finding-id patterns used by controls, assumptions and treatments: an exact id
 * (`rule@subject/qualifier`) or `*` wildcards (`rule@*`, `*@pump`, `debug-port-enabled@pump/*`).
 */
export function matchesFindingPattern(pattern: string, findingId: string): boolean {
  if (!pattern.includes('*')) return pattern === findingId;
  const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('.*')}$`);
  return regex.test(findingId);
}

export function isPattern(value: string): boolean {
  return value.includes('*');
}

function escapeRegex(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
