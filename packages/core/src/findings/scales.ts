/**
 * Qualitative exploitability (FDA postmarket guidance VI.A: exploitability, not probability, because
 * attacker behaviour has no meaningful frequency). Ordered least to most exploitable.
 */
export const EXPLOITABILITY = ['very-low', 'low', 'moderate', 'high', 'very-high'] as const;
export type Exploitability = (typeof EXPLOITABILITY)[number];

/** Risk levels; `info` marks findings with no patient-harm dimension (documentation gaps). */
export const RISK_LEVELS = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export function exploitabilityRank(level: Exploitability): number {
  return EXPLOITABILITY.indexOf(level);
}

export function riskRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

/** Moves `steps` along the scale, clamped at both ends. */
export function shiftExploitability(level: Exploitability, steps: number): Exploitability {
  const index = Math.min(EXPLOITABILITY.length - 1, Math.max(0, exploitabilityRank(level) + steps));
  return EXPLOITABILITY[index] ?? level;
}

export function isRiskLevel(value: string): value is RiskLevel {
  return (RISK_LEVELS as readonly string[]).includes(value);
}
