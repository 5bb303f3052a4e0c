import ae from 'ae-cvss-calculator';
import { checkedScore } from '../severity.js';
import type { CvssScores } from '../types.js';

/**
 * Scores a normalized, validated v3.x vector with ae-cvss-calculator, which passes every v3.0 and
 * v3.1 vector of the Red Hat test suite (see README.md). Its `Cvss3P0` rounds up as v3.0 says
 * (ceiling to one decimal) and `Cvss3P1` with v3.1's integer Roundup (specification Appendix A).
 *
 * The library evaluates a group's equation only when a metric of that group is written. The
 * specification evaluates them always, with Not Defined weighing 1 (or taking the base value):
 * - temporal with no temporal metric is Roundup(base × 1 × 1 × 1), the base score itself;
 * - environmental with no environmental metric is obtained by writing CR:M, whose weight (1.0)
 *   equals Not Defined's, which makes the library evaluate the environmental equation unchanged.
 */
export function scoreV3(
  version: '3.0' | '3.1',
  normalized: string,
  hasEnvironmental: boolean,
): CvssScores {
  const Calculator = version === '3.0' ? ae.Cvss3P0 : ae.Cvss3P1;
  const scores = new Calculator(
    hasEnvironmental ? normalized : `${normalized}/CR:M`,
  ).calculateScores();
  const base = checkedScore(scores.base ?? Number.NaN);
  return {
    base,
    temporal: checkedScore(scores.temporal ?? base),
    environmental: checkedScore(scores.environmental ?? Number.NaN),
  };
}
