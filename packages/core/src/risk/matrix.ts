import type { RiskPolicy } from '../model/types.js';
import { HARM_SEVERITIES, type HarmSeverity } from '../model/vocabulary.js';
import { exploitabilityRank, type Exploitability, type RiskLevel } from '../findings/scales.js';

/** Looks up the policy's matrix; `matrix[exploitability][severity]`. */
export function riskLevel(
  policy: RiskPolicy,
  exploitability: Exploitability,
  severity: HarmSeverity,
): RiskLevel {
  const row = policy.matrix[exploitabilityRank(exploitability)];
  const level = row?.[HARM_SEVERITIES.indexOf(severity)];
  if (level === undefined)
    throw new Error(`risk matrix has no cell for ${exploitability} × ${severity}`);
  return level;
}

export function isAcceptable(policy: RiskPolicy, level: RiskLevel): boolean {
  return level === 'info' || (policy.acceptable as readonly string[]).includes(level);
}
