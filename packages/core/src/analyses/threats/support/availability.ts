import { severityRank, type FunctionImpact, type ModelQuery } from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
import type { DataClass } from '../../../model/vocabulary.js';

/** Data that only feeds building or training; losing it delays the next release, not today's care. */
const BUILD_TIME_DATA: readonly DataClass[] = ['firmware', 'software', 'ai-model', 'training-data'];

export function buildTimeOnly(flow: DataFlow): boolean {
  return flow.data.length > 0
    ? flow.data.every((d) => BUILD_TIME_DATA.includes(d))
    : flow.carries.every((c) => c === 'code');
}

/** Declares a way to keep its function going when an input stops. */
export function worksWithoutFeed(component: Component): boolean {
  const resilience = component.resilience;
  return resilience?.offlineMode === true || resilience?.onCommunicationLoss === 'continue-locally';
}

/**
 * What stops for patients when the component stops: the functions it serves, functions declared on
 * its run-time flows, and, following those flows, the functions of every component that needs its
 * input and declares no way to work without it (undeclared is taken as stopping, and the caller
 * says so). People at the end of a flow lose the message but are not followed further. Unlike `harmOfComponent`, which asks what a compromised component can make others do,
 * this follows dependence: a device that keeps its last settings does not stop when they stop coming.
 */
export function availabilityImpacts(start: Component, query: ModelQuery): FunctionImpact[] {
  const impacts = new Map<string, FunctionImpact>();
  const add = (functionIds: readonly string[], path: readonly string[]): void => {
    for (const id of functionIds) {
      const fn = query.clinicalFunction(id);
      if (fn === undefined || impacts.has(id)) continue;
      impacts.set(id, {
        functionId: id,
        severity: fn.severity,
        multiPatient: fn.multiPatient ?? false,
        path,
      });
    }
  };
  add(query.servedFunctions(start.id), [start.id]);
  for (const flow of query.flowsOf(start.id))
    if (!buildTimeOnly(flow)) add(flow.functions, [start.id, flow.id]);
  const visited = new Set<string>([start.id]);
  let frontier: { id: string; path: readonly string[] }[] = [{ id: start.id, path: [start.id] }];
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const { id, path } of frontier) {
      for (const flow of query.flowsFrom(id)) {
        const target = query.component(flow.target);
        if (buildTimeOnly(flow) || target === undefined || visited.has(target.id)) continue;
        if (target.kind === 'person') {
          // the message stops reaching them, but people do not stop working: go no further
          add(flow.functions, [...path, flow.id]);
          continue;
        }
        visited.add(target.id);
        if (worksWithoutFeed(target)) continue;
        const hop = [...path, flow.id, target.id];
        add(flow.functions, [...path, flow.id]);
        add(query.servedFunctions(target.id), hop);
        next.push({ id: target.id, path: hop });
      }
    }
    frontier = next;
  }
  return [...impacts.values()].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) || (a.functionId < b.functionId ? -1 : 1),
  );
}

/** Components on an impact path (after the start) that stop because no offline behaviour is declared. */
export function stoppingDependants(impact: FunctionImpact, query: ModelQuery): Component[] {
  return impact.path
    .filter((_, index) => index > 0 && index % 2 === 0)
    .map((id) => query.component(id))
    .filter((c): c is Component => c !== undefined);
}
