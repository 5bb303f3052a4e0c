import ae from 'ae-cvss-calculator';
import { checkedScore } from '../severity.js';
import type { CvssNomenclature, CvssScores, CvssVector } from '../types.js';
import { V4_METRICS } from './metrics.js';

function written(vector: CvssVector, groups: readonly string[]): string {
  const parts = V4_METRICS.filter(
    (m) => groups.includes(m.group) && vector.metrics[m.id] !== undefined,
  ).map((m) => `${m.id}:${vector.metrics[m.id] ?? ''}`);
  return `CVSS:4.0/${parts.join('/')}`;
}

function defines(vector: CvssVector, group: 'threat' | 'environmental'): boolean {
  return V4_METRICS.some((m) => m.group === group && vector.metrics[m.id] !== undefined);
}

/** The specification's nomenclature: B, plus T when a threat metric is defined, E when an environmental one is. */
function nomenclatureOf(vector: CvssVector): CvssNomenclature {
  const threat = defines(vector, 'threat');
  const environmental = defines(vector, 'environmental');
  if (threat) return environmental ? 'CVSS-BTE' : 'CVSS-BT';
  return environmental ? 'CVSS-BE' : 'CVSS-B';
}

function overall(text: string): number {
  return checkedScore(new ae.Cvss4P0(text).calculateScores().overall);
}

/**
 * Scores a validated v4.0 vector with ae-cvss-calculator, which implements FIRST's MacroVector
 * method (the 270-entry lookup table, severity distances, rounding to one decimal with FIRST's 1e-6
 * epsilon) and passes every v4.0 vector of the Red Hat test suite. Supplemental metrics are never
 * handed to it, so they cannot change the score; `base` is the CVSS-B score of the base metrics alone.
 */
export function scoreV4(vector: CvssVector): CvssScores {
  const scored = written(vector, ['base', 'threat', 'environmental']);
  const base = overall(written(vector, ['base']));
  return { base, overall: overall(scored), nomenclature: nomenclatureOf(vector) };
}
