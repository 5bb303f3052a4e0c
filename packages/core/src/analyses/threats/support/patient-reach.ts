import { severityRank, type FunctionImpact, type ModelQuery } from '../../../model/query/index.js';
import type { Component } from '../../../model/types.js';
import type { HarmSeverity } from '../../../model/vocabulary.js';
import type { RuleHit } from '../types.js';

/** The bar the home-use, cloud and AI rules use for "can seriously hurt a patient" (ISO 14971). */
export function isSerious(severity: HarmSeverity): boolean {
  return severityRank(severity) >= severityRank('serious');
}

/**
 * The worst clinical function the component serves or steers, when it is serious or worse. Steered
 * functions count because a threat to a phone app or a relay reaches the therapy it commands.
 */
export function seriousImpact(component: Component, query: ModelQuery): FunctionImpact | undefined {
  const worst = query.harmOfComponent(component.id).impacts[0];
  return worst !== undefined && isSerious(worst.severity) ? worst : undefined;
}

/** `insulin-delivery (catastrophic)`, plus the chain of elements when it is reached indirectly. */
export function describeImpact(impact: FunctionImpact): string {
  const via = impact.path.length > 1 ? ` via ${impact.path.join(' → ')}` : '';
  return `${impact.functionId} (${impact.severity})${via}`;
}

/**
 * For privacy rules (harm `privacy`, severity minor) whose subject can also steer a clinical
 * function: the attacker who gets in can do more than read, so the hit reports that severity.
 */
export function steeredSeverity(
  component: Component,
  query: ModelQuery,
  how: string,
): RuleHit['severity'] {
  const worst = query.harmOfComponent(component.id).impacts[0];
  if (worst === undefined || severityRank(worst.severity) <= severityRank('minor'))
    return undefined;
  return { level: worst.severity, reason: `${how} ${describeImpact(worst)}` };
}
