import type { ModelQuery } from '../../model/query/index.js';
import type { ClinicalFunction, DeviceModel } from '../../model/types.js';
import { breachCheck } from './breach.js';
import {
  dependences,
  dependencyGroups,
  type Dependence,
  type DependencyGroup,
} from './dependencies.js';
import { gapsOf, siteDiversity, type SiteDiversity } from './gaps.js';
import { toleranceChecks } from './tolerance.js';
import type { BreachCheck, Gap, ToleranceCheck } from './types.js';

/** Everything the cloud rules and the cloud view read; computed once per model. */
export interface CloudAnalysis {
  /** Dependency groups some clinical function depends on, by id. */
  readonly groups: readonly DependencyGroup[];
  readonly dependences: readonly Dependence[];
  /** Tolerance checks by function id. */
  readonly checks: ReadonlyMap<string, readonly ToleranceCheck[]>;
  /** Breach-notification check by member component id. */
  readonly breach: ReadonlyMap<string, BreachCheck>;
  /** Missing terms and tolerances by member component id (empty lists omitted). */
  readonly gaps: ReadonlyMap<string, readonly Gap[]>;
  /** Region and provider diversity by group id. */
  readonly sites: ReadonlyMap<string, SiteDiversity>;
}

const cache = new WeakMap<DeviceModel, CloudAnalysis>();

/** The cloud analysis of the query's model, memoized on the model (rules call it repeatedly). */
export function cloudAnalysis(query: ModelQuery): CloudAnalysis {
  const known = cache.get(query.model);
  if (known !== undefined) return known;
  const computed = compute(query);
  cache.set(query.model, computed);
  return computed;
}

function compute(query: ModelQuery): CloudAnalysis {
  const all = dependencyGroups(query);
  const deps = dependences(all, query);
  const groups = all.filter((g) => deps.some((d) => d.group === g.id));
  const byId = new Map(groups.map((g) => [g.id, g] as const));
  const checks = new Map<string, ToleranceCheck[]>();
  const functions = query.model.clinicalFunctions.filter((fn) =>
    deps.some((d) => d.functionId === fn.id),
  );
  for (const fn of functions)
    checks.set(
      fn.id,
      toleranceChecks(
        fn,
        deps.filter((d) => d.functionId === fn.id),
        byId,
      ),
    );
  const breach = new Map<string, BreachCheck>();
  const gaps = new Map<string, Gap[]>();
  const sites = new Map<string, SiteDiversity>();
  for (const group of groups) {
    const dependants = deps
      .filter((d) => d.group === group.id)
      .map((d) => query.clinicalFunction(d.functionId))
      .filter((fn): fn is ClinicalFunction => fn !== undefined);
    for (const member of group.members) {
      const check = breachCheck(member, dependants, query.model);
      if (check !== undefined) breach.set(member.id, check);
    }
    for (const [component, list] of gapsOf(group, deps, query))
      if (list.length > 0) gaps.set(component, list);
    sites.set(group.id, siteDiversity(group));
  }
  return { groups, dependences: deps, checks, breach, gaps, sites };
}
