import { compareStrings } from '../../common/order.js';
import type { Component, DataFlow, DeviceModel, TrustBoundary } from '../types.js';

/** Lookups over the model's structure; built once per analysis, shared by every rule. */
export interface Structure {
  component(id: string): Component | undefined;
  flow(id: string): DataFlow | undefined;
  boundary(id: string): TrustBoundary | undefined;
  children(componentId: string): readonly Component[];
  /** The component itself and everything nested in it, depth first, sorted. */
  selfAndDescendants(componentId: string): readonly Component[];
  /** Parent first, outermost last. */
  ancestors(componentId: string): readonly Component[];
  flowsFrom(componentId: string): readonly DataFlow[];
  flowsTo(componentId: string): readonly DataFlow[];
  /** Flows touching the component in either direction. */
  flowsOf(componentId: string): readonly DataFlow[];
  /** Boundaries enclosing the component, innermost first (membership is inherited from parents). */
  boundariesOf(componentId: string): readonly string[];
  /** Boundaries that contain exactly one end of the flow: the ones it crosses. */
  crossedBoundaries(flow: DataFlow): readonly string[];
  /** Components inside the boundary or any boundary nested in it. */
  boundaryMembers(boundaryId: string): readonly string[];
  /** Flows that cross the boundary (exactly one end inside it), in id order. */
  flowsCrossing(boundaryId: string): readonly DataFlow[];
}

export function buildStructure(model: DeviceModel): Structure {
  const components = new Map(model.components.map((c) => [c.id, c] as const));
  const flows = new Map(model.dataFlows.map((f) => [f.id, f] as const));
  const boundaries = new Map(model.trustBoundaries.map((b) => [b.id, b] as const));
  const group = <T>(
    items: readonly T[],
    key: (item: T) => string | undefined,
  ): Map<string, T[]> => {
    const out = new Map<string, T[]>();
    for (const item of items) {
      const k = key(item);
      if (k !== undefined) out.set(k, [...(out.get(k) ?? []), item]);
    }
    return out;
  };
  const childrenOf = group(model.components, (c) => c.parent);
  const from = group(model.dataFlows, (f) => f.source);
  const to = group(model.dataFlows, (f) => f.target);

  const ancestors = (id: string): Component[] => {
    const out: Component[] = [];
    let current = components.get(id)?.parent;
    while (current !== undefined && !out.some((c) => c.id === current)) {
      const parent = components.get(current);
      if (parent === undefined) break;
      out.push(parent);
      current = parent.parent;
    }
    return out;
  };
  const boundaryAncestors = (id: string): string[] => {
    const out: string[] = [];
    let current = boundaries.get(id)?.parent;
    while (current !== undefined && !out.includes(current)) {
      out.push(current);
      current = boundaries.get(current)?.parent;
    }
    return out;
  };
  const directBoundary = new Map<string, string>();
  for (const boundary of [...model.trustBoundaries].sort(
    (a, b) => boundaryAncestors(a.id).length - boundaryAncestors(b.id).length,
  )) {
    for (const member of boundary.members) directBoundary.set(member, boundary.id); // deeper boundaries win
  }
  const boundariesCache = new Map<string, readonly string[]>();
  const boundariesOf = (id: string): readonly string[] => {
    const cached = boundariesCache.get(id);
    if (cached !== undefined) return cached;
    const innermost = [id, ...ancestors(id).map((c) => c.id)]
      .map((x) => directBoundary.get(x))
      .find((b) => b !== undefined);
    const result = innermost === undefined ? [] : [innermost, ...boundaryAncestors(innermost)];
    boundariesCache.set(id, result);
    return result;
  };
  // Rules ask the same questions of the same elements many times; answers never change within a run.
  const flowsOfCache = new Map<string, readonly DataFlow[]>();
  const crossedCache = new Map<string, readonly string[]>();
  let membersByBoundary: Map<string, string[]> | undefined;
  let crossingByBoundary: Map<string, DataFlow[]> | undefined;
  const descendantsCache = new Map<string, readonly Component[]>();
  const selfAndDescendants = (id: string): readonly Component[] =>
    cached(descendantsCache, id, () => collectDescendants(id));
  const collectDescendants = (id: string): Component[] => {
    const self = components.get(id);
    if (self === undefined) return [];
    return [self, ...(childrenOf.get(id) ?? []).flatMap((child) => collectDescendants(child.id))];
  };
  return {
    component: (id) => components.get(id),
    flow: (id) => flows.get(id),
    boundary: (id) => boundaries.get(id),
    children: (id) => childrenOf.get(id) ?? [],
    selfAndDescendants,
    ancestors,
    flowsFrom: (id) => from.get(id) ?? [],
    flowsTo: (id) => to.get(id) ?? [],
    flowsOf: (id) =>
      cached(flowsOfCache, id, () =>
        [...(from.get(id) ?? []), ...(to.get(id) ?? [])].sort((a, b) => compareStrings(a.id, b.id)),
      ),
    boundariesOf,
    crossedBoundaries: (flow) =>
      cached(crossedCache, flow.id, () => {
        const a = boundariesOf(flow.source);
        const b = boundariesOf(flow.target);
        return [...a.filter((x) => !b.includes(x)), ...b.filter((x) => !a.includes(x))].sort(
          compareStrings,
        );
      }),
    flowsCrossing: (boundaryId) => {
      if (crossingByBoundary === undefined) {
        crossingByBoundary = new Map();
        for (const flow of model.dataFlows) {
          const a = boundariesOf(flow.source);
          const b = boundariesOf(flow.target);
          for (const crossed of [
            ...a.filter((x) => !b.includes(x)),
            ...b.filter((x) => !a.includes(x)),
          ]) {
            const list = crossingByBoundary.get(crossed);
            if (list === undefined) crossingByBoundary.set(crossed, [flow]);
            else list.push(flow);
          }
        }
      }
      return crossingByBoundary.get(boundaryId) ?? [];
    },
    boundaryMembers: (boundaryId) => {
      if (membersByBoundary === undefined) {
        membersByBoundary = new Map();
        for (const c of model.components) {
          for (const b of boundariesOf(c.id))
            membersByBoundary.set(b, [...(membersByBoundary.get(b) ?? []), c.id]);
        }
      }
      return membersByBoundary.get(boundaryId) ?? [];
    },
  };
}

function cached<V>(cache: Map<string, V>, key: string, compute: () => V): V {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = compute();
  cache.set(key, value);
  return value;
}
