import { memoize } from '../../common/memo.js';
import type { ClinicalFunction, Component, DataFlow, DeviceModel } from '../types.js';
import type { DataClass } from '../vocabulary.js';
import { severityRank, type FunctionImpact, type HarmReach } from './harm.js';
import type { Structure } from './structure.js';

/**
 * Content whose loss delays a release, an update or provisioning rather than stopping care today:
 * a pump keeps infusing when the server that ships its firmware is down.
 */
const DISTRIBUTION_DATA: readonly DataClass[] = [
  'firmware',
  'software',
  'ai-model',
  'training-data',
  'keys',
  'credentials',
  'audit-log',
];

/** The flow only distributes software, keys or records (never commands): losing it stops no function. */
export function onlyDistributes(flow: DataFlow): boolean {
  if (flow.carries.includes('commands')) return false;
  return flow.data.length === 0
    ? flow.carries.every((c) => c === 'code')
    : flow.data.every((d) => DISTRIBUTION_DATA.includes(d));
}

/** The component declares it keeps working when an input stops (offline mode, or continuing locally). */
export function worksWithoutFeed(component: Component): boolean {
  const resilience = component.resilience;
  return resilience?.offlineMode === true || resilience?.onCommunicationLoss === 'continue-locally';
}

export interface LossQueries {
  /** What stops for patients when the component stops (or is flooded, drained, bricked). */
  lossOfComponent(componentId: string): HarmReach;
  /** What stops for patients when the flow is jammed, dropped or delayed. */
  lossOfFlow(flowId: string): HarmReach;
}

/**
 * Loss follows dependence, not control (`harmOfComponent` asks what a *compromised* element can make
 * others do). When an element stops, the functions it (or its enclosing device) serves stop, the functions declared on its
 * run-time flows stop, and so do the functions of every component that consumes its output and
 * declares no way to work without it — transitively. Undeclared offline behaviour is taken as
 * stopping (the finding's evidence says so). People at the end of a flow miss the message but keep
 * working, so the cascade ends there.
 */
export function buildLossQueries(
  model: DeviceModel,
  structure: Structure,
  servedFunctions: (id: string) => readonly string[],
): LossQueries {
  const functions = new Map<string, ClinicalFunction>(
    model.clinicalFunctions.map((f) => [f.id, f]),
  );
  const cascade = (
    impacts: Map<string, FunctionImpact>,
    start: string,
    startPath: readonly string[],
  ): void => {
    const add = (ids: readonly string[], path: readonly string[]): void => {
      for (const id of ids) {
        const fn = functions.get(id);
        if (fn !== undefined && !impacts.has(id))
          impacts.set(id, {
            functionId: id,
            severity: fn.lossSeverity ?? fn.severity,
            multiPatient: fn.multiPatient ?? false,
            path,
          });
      }
    };
    const visited = new Set<string>([start]);
    let frontier: { id: string; path: readonly string[] }[] = [{ id: start, path: startPath }];
    while (frontier.length > 0) {
      const next: typeof frontier = [];
      for (const { id, path } of frontier) {
        for (const flow of structure.flowsFrom(id)) {
          const target = structure.component(flow.target);
          if (onlyDistributes(flow) || target === undefined || visited.has(target.id)) continue;
          add(flow.functions, [...path, flow.id]);
          // Declared dependants are authoritative: the loss goes no further through this flow.
          if (flow.functions.length > 0 || target.kind === 'person') continue;
          visited.add(target.id);
          if (worksWithoutFeed(target)) continue;
          const hop = [...path, flow.id, target.id];
          add(servedFunctions(target.id), hop);
          next.push({ id: target.id, path: hop });
        }
      }
      frontier = next;
    }
  };
  const sorted = (impacts: Map<string, FunctionImpact>): HarmReach => {
    const list = [...impacts.values()].sort(
      (a, b) =>
        severityRank(b.severity) - severityRank(a.severity) ||
        (a.functionId < b.functionId ? -1 : 1),
    );
    return list[0] === undefined
      ? { impacts: list }
      : { severity: list[0].severity, impacts: list };
  };
  const seed = (
    ids: readonly string[],
    path: readonly string[],
    into: Map<string, FunctionImpact>,
  ): void => {
    for (const id of ids) {
      const fn = functions.get(id);
      if (fn !== undefined && !into.has(id))
        into.set(id, {
          functionId: id,
          severity: fn.lossSeverity ?? fn.severity,
          multiPatient: fn.multiPatient ?? false,
          path,
        });
    }
  };
  return {
    lossOfComponent: memoize((id) => {
      const impacts = new Map<string, FunctionImpact>();
      seed(servedFunctions(id), [id], impacts);
      // A stopped part (firmware, an embedded OS) stops the device it is part of.
      for (const ancestor of structure.ancestors(id))
        seed(ancestor.functions, [id, ancestor.id], impacts);
      for (const flow of structure.flowsOf(id))
        if (!onlyDistributes(flow)) seed(flow.functions, [id, flow.id], impacts);
      cascade(impacts, id, [id]);
      return sorted(impacts);
    }),
    lossOfFlow: memoize((flowId) => {
      const flow = structure.flow(flowId);
      const impacts = new Map<string, FunctionImpact>();
      if (flow === undefined || onlyDistributes(flow)) return sorted(impacts);
      // Functions declared on the flow are its dependants, and they are authoritative: a modeller
      // who says "only the trend log needs this feed" narrows what its loss stops.
      seed(flow.functions, [flow.id], impacts);
      const target = structure.component(flow.target);
      if (
        flow.functions.length === 0 &&
        target !== undefined &&
        target.kind !== 'person' &&
        !worksWithoutFeed(target)
      ) {
        seed(servedFunctions(target.id), [flow.id, target.id], impacts);
        cascade(impacts, target.id, [flow.id, target.id]);
      }
      return sorted(impacts);
    }),
  };
}
