import type { AdvisorySeverity } from '../../../advisories/types.js';
import type { CvssScore, ContextMetric, DeviceCvss } from '../../../findings/priority.js';
import { scoreVector, withMetrics } from '../../../scoring/cvss/index.js';
import type { DeviceFacts, Reach } from './device-facts.js';

const RANK: readonly Reach[] = ['P', 'L', 'A', 'N'];
const SEVERE = new Set(['critical', 'catastrophic']);

/** The advisory vector medrisk scores: the newest CVSS version given (v4.0, then v3.x, then v2). */
export function baseVector(severity: readonly AdvisorySeverity[]): string | undefined {
  for (const type of ['CVSS_V4', 'CVSS_V3', 'CVSS_V2'] as const) {
    const found = severity.find((s) => s.type === type && scoreVector(s.score).ok);
    if (found !== undefined) return found.score;
  }
  return undefined;
}

export function scoreOf(vector: string): CvssScore | undefined {
  // A scan scores the same few vectors thousands of times (one per match); the score of a vector
  // never changes, so a memo is safe and keeps the pure function pure.
  if (SCORED.has(vector)) return SCORED.get(vector);
  const result = scoreVector(vector);
  const r = result.ok ? result.value : undefined;
  const score: CvssScore | undefined =
    r === undefined
      ? undefined
      : { vector: r.vector, version: r.version, score: r.score, severity: r.severity };
  if (SCORED.size >= SCORED_LIMIT) SCORED.clear();
  SCORED.set(vector, score);
  return score;
}

const SCORED = new Map<string, CvssScore | undefined>();
const SCORED_LIMIT = 50_000;

/**
 * The advisory's CVSS vector adjusted to where the component runs (CVSS environmental metrics):
 * - MAV lowered to the component's most remote way in (a BLE-only pump makes AV:N adjacent), never raised;
 * - CR:H when sensitive data (PHI, credentials, keys) passes through it; IR:H / AR:H when corrupting
 *   / stopping it harms a clinical function rated critical or catastrophic;
 * - v4.0 only: MSI:S / MSA:S (Safety) for those functions — v3.x has no safety metric, said in `note`.
 */
export function deviceContextCvss(
  severity: readonly AdvisorySeverity[],
  facts: DeviceFacts,
): DeviceCvss {
  const vector = baseVector(severity);
  if (vector === undefined) return { note: 'the advisories give no valid CVSS vector' };
  const base = scoreOf(vector);
  if (base === undefined || base.version === '2.0')
    return {
      ...(base === undefined ? {} : { base }),
      note: 'CVSS v2 has no environmental metrics medrisk sets; base score only',
    };
  const v4 = base.version === '4.0';
  const modified: ContextMetric[] = [];
  const av = /(?:^|\/)AV:([NALP])(?:\/|$)/.exec(base.vector)?.[1] as Reach | undefined;
  if (
    facts.reach !== undefined &&
    av !== undefined &&
    RANK.indexOf(facts.reach.value) < RANK.indexOf(av)
  )
    modified.push({ metric: 'MAV', value: facts.reach.value, reason: facts.reach.reason });
  if (facts.sensitiveData.length > 0)
    modified.push({
      metric: 'CR',
      value: 'H',
      reason: `carries ${facts.sensitiveData.join(', ')}`,
    });
  const integrity = facts.integrityImpacts.find((i) => SEVERE.has(i.severity));
  if (integrity !== undefined) {
    const why = `compromise reaches ${integrity.functionId} (${integrity.severity})`;
    modified.push({ metric: 'IR', value: 'H', reason: why });
    if (v4) modified.push({ metric: 'MSI', value: 'S', reason: `${why}: Safety` });
  }
  const loss = facts.lossImpacts.find((i) => SEVERE.has(i.severity));
  if (loss !== undefined) {
    const why = `an outage stops ${loss.functionId} (${loss.severity})`;
    modified.push({ metric: 'AR', value: 'H', reason: why });
    if (v4) modified.push({ metric: 'MSA', value: 'S', reason: `${why}: Safety` });
  }
  const note =
    !v4 && (integrity !== undefined || loss !== undefined)
      ? 'CVSS v3.x cannot express safety impact (v4.0 MSI/MSA:S); the patient-harm severity is in the risk instead'
      : undefined;
  if (modified.length === 0) return { base, ...(note === undefined ? {} : { note }) };
  const applied = withMetrics(
    base.vector,
    Object.fromEntries(modified.map((m) => [m.metric, m.value])),
  );
  const context = applied.ok ? scoreOf(applied.value) : undefined;
  if (context === undefined)
    return { base, note: 'the device-context metrics could not be applied to this vector' };
  return { base, context: { ...context, modified }, ...(note === undefined ? {} : { note }) };
}
