import { durationToMinutes } from '../../model/durations.js';
import type { Component } from '../../model/types.js';
import { asPercent, parallelAvailability } from './composite.js';
import type { DependencyGroup } from './dependencies.js';
import type { SlaPeriod } from './downtime.js';

/** `cloud.sla` as authored (durations still as written). */
export type SlaTerms = NonNullable<NonNullable<Component['cloud']>['sla']>;

export function slaOf(component: Component): SlaTerms | undefined {
  return component.cloud?.sla;
}

function minutes(value: string | number | undefined): number | undefined {
  return value === undefined ? undefined : durationToMinutes(value);
}

/** A group's availability: the member's own, or 1 − Π(1 − a) over a failover group. */
export function groupAvailability(group: DependencyGroup): {
  readonly percent?: number;
  /** Members whose SLA states no availability: the group's figure is then unknown. */
  readonly missing: readonly string[];
} {
  const missing = group.members
    .filter((m) => slaOf(m)?.availabilityPercent === undefined)
    .map((m) => m.id);
  if (missing.length > 0) return { missing };
  const fractions = group.members.map((m) => (slaOf(m)?.availabilityPercent ?? 0) / 100);
  return { percent: asPercent(parallelAvailability(fractions)), missing };
}

/**
 * The period a single outage may use up: a month only when every member measures monthly; a
 * year (the longer, so the larger allowance) when any member measures yearly or does not say.
 */
export function groupPeriod(group: DependencyGroup): SlaPeriod {
  return group.members.every((m) => slaOf(m)?.measurementPeriod === 'month') ? 'month' : 'year';
}

/** How fast service comes back: the tested switchover of a failover group, or an RTO. */
export interface Recovery {
  readonly minutes: number;
  readonly basis: 'failover-time' | 'rto';
  /** The component and model path the figure comes from. */
  readonly component: string;
  readonly path: string;
}

/**
 * The recovery commitment of a group: the shorter of its tested failover time and the primary's
 * RTO (the primary recovering by itself). Undefined when neither is declared.
 */
export function groupRecovery(group: DependencyGroup): Recovery | undefined {
  const { primary } = group;
  const options: Recovery[] = [];
  const failover = minutes(group.members.length > 1 ? primary.cloud?.failoverTime : undefined);
  if (failover !== undefined)
    options.push({
      minutes: failover,
      basis: 'failover-time',
      component: primary.id,
      path: `components.${primary.id}.cloud.failoverTime`,
    });
  const rto = minutes(slaOf(primary)?.rto);
  if (rto !== undefined)
    options.push({
      minutes: rto,
      basis: 'rto',
      component: primary.id,
      path: `components.${primary.id}.cloud.sla.rto`,
    });
  return options.sort((a, b) => a.minutes - b.minutes)[0];
}

/** A member keeps data a function could lose: a data store, declared storage, or a stated RPO. */
function keepsData(component: Component): boolean {
  return (
    component.type === 'data-store' ||
    component.storage !== undefined ||
    slaOf(component)?.rpo !== undefined
  );
}

/** The worst (largest) RPO of the members that keep data, and those that state none. */
export function groupRpo(group: DependencyGroup): {
  readonly minutes?: number;
  readonly component?: string;
  readonly missing: readonly string[];
} {
  const keeping = group.members.filter(keepsData);
  const missing = keeping.filter((m) => slaOf(m)?.rpo === undefined).map((m) => m.id);
  let worst: { minutes: number; component: string } | undefined;
  for (const m of keeping) {
    const rpo = minutes(slaOf(m)?.rpo);
    if (rpo !== undefined && (worst === undefined || rpo > worst.minutes))
      worst = { minutes: rpo, component: m.id };
  }
  return worst === undefined ? { missing } : { ...worst, missing };
}

/** Declared SLA durations in minutes, for the view. */
export function slaMinutes(sla: SlaTerms | undefined): {
  readonly rto?: number;
  readonly rpo?: number;
  readonly supportResponse?: number;
  readonly breachNotification?: number;
} {
  const entries = {
    rto: minutes(sla?.rto),
    rpo: minutes(sla?.rpo),
    supportResponse: minutes(sla?.supportResponse),
    breachNotification: minutes(sla?.breachNotification),
  };
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
}
