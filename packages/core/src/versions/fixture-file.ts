/** One comparison from a fixture file: `a < b`, `a = b` or `a > b`. */
export interface FixtureComparison {
  readonly a: string;
  readonly b: string;
  /** The sign `compare(a, b)` must have. */
  readonly expected: -1 | 0 | 1;
  /** 1-based line number, so a failure points at the file. */
  readonly line: number;
}

/** A parsed fixture file: its comparisons, and the lines that were neither comparisons nor comments. */
export interface FixtureFile {
  readonly comparisons: readonly FixtureComparison[];
  /** Never dropped silently: callers assert this is empty. */
  readonly malformed: readonly { readonly line: number; readonly text: string }[];
}

const COMPARISON = /^(\S+)\s+([<=>])\s+(\S+)$/;
const SIGN = { '<': -1, '=': 0, '>': 1 } as const;

/**
 * Reads the osv-scalibr fixture format, which our own `__fixtures__/*.txt` files share: one
 * comparison per line; blank lines and lines starting with `#` or `//` are comments. Comments are
 * whole lines only, because versions may contain `#` (Packagist's `1.2.3.#`).
 */
export function parseFixtureFile(text: string): FixtureFile {
  const comparisons: FixtureComparison[] = [];
  const malformed: { line: number; text: string }[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('//')) continue;
    const match = COMPARISON.exec(line);
    if (match === null) {
      malformed.push({ line: index + 1, text: raw });
      continue;
    }
    const [, a = '', op = '=', b = ''] = match;
    comparisons.push({ a, b, expected: SIGN[op as keyof typeof SIGN], line: index + 1 });
  }
  return { comparisons, malformed };
}
