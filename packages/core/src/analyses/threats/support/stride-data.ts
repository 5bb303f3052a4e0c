import type { Evidence } from '../../../findings/types.js';
import { severityRank, type FunctionImpact, type ModelQuery } from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
import {
  SENSITIVE_DATA,
  type ComponentKind,
  type DataClass,
  type HarmSeverity,
} from '../../../model/vocabulary.js';
import { fact, flowPath } from '../helpers.js';

export interface Severity {
  readonly level: HarmSeverity;
  readonly reason: string;
}

/** Secrets: whoever reads them can act as their owner, so their disclosure is a safety matter. */
export const SECRET_DATA: readonly DataClass[] = ['credentials', 'keys'];

/** Stores built to resist tampering and extraction: their protection is what they are for. */
const TAMPER_RESISTANT: readonly ComponentKind[] = ['secure-element', 'hsm'];

export function isTamperResistant(store: Component): boolean {
  return TAMPER_RESISTANT.includes(store.kind);
}

/** Data classes on every flow into or out of the component, sorted and unique. */
export function dataClassesAt(componentId: string, query: ModelQuery): DataClass[] {
  return [...new Set(query.flowsOf(componentId).flatMap((flow) => flow.data))].sort();
}

export function sensitiveOf(classes: readonly DataClass[]): DataClass[] {
  return classes.filter((d) => SENSITIVE_DATA.includes(d));
}

/**
 * Severity for disclosed secrets: they give control of the components that use them, so the harm is
 * the worst those components can do to patients. Undefined when that is no worse than a privacy
 * breach (the rule's `privacy` basis then applies).
 */
export function severityOfLeakedSecrets(
  unlocked: readonly string[],
  query: ModelQuery,
): Severity | undefined {
  let worst: { readonly id: string; readonly impact: FunctionImpact } | undefined;
  for (const id of unlocked) {
    const impact = query.harmOfComponent(id).impacts[0];
    if (impact === undefined) continue;
    if (worst === undefined || severityRank(impact.severity) > severityRank(worst.impact.severity))
      worst = { id, impact };
  }
  if (worst === undefined || severityRank(worst.impact.severity) <= severityRank('minor'))
    return undefined;
  const { id, impact } = worst;
  return {
    level: impact.severity,
    reason: `disclosed credentials or keys give control of "${id}", which can affect clinical function ${impact.functionId} (${impact.severity})`,
  };
}

/**
 * Severity of a hit about one flow of a component: what that flow reaches, not everything the
 * component reaches. A flow reaching no declared function is assumed minor, and the reason says so.
 */
export function severityOfFlow(flow: DataFlow, query: ModelQuery): Severity {
  const worst = query.harmOfFlow(flow.id).impacts[0];
  return worst === undefined
    ? {
        level: 'minor',
        reason: `flow "${flow.id}" reaches no declared clinical function; severity assumed minor — list the functions it serves`,
      }
    : {
        level: worst.severity,
        reason: `through flow "${flow.id}" it can affect clinical function ${worst.functionId} (${worst.severity})`,
      };
}

/** `commands (therapy-command, configuration)`: what a flow carries, for evidence and rationales. */
export function describeContent(flow: DataFlow): string {
  return `${flow.carries.join(', ')}${flow.data.length > 0 ? ` (${flow.data.join(', ')})` : ''}`;
}

/** One evidence line per flow of the component that carries any of the given data classes. */
export function flowsCarryingEvidence(
  componentId: string,
  classes: readonly DataClass[],
  query: ModelQuery,
): Evidence[] {
  return query.flowsOf(componentId).flatMap((flow) => {
    const carried = flow.data.filter((d) => classes.includes(d));
    return carried.length === 0
      ? []
      : [fact(flowPath(flow, 'data'), `carries ${carried.join(', ')}`)];
  });
}
