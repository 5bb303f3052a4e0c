import type { FunctionImpact, ModelQuery } from '../../../model/query/index.js';
import type { Component } from '../../../model/types.js';
import type { Exploitability } from '../../../risk/scales.js';

/**
 * Helpers for denial-of-service and outage rules. What stops when an element stops comes from the
 * query layer (`lossOfComponent`, `lossOfFlow`), the same model the risk step uses for rules with
 * `harm: 'availability'`; these helpers only phrase and weigh it.
 */

/** Components on a loss path (after the start) that stop because they declare no way to work without it. */
export function stoppingDependants(impact: FunctionImpact, query: ModelQuery): Component[] {
  return impact.path
    .map((id) => query.component(id))
    .filter((c, index): c is Component => index > 0 && c !== undefined);
}

/** An attacker who must keep an element down for a day or more is unlikely to cause harm before someone acts. */
export function outageTolerance(
  impact: FunctionImpact,
  query: ModelQuery,
): { readonly level: Exploitability; readonly reason: string } | undefined {
  const minutes = query.clinicalFunction(impact.functionId)?.maxTolerableOutageMinutes;
  if (minutes === undefined || minutes < 24 * 60) return undefined;
  return {
    level: 'low',
    reason: `${impact.functionId} tolerates ${String(Math.round(minutes / 60))} hours of outage; an attacker must keep it down that long`,
  };
}
