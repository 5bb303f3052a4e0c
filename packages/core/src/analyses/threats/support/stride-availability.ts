import { severityRank, type ModelQuery } from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
import type { DataClass, HarmSeverity } from '../../../model/vocabulary.js';

/**
 * What stops when an element is unavailable. Unlike `harmOfFlow`/`harmOfComponent`, which follow
 * steering chains to everything a *corrupted* element can change, loss reaches one hop: the
 * functions an element serves and those of the components consuming its flows. A pump keeps
 * infusing when the server that sent its drug library goes down.
 */
export interface LossImpact {
  readonly functionId: string;
  readonly severity: HarmSeverity;
  /** How the loss reaches the function, for a rationale. */
  readonly via: string;
  readonly maxTolerableOutageMinutes?: number;
}

/** Content whose loss delays an update or provisioning rather than stopping a clinical function. */
const DISTRIBUTED: readonly DataClass[] = [
  'firmware',
  'software',
  'ai-model',
  'keys',
  'credentials',
  'training-data',
  'audit-log',
];

export function onlyDistributes(flow: DataFlow): boolean {
  if (flow.carries.includes('commands')) return false;
  return flow.data.length === 0
    ? flow.carries.every((c) => c === 'code')
    : flow.data.every((d) => DISTRIBUTED.includes(d));
}

function impacts(functionIds: readonly string[], via: string, query: ModelQuery): LossImpact[] {
  return functionIds.flatMap((id) => {
    const fn = query.clinicalFunction(id);
    if (fn === undefined) return [];
    const outage = fn.maxTolerableOutageMinutes;
    return [
      {
        functionId: id,
        severity: fn.severity,
        via,
        ...(outage === undefined ? {} : { maxTolerableOutageMinutes: outage }),
      },
    ];
  });
}

/** The flow's declared dependants, or else what its receiver serves. */
function lossThrough(flow: DataFlow, query: ModelQuery): LossImpact[] {
  return flow.functions.length > 0
    ? impacts(flow.functions, `flow "${flow.id}" declares it`, query)
    : impacts(
        query.servedFunctions(flow.target),
        `"${flow.target}" depends on flow "${flow.id}"`,
        query,
      );
}

const worstFirst = (list: LossImpact[]): LossImpact | undefined =>
  [...list].sort((a, b) => severityRank(b.severity) - severityRank(a.severity))[0];

export function worstLossOfFlow(flow: DataFlow, query: ModelQuery): LossImpact | undefined {
  return onlyDistributes(flow) ? undefined : worstFirst(lossThrough(flow, query));
}

export function worstLossOfComponent(
  component: Component,
  query: ModelQuery,
): LossImpact | undefined {
  return worstFirst([
    ...impacts(query.servedFunctions(component.id), `"${component.id}" serves it`, query),
    ...query
      .flowsFrom(component.id)
      .filter((flow) => !onlyDistributes(flow))
      .flatMap((flow) => lossThrough(flow, query)),
  ]);
}

/** An attacker who must keep the element down for a day or more is unlikely to cause harm. */
export function outageTolerance(
  loss: LossImpact,
): { readonly level: 'low'; readonly reason: string } | undefined {
  const minutes = loss.maxTolerableOutageMinutes;
  if (minutes === undefined || minutes < 24 * 60) return undefined;
  return {
    level: 'low',
    reason: `${loss.functionId} tolerates ${String(Math.round(minutes / 60))} hours of outage; an attacker must keep it down that long`,
  };
}

export function lossSeverity(loss: LossImpact): {
  readonly level: HarmSeverity;
  readonly reason: string;
} {
  return {
    level: loss.severity,
    reason: `its loss stops clinical function ${loss.functionId} (${loss.severity}): ${loss.via}`,
  };
}
