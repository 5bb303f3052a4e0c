import { CoreError } from '../../common/errors.js';
import type { CvssSeverity, CvssVersionId } from './types.js';

/**
 * The qualitative severity rating of a score. v3.x and v4.0 (Qualitative Severity Rating Scale): None 0.0,
 * Low 0.1–3.9, Medium 4.0–6.9, High 7.0–8.9, Critical 9.0–10.0. CVSS v2 defines no rating; we use
 * NVD's, the one everybody quotes: Low 0.0–3.9, Medium 4.0–6.9, High 7.0–10.0.
 */
export function cvssSeverityOf(version: CvssVersionId, score: number): CvssSeverity {
  const valid = checkedScore(score);
  if (version === '2.0') return valid >= 7 ? 'high' : valid >= 4 ? 'medium' : 'low';
  if (valid === 0) return 'none';
  if (valid < 4) return 'low';
  if (valid < 7) return 'medium';
  return valid < 9 ? 'high' : 'critical';
}

/**
 * Every score leaves the equations through here: finite, 0.0–10.0, one decimal, never -0. Anything
 * else is a bug in an equation (inputs are validated before scoring), so it throws rather than
 * letting a NaN or a silent zero reach a report.
 */
export function checkedScore(score: number): number {
  if (
    !Number.isFinite(score) ||
    score < 0 ||
    score > 10 ||
    Math.abs(score * 10 - Math.round(score * 10)) > 1e-9
  )
    throw new CoreError(`CVSS equation produced ${String(score)}; this is a bug`);
  // 1.1 * 10 is 11.000000000000002 in binary floating point; return the clean one-decimal value.
  return Math.round(score * 10) / 10 || 0;
}
