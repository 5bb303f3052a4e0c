import type { RiskPolicy } from './types.js';

/**
 * Default risk matrix, shaped like the FDA postmarket guidance figure (exploitability × severity of
 * harm). FDA sets no thresholds; these are ours, documented in docs/model-format.md, and a model can
 * replace them under `risk:`. Rows: exploitability very-low → very-high. Columns: ISO 14971 severity
 * negligible → catastrophic.
 */
export const DEFAULT_RISK_POLICY: RiskPolicy = {
  acceptable: ['low', 'medium'],
  matrix: [
    ['low', 'low', 'low', 'low', 'medium'],
    ['low', 'low', 'low', 'medium', 'high'],
    ['low', 'low', 'medium', 'high', 'high'],
    ['low', 'medium', 'high', 'high', 'critical'],
    ['low', 'medium', 'high', 'critical', 'critical'],
  ],
  custom: false,
};
