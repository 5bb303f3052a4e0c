/** Table cells: pipes and line breaks would break the table; backslashes would escape the next char. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Inline text outside tables: neutralise characters that start markup or HTML. */
export function inline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = `| ${header.join(' | ')} |`;
  const rule = `| ${header.map(() => '---').join(' | ')} |`;
  return [head, rule, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}
