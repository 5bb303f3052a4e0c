import type { Evidence } from '../../findings/types.js';
import type { ModelQuery } from '../../model/query/index.js';
import type { Dependence, DependencyGroup } from './dependencies.js';
import { groupRpo, slaOf } from './sla.js';
import type { Gap } from './types.js';

/**
 * What is missing to judge one dependency group, per member: the SLA itself or its availability
 * and breach-notification terms (the minimum A27 asks of every SLA), an RPO where a dependant
 * declares a data-loss tolerance, the switchover time of a failover group, and on the function
 * side a missing maximum tolerable outage. A missing RTO is no gap: the
 * availability term bounds an outage without it.
 */
export function gapsOf(
  group: DependencyGroup,
  deps: readonly Dependence[],
  query: ModelQuery,
): Map<string, Gap[]> {
  const gaps = new Map<string, Gap[]>(group.members.map((m) => [m.id, []]));
  const add = (component: string, path: string, text: string): void => {
    gaps.get(component)?.push({ component, path, text });
  };
  for (const m of group.members) {
    const sla = slaOf(m);
    const at = `components.${m.id}.cloud.sla`;
    if (sla === undefined) {
      add(
        m.id,
        at,
        `${at} is not declared: availability, recovery, data loss and breach notification cannot be checked`,
      );
      continue;
    }
    if (sla.availabilityPercent === undefined)
      add(
        m.id,
        `${at}.availabilityPercent`,
        `${at}.availabilityPercent is not declared: the outage its dependants may face is unknown`,
      );
    if (sla.breachNotification === undefined)
      add(
        m.id,
        `${at}.breachNotification`,
        `${at}.breachNotification is not declared: nobody knows how soon a breach would be reported`,
      );
  }
  const mine = deps.filter((d) => d.group === group.id);
  const dataLossDeclared = mine.some(
    (d) => query.clinicalFunction(d.functionId)?.maxTolerableDataLoss !== undefined,
  );
  // Members without any SLA already have the gap above.
  if (dataLossDeclared)
    for (const id of groupRpo(group).missing)
      if (slaOf(query.component(id) ?? group.primary) !== undefined)
        add(
          id,
          `components.${id}.cloud.sla.rpo`,
          `components.${id}.cloud.sla.rpo is not declared, but a dependant declares how much data it can lose`,
        );
  if (group.members.length > 1 && group.primary.cloud?.failoverTime === undefined)
    add(
      group.id,
      `components.${group.id}.cloud.failoverTime`,
      `components.${group.id}.cloud.failoverTime is not declared: how long one outage lasts while traffic switches is unknown`,
    );
  for (const d of mine) {
    const fn = query.clinicalFunction(d.functionId);
    if (fn?.maxTolerableOutageMinutes === undefined)
      add(
        group.id,
        `clinicalFunctions.${d.functionId}.maxTolerableOutage`,
        `clinicalFunctions.${d.functionId}.maxTolerableOutage is not declared: whether ${d.functionId} survives an outage of ${group.id} cannot be judged`,
      );
  }
  return gaps;
}

/** Whether a group survives the loss of one region (or provider), and why. */
export interface SiteDiversity {
  readonly diverse: boolean;
  readonly regions: readonly string[];
  readonly providers: readonly string[];
  readonly text: string;
  readonly evidence: readonly Evidence[];
}

/**
 * A group is diverse when a member declares `multiRegion: true` or it has a failover member
 * (which, by definition of `cloud.failover`, sits in another region or at another provider).
 * Listing several `regions` is not enough: a service deployed per market in two regions still
 * serves each patient from one.
 */
export function siteDiversity(group: DependencyGroup): SiteDiversity {
  const regions = [...new Set(group.members.flatMap((m) => m.cloud?.regions ?? []))].sort();
  const providers = [
    ...new Set(
      group.members.flatMap((m) => (m.cloud?.provider === undefined ? [] : [m.cloud.provider])),
    ),
  ].sort();
  const multi = group.members.filter((m) => m.cloud?.multiRegion === true).map((m) => m.id);
  const onlyProvider =
    providers.length === 1
      ? `; every member is at ${providers[0] ?? ''}, so a provider-wide failure (account, control plane, identity) still stops it`
      : '';
  if (group.members.length > 1)
    return {
      diverse: true,
      regions,
      providers,
      text: `fails over between ${group.members.map((m) => m.id).join(' and ')}${onlyProvider}`,
      evidence: [
        {
          path: `components.${group.id}.cloud.failover`,
          text: `failover: ${group.members
            .filter((m) => m.id !== group.id)
            .map((m) => m.id)
            .join(', ')}`,
        },
      ],
    };
  if (multi.length > 0)
    return {
      diverse: true,
      regions,
      providers,
      text: `runs in several regions (multiRegion)${onlyProvider}`,
      evidence: [{ path: `components.${group.id}.cloud.multiRegion`, text: 'multiRegion: true' }],
    };
  const declared = group.primary.cloud?.multiRegion;
  const path = `components.${group.id}.cloud.multiRegion`;
  return {
    diverse: false,
    regions,
    providers,
    text:
      declared === false
        ? `runs in one region per patient (multiRegion: false${regions.length > 0 ? `; regions ${regions.join(', ')}` : ''}) and has no failover`
        : `declares neither multiRegion nor a failover, so it is taken to run in one region${regions.length > 0 ? ` (regions ${regions.join(', ')})` : ''}`,
    evidence: [
      declared === undefined
        ? { path, text: `${path} is not declared; treated as one region` }
        : { path, text: 'multiRegion: false' },
      {
        path: `components.${group.id}.cloud.failover`,
        text: `components.${group.id}.cloud.failover is not declared`,
      },
    ],
  };
}
