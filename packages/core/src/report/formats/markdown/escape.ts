/**
 * Table structure only: pipes and line breaks would break the table. Callers escape model text with
 * `inline()` first (cells also hold our own links and code spans, which must stay markup).
 */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Model text anywhere in the report: neutralise characters that start markup or HTML. */
export function inline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = `| ${header.join(' | ')} |`;
  const rule = `| ${header.map(() => '---').join(' | ')} |`;
  return [head, rule, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}
