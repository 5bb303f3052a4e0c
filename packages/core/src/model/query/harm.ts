import { HARM_SEVERITIES, STEERING_DATA, type HarmSeverity } from '../vocabulary.js';
import type { ClinicalFunction, DataFlow, DeviceModel } from '../types.js';
import type { Structure } from './structure.js';
import { memoize } from '../../common/memo.js';

/** A clinical function an element can affect, and the chain of element ids that leads there. */
export interface FunctionImpact {
  readonly functionId: string;
  readonly severity: HarmSeverity;
  readonly multiPatient: boolean;
  /** Element ids from the subject to the component serving the function (flows included). */
  readonly path: readonly string[];
}

export interface HarmReach {
  /** Worst severity among the impacts; undefined when the element reaches no clinical function. */
  readonly severity?: HarmSeverity;
  readonly impacts: readonly FunctionImpact[];
}

/**
 * A flow "steers" its target when it carries commands, code or steering data (STEERING_DATA): then whoever
 * controls the source controls what the target does, and harm propagates along it transitively.
 * Other data (telemetry, PHI) affects only the functions of the component that consumes it directly.
 */
export function steers(flow: DataFlow): boolean {
  return (
    flow.carries.includes('commands') ||
    flow.carries.includes('code') ||
    flow.data.some((d) => STEERING_DATA.includes(d))
  );
}

export function severityRank(severity: HarmSeverity): number {
  return HARM_SEVERITIES.indexOf(severity);
}

export interface HarmQueries {
  /** Functions served by the component or anything nested in it. */
  servedFunctions(componentId: string): readonly string[];
  /** What compromise of the component (its integrity or availability) can do to patients. */
  harmOfComponent(componentId: string): HarmReach;
  /** What corrupting, dropping or delaying the flow can do to patients. */
  harmOfFlow(flowId: string): HarmReach;
  /** Per-patient components a shared component can steer, directly or through others. */
  steeredPerPatient(componentId: string): readonly string[];
}

export function buildHarmQueries(model: DeviceModel, structure: Structure): HarmQueries {
  const functions = new Map<string, ClinicalFunction>(
    model.clinicalFunctions.map((f) => [f.id, f]),
  );
  const served = memoize((id: string): readonly string[] =>
    [...new Set(structure.selfAndDescendants(id).flatMap((c) => c.functions))].sort(),
  );
  const impactsFrom = (start: string, prefix: readonly string[]): FunctionImpact[] => {
    const impacts = new Map<string, FunctionImpact>();
    const record = (fid: string, path: readonly string[]): void => {
      const fn = functions.get(fid);
      if (fn === undefined || impacts.has(fid)) return;
      impacts.set(fid, {
        functionId: fid,
        severity: fn.severity,
        multiPatient: fn.multiPatient ?? false,
        path,
      });
    };
    // A nested part (firmware in a pump, a model in a service) is part of what its enclosing
    // components do: compromising it affects their functions too, and the path names the enclosure.
    const add = (componentId: string, path: readonly string[]): void => {
      for (const fid of served(componentId)) record(fid, path);
      for (const ancestor of structure.ancestors(componentId)) {
        for (const fid of ancestor.functions) record(fid, [...path, ancestor.id]);
      }
    };
    const visited = new Set<string>([start]);
    let frontier: { id: string; path: readonly string[] }[] = [
      { id: start, path: [...prefix, start] },
    ];
    add(start, [...prefix, start]);
    while (frontier.length > 0) {
      const next: typeof frontier = [];
      for (const { id, path } of frontier) {
        for (const flow of structure.flowsFrom(id)) {
          if (visited.has(flow.target)) continue;
          const hop = [...path, flow.id, flow.target];
          if (steers(flow)) {
            visited.add(flow.target);
            next.push({ id: flow.target, path: hop });
            add(flow.target, hop);
          } else if (path.length === prefix.length + 1) {
            add(flow.target, hop); // plain data: one hop, into the consumer only
          }
        }
      }
      frontier = next;
    }
    return [...impacts.values()].sort(
      (a, b) =>
        severityRank(b.severity) - severityRank(a.severity) ||
        (a.functionId < b.functionId ? -1 : 1),
    );
  };
  const reach = (impacts: FunctionImpact[]): HarmReach => {
    const worst = impacts[0];
    return worst === undefined ? { impacts } : { severity: worst.severity, impacts };
  };
  const componentCache = new Map<string, HarmReach>();
  const harmOfComponent = (id: string): HarmReach => {
    const cached = componentCache.get(id);
    if (cached !== undefined) return cached;
    const result = reach(impactsFrom(id, []));
    componentCache.set(id, result);
    return result;
  };
  return {
    servedFunctions: served,
    harmOfComponent,
    harmOfFlow: memoize((flowId) => {
      const flow = structure.flow(flowId);
      if (flow === undefined) return { impacts: [] };
      const explicit = flow.functions.flatMap((fid): FunctionImpact[] => {
        const fn = functions.get(fid);
        return fn === undefined
          ? []
          : [
              {
                functionId: fid,
                severity: fn.severity,
                multiPatient: fn.multiPatient ?? false,
                path: [flow.id],
              },
            ];
      });
      const downstream = steers(flow)
        ? impactsFrom(flow.target, [flow.id])
        : served(flow.target).flatMap((fid): FunctionImpact[] => {
            const fn = functions.get(fid);
            return fn === undefined
              ? []
              : [
                  {
                    functionId: fid,
                    severity: fn.severity,
                    multiPatient: fn.multiPatient ?? false,
                    path: [flow.id, flow.target],
                  },
                ];
          });
      const merged = new Map<string, FunctionImpact>();
      for (const impact of [...explicit, ...downstream])
        if (!merged.has(impact.functionId)) merged.set(impact.functionId, impact);
      return reach(
        [...merged.values()].sort(
          (a, b) =>
            severityRank(b.severity) - severityRank(a.severity) ||
            (a.functionId < b.functionId ? -1 : 1),
        ),
      );
    }),
    steeredPerPatient: memoize((id): readonly string[] => {
      const out = new Set<string>();
      const visited = new Set<string>([id]);
      const queue = [id];
      for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
        for (const flow of structure.flowsFrom(current)) {
          if (!steers(flow) || visited.has(flow.target)) continue;
          visited.add(flow.target);
          queue.push(flow.target);
          if (structure.component(flow.target)?.multiplicity === 'per-patient')
            out.add(flow.target);
        }
      }
      return [...out].sort();
    }),
  };
}
