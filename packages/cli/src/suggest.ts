import { THREAT_RULES } from '@medrisk/core';

/** ` (did you mean "x"?)` for a misspelt rule id, or an empty string. */
export function didYouMeanRule(id: string): string {
  const scored = THREAT_RULES.map((r) => ({ id: r.id, score: similarity(id, r.id) })).sort(
    (a, b) => b.score - a.score,
  );
  const best = scored[0];
  return best !== undefined && best.score > 0.5 ? ` (did you mean "${best.id}"?)` : '';
}

/** Share of character bigrams in common (Dice coefficient): robust for kebab-case ids. */
function similarity(a: string, b: string): number {
  const grams = (s: string): string[] =>
    Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
  const x = grams(a);
  const y = grams(b);
  if (x.length === 0 || y.length === 0) return 0;
  const pool = [...y];
  let common = 0;
  for (const g of x) {
    const index = pool.indexOf(g);
    if (index >= 0) {
      common++;
      pool.splice(index, 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}
