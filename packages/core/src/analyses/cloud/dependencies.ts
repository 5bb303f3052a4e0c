import { compareStrings } from '../../common/order.js';
import { durationToMinutes } from '../../model/durations.js';
import {
  onlyDistributes,
  worksWithoutFeed,
  type FunctionImpact,
  type ModelQuery,
} from '../../model/query/index.js';
import type { Component } from '../../model/types.js';
import { isCloud } from '../threats/support/cloud.js';

/**
 * A cloud dependency: one outermost cloud component, or a parallel group of them tied by
 * `cloud.failover` (a standby region or a second provider). Parts nested in a cloud component are
 * unreachable exactly when it is, so they belong to it.
 */
export interface DependencyGroup {
  /** The primary's id: the member that declares `failover` (the first by id), else the only one. */
  readonly id: string;
  readonly primary: Component;
  /** Sorted by id; the primary is one of them. */
  readonly members: readonly Component[];
}

/**
 * An offline-capable component between the cloud and the function that declares how long its
 * offline mode lasts: it keeps the function going that long. One that declares no duration is
 * taken to keep working, as the loss query takes it (model/query/loss.ts), and is no shield.
 */
export interface Shield {
  readonly component: string;
  /** `resilience.offlineDuration` in minutes. */
  readonly offlineMinutes: number;
}

/** A clinical function that stops when a dependency stops (directly, or once a shield runs out). */
export interface Dependence {
  readonly functionId: string;
  readonly group: string;
  /** Elements from the cloud component to the function, as the loss query found them. */
  readonly path: readonly string[];
  readonly shield?: Shield;
}

/** Counts as cloud: a cloud deployment or kind (as every cloud rule), or a declared `cloud` block. */
export function isCloudDependency(component: Component, query: ModelQuery): boolean {
  return isCloud(component, query) || component.cloud !== undefined;
}

function outermostCloud(component: Component, query: ModelQuery): Component {
  const ancestors = query.ancestors(component.id).filter((a) => isCloudDependency(a, query));
  return ancestors[ancestors.length - 1] ?? component;
}

/** Cloud components grouped by `failover` (union-find), each group sorted, groups by id. */
export function dependencyGroups(query: ModelQuery): DependencyGroup[] {
  const roots = new Map<string, Component>();
  for (const c of query.model.components)
    if (isCloudDependency(c, query)) {
      const outer = outermostCloud(c, query);
      roots.set(outer.id, outer);
    }
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    const p = parent.get(id) ?? id;
    if (p === id) return id;
    const root = find(p);
    parent.set(id, root);
    return root;
  };
  // A worklist, so a failover target that declares its own failover is followed too.
  const pending = [...roots.values()];
  for (let c = pending.shift(); c !== undefined; c = pending.shift())
    for (const targetId of c.cloud?.failover ?? []) {
      const target = query.component(targetId);
      if (target === undefined) continue;
      const outer = outermostCloud(target, query);
      if (!roots.has(outer.id)) pending.push(outer);
      roots.set(outer.id, outer);
      const [a, b] = [find(c.id), find(outer.id)].sort(compareStrings);
      if (a !== undefined && b !== undefined && a !== b) parent.set(b, a);
    }
  const byRoot = new Map<string, Component[]>();
  for (const c of roots.values()) byRoot.set(find(c.id), [...(byRoot.get(find(c.id)) ?? []), c]);
  return [...byRoot.values()]
    .flatMap((members) => {
      const sorted = [...members].sort((a, b) => compareStrings(a.id, b.id));
      const primary = sorted.find((m) => (m.cloud?.failover ?? []).length > 0) ?? sorted[0];
      return primary === undefined ? [] : [{ id: primary.id, primary, members: sorted }];
    })
    .sort((a, b) => compareStrings(a.id, b.id));
}

/**
 * Offline-capable components a cloud component feeds at run time, directly or through components
 * that stop without it: the same walk as the loss cascade (model/query/loss.ts), which stops at
 * them. Flows that declare their functions are authoritative and end the walk, as there.
 */
function shieldsBehind(startIds: readonly string[], query: ModelQuery): Map<string, string[]> {
  const shields = new Map<string, string[]>();
  const visited = new Set(startIds);
  let frontier = startIds.map((id) => ({ id, path: [id] }));
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const { id, path } of frontier)
      for (const flow of query.flowsFrom(id)) {
        const target = query.component(flow.target);
        if (onlyDistributes(flow) || target === undefined || visited.has(target.id)) continue;
        if (flow.functions.length > 0 || target.kind === 'person') continue;
        visited.add(target.id);
        const hop = [...path, flow.id, target.id];
        if (worksWithoutFeed(target)) shields.set(target.id, hop);
        else next.push({ id: target.id, path: hop });
      }
    frontier = next;
  }
  return shields;
}

function shieldOf(component: Component): Shield | undefined {
  const duration = component.resilience?.offlineDuration;
  return duration === undefined
    ? undefined
    : { component: component.id, offlineMinutes: durationToMinutes(duration) };
}

/** Lower is more restrictive: direct dependence first, then the shortest offline mode. */
function shieldRank(shield: Shield | undefined): number {
  return shield === undefined ? -1 : shield.offlineMinutes;
}

/**
 * What each dependency group's loss stops, per function: direct dependence from the loss query
 * (members and their nested parts), then functions kept going by an offline-capable component
 * for as long as its offline mode lasts. One entry per (group, function): direct wins, else the
 * most restrictive shield.
 */
export function dependences(groups: readonly DependencyGroup[], query: ModelQuery): Dependence[] {
  const result: Dependence[] = [];
  for (const group of groups) {
    const chosen = new Map<string, Dependence>();
    const offer = (candidate: Dependence): void => {
      const known = chosen.get(candidate.functionId);
      if (known === undefined || shieldRank(candidate.shield) < shieldRank(known.shield))
        chosen.set(candidate.functionId, candidate);
    };
    const parts = group.members.flatMap((m) => query.selfAndDescendants(m.id));
    for (const part of parts)
      for (const impact of query.lossOfComponent(part.id).impacts)
        offer({ functionId: impact.functionId, group: group.id, path: impact.path });
    const shields = shieldsBehind(
      parts.map((p) => p.id),
      query,
    );
    for (const [shieldId, hop] of [...shields].sort(([a], [b]) => compareStrings(a, b))) {
      const component = query.component(shieldId);
      const shield = component === undefined ? undefined : shieldOf(component);
      if (shield === undefined) continue;
      for (const impact of query.lossOfComponent(shieldId).impacts)
        offer(shielded(group.id, impact, hop, shield));
    }
    result.push(...[...chosen.values()].sort((a, b) => compareStrings(a.functionId, b.functionId)));
  }
  return result;
}

function shielded(
  group: string,
  impact: FunctionImpact,
  hop: readonly string[],
  shield: Shield,
): Dependence {
  return { functionId: impact.functionId, group, path: [...hop, ...impact.path.slice(1)], shield };
}
