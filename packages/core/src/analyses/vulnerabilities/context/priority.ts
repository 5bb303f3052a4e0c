import type { EpssScore, KevEntry } from '../../../advisories/types.js';
import type { HarmSeverity } from '../../../model/vocabulary.js';
import {
  PRIORITY_LEVELS,
  type CvssScore,
  type DeployerDecision,
  type PriorityFactor,
  type PriorityLevel,
  type VulnerabilityPriority,
} from '../../../findings/priority.js';

/** The weights: exploitation evidence and patient harm matter most; a CVSS score alone cannot reach "immediate". */
const PRIORITY_WEIGHTS = {
  exploitation: 30,
  epss: 10,
  cvss: 20,
  'patient-harm': 30,
  exposure: 10,
} as const;

const HARM_POINTS: Readonly<Record<HarmSeverity, number>> = {
  negligible: 0,
  minor: 0.2,
  serious: 0.5,
  critical: 0.8,
  catastrophic: 1,
};
const EXPOSURE_POINTS: Readonly<Record<string, number>> = { open: 1, controlled: 0.5, small: 0.1 };

export interface PriorityInput {
  readonly kev?: KevEntry;
  readonly epss?: EpssScore;
  /** The device-context score when there is one, else the base score. */
  readonly cvss?: CvssScore;
  /** Absent in a scan without a device model. */
  readonly harm?: { readonly severity?: HarmSeverity; readonly reason: string };
  readonly ssvc?: DeployerDecision;
}

export function vulnerabilityPriority(input: PriorityInput): VulnerabilityPriority {
  const factors: PriorityFactor[] = [];
  const add = (id: PriorityFactor['id'], share: number, value: string, reason: string): void => {
    const weight = PRIORITY_WEIGHTS[id];
    factors.push({
      id,
      weight,
      points: Math.round(weight * Math.min(1, Math.max(0, share)) * 10) / 10,
      value,
      reason,
    });
  };
  const exploitation = input.ssvc?.selections.find((s) => s.point === 'exploitation');
  if (input.kev !== undefined)
    add('exploitation', 1, 'active', `in CISA KEV since ${input.kev.dateAdded}`);
  else if (exploitation !== undefined)
    add(
      'exploitation',
      exploitation.value === 'active' ? 1 : exploitation.value === 'public-poc' ? 2 / 3 : 0,
      exploitation.value,
      exploitation.reason ?? 'SSVC exploitation',
    );
  else
    add(
      'exploitation',
      0,
      'none known',
      'no KEV entry and no exploit reference in the loaded advisories',
    );
  add(
    'epss',
    input.epss?.epss ?? 0,
    input.epss === undefined ? 'unknown' : `${(input.epss.epss * 100).toFixed(1)}%`,
    input.epss === undefined
      ? 'no EPSS score loaded (counts 0)'
      : `probability of exploitation activity in the next 30 days (percentile ${(input.epss.percentile * 100).toFixed(0)})`,
  );
  add(
    'cvss',
    (input.cvss?.score ?? 0) / 10,
    input.cvss === undefined ? 'unknown' : `${input.cvss.score.toFixed(1)} ${input.cvss.severity}`,
    input.cvss === undefined
      ? 'no valid CVSS vector (counts 0)'
      : `CVSS ${input.cvss.version} ${input.cvss.vector}`,
  );
  if (input.harm !== undefined)
    add(
      'patient-harm',
      input.harm.severity === undefined ? 0 : HARM_POINTS[input.harm.severity],
      input.harm.severity ?? 'none',
      input.harm.reason,
    );
  const exposure = input.ssvc?.selections.find((s) => s.point === 'systemExposure');
  if (exposure !== undefined)
    add(
      'exposure',
      EXPOSURE_POINTS[exposure.value] ?? 0,
      exposure.value,
      exposure.reason ?? 'SSVC system exposure',
    );
  const score = Math.round(factors.reduce((n, f) => n + f.points, 0) * 10) / 10;
  const ssvcLevel = PRIORITY_LEVELS.find((l) => l === input.ssvc?.outcome);
  if (ssvcLevel !== undefined)
    return { level: ssvcLevel, score, basis: `${input.ssvc?.table ?? 'SSVC'} decision`, factors };
  const max = factors.reduce((n, f) => n + f.weight, 0);
  const share = max === 0 ? 0 : score / max;
  const level: PriorityLevel =
    input.kev !== undefined
      ? 'immediate'
      : share >= 0.7
        ? 'out-of-cycle'
        : share >= 0.35
          ? 'scheduled'
          : 'defer';
  const why =
    input.harm === undefined
      ? 'no device model: patient harm and exposure not known'
      : (input.ssvc?.note ?? 'SSVC not derivable');
  return {
    level,
    score,
    basis: `score bands (${why}): KEV → immediate, ≥70% of the applicable weights → out-of-cycle, ≥35% → scheduled, else defer`,
    factors,
  };
}
