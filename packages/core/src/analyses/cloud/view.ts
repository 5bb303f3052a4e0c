import { durationToMinutes } from '../../model/durations.js';
import type { ModelQuery } from '../../model/query/index.js';
import type { Component } from '../../model/types.js';
import type { CloudServiceModel, StakeholderRole, Tenancy } from '../../model/vocabulary.js';
import { cloudAnalysis } from './analysis.js';
import {
  DEFAULT_BREACH_NOTIFICATION,
  NOTIFICATION_REGIMES,
  type NotificationRegime,
} from './breach-notification.js';
import type { Shield } from './dependencies.js';
import { offlineBehaviour, type OfflineBehaviour } from './offline.js';
import {
  allowedDowntimeSeconds,
  DOWNTIME_CONVENTIONS,
  formatDeadline,
  formatSeconds,
} from './downtime.js';
import { SERVICE_MODEL_RESPONSIBILITIES, type Party } from './responsibilities.js';
import { groupAvailability, groupRecovery, slaMinutes, slaOf } from './sla.js';
import type { SiteDiversity } from './gaps.js';
import type { BreachCheck, Gap, Span, ToleranceCheck, Verdict } from './types.js';

const span = (seconds: number): Span => ({ seconds, text: formatSeconds(seconds) });
/** Notification and response times read in hours (`24h`), outages and data loss with days. */
const spanOfTerm = (term: string, minutes: number): Span =>
  term === 'breachNotification' || term === 'supportResponse'
    ? { seconds: minutes * 60, text: formatDeadline(minutes * 60) }
    : span(minutes * 60);

/** One cloud component: what it is, the SLA as declared, and what its terms allow. */
export interface CloudServiceView {
  readonly id: string;
  readonly name?: string;
  /** Stakeholder that operates it in the model. */
  readonly owner?: string;
  /**
   * The "customer" of the responsibility split: the owner, unless the owner is itself a provider
   * (a SaaS vendor operating its own service), when the model does not say who contracts it.
   */
  readonly customer?: string;
  readonly provider?: string;
  readonly service?: string;
  readonly serviceModel?: CloudServiceModel;
  readonly tenancy?: Tenancy;
  readonly tenantIsolation?: string;
  readonly regions: readonly string[];
  readonly sla?: {
    readonly availabilityPercent?: number;
    readonly measurementPeriod?: 'month' | 'year';
    readonly rto?: Span;
    readonly rpo?: Span;
    readonly supportResponse?: Span;
    readonly breachNotification?: Span;
    readonly dataResidency?: readonly string[];
    readonly source?: string;
  };
  readonly downtimePerYear?: Span;
  readonly downtimePerMonth?: Span;
  readonly breach?: BreachCheck;
  /** Always `not-assessable` today: the model does not record where the device is used. */
  readonly residency: { readonly verdict: Verdict; readonly text: string };
  /** The split its service model implies; absent when `cloud.serviceModel` is not declared. */
  readonly responsibilities?: readonly {
    readonly layer: string;
    readonly label: string;
    readonly party: Party;
  }[];
  readonly gaps: readonly Gap[];
}

/** A dependency (one component or a failover group) and the functions that stop with it. */
export interface CloudDependencyView {
  readonly id: string;
  readonly members: readonly CloudServiceView[];
  readonly availabilityPercent?: number;
  readonly downtimePerYear?: Span;
  readonly downtimePerMonth?: Span;
  readonly recovery?: Span & { readonly basis: 'failover-time' | 'rto' };
  readonly sites: Omit<SiteDiversity, 'evidence'>;
  readonly dependants: readonly {
    readonly function: string;
    readonly path: readonly string[];
    readonly shield?: Shield;
  }[];
}

export interface CloudFunctionView {
  readonly id: string;
  readonly lossSeverity: string;
  readonly maxTolerableOutage?: Span;
  readonly maxTolerableDataLoss?: Span;
  /** Whether it stops with the cloud or an offline mode keeps it going, and what devices declare. */
  readonly offline: OfflineBehaviour;
  readonly checks: readonly ToleranceCheck[];
}

/** `views.cloud`: the cloud dependencies, their SLAs, and each function's tolerance verdicts. */
export interface CloudView {
  readonly conventions: string;
  readonly breachNotificationDefault: { readonly hours: number; readonly source: string };
  readonly notificationRegimes: readonly NotificationRegime[];
  readonly dependencies: readonly CloudDependencyView[];
  readonly functions: readonly CloudFunctionView[];
  /** Sources of the shared-responsibility split, per layer. */
  readonly responsibilitySources: readonly { readonly layer: string; readonly source: string }[];
}

const RESIDENCY =
  'not assessable: the model does not record the countries where the device is used, so residency cannot be compared with them';

/** Roles that provide a service rather than contract one. */
const PROVIDER_ROLES: readonly StakeholderRole[] = ['cloud-provider', 'saas-vendor', 'ehr-vendor'];

function serviceView(
  c: Component,
  query: ModelQuery,
  gaps: readonly Gap[],
  breach?: BreachCheck,
): CloudServiceView {
  const sla = slaOf(c);
  const ownerRole = query.model.stakeholders.find((s) => s.id === c.owner)?.role;
  const customer =
    ownerRole !== undefined && PROVIDER_ROLES.includes(ownerRole) ? undefined : c.owner;
  const durations = slaMinutes(sla);
  const model = c.cloud?.serviceModel;
  const percent = sla?.availabilityPercent;
  return {
    id: c.id,
    ...(c.name === undefined ? {} : { name: c.name }),
    ...(c.owner === undefined ? {} : { owner: c.owner }),
    ...(customer === undefined ? {} : { customer }),
    ...(c.cloud?.provider === undefined ? {} : { provider: c.cloud.provider }),
    ...(c.cloud?.service === undefined ? {} : { service: c.cloud.service }),
    ...(model === undefined ? {} : { serviceModel: model }),
    ...(c.cloud?.tenancy === undefined ? {} : { tenancy: c.cloud.tenancy }),
    ...(c.cloud?.tenantIsolation === undefined ? {} : { tenantIsolation: c.cloud.tenantIsolation }),
    regions: [...(c.cloud?.regions ?? [])],
    ...(sla === undefined
      ? {}
      : {
          sla: {
            ...(percent === undefined ? {} : { availabilityPercent: percent }),
            ...(sla.measurementPeriod === undefined
              ? {}
              : { measurementPeriod: sla.measurementPeriod }),
            ...Object.fromEntries(
              Object.entries(durations).map(([k, v]) => [k, spanOfTerm(k, v)] as const),
            ),
            ...(sla.dataResidency === undefined ? {} : { dataResidency: sla.dataResidency }),
            ...(sla.source === undefined ? {} : { source: sla.source }),
          },
        }),
    ...(percent === undefined
      ? {}
      : {
          downtimePerYear: span(allowedDowntimeSeconds(percent, 'year')),
          downtimePerMonth: span(allowedDowntimeSeconds(percent, 'month')),
        }),
    ...(breach === undefined ? {} : { breach }),
    residency: { verdict: 'not-assessable', text: RESIDENCY },
    ...(model === undefined
      ? {}
      : {
          responsibilities: SERVICE_MODEL_RESPONSIBILITIES.map((l) => ({
            layer: l.layer,
            label: l.label,
            party: l.by[model],
          })),
        }),
    gaps,
  };
}

/** The view, or undefined when no clinical function depends on a cloud component. */
export function cloudView(query: ModelQuery): CloudView | undefined {
  const analysis = cloudAnalysis(query);
  if (analysis.groups.length === 0) return undefined;
  const dependencies = analysis.groups.map((g): CloudDependencyView => {
    const availability = groupAvailability(g);
    const recovery = groupRecovery(g);
    const sites = analysis.sites.get(g.id);
    return {
      id: g.id,
      members: g.members.map((m) =>
        serviceView(m, query, analysis.gaps.get(m.id) ?? [], analysis.breach.get(m.id)),
      ),
      ...(availability.percent === undefined
        ? {}
        : {
            availabilityPercent: availability.percent,
            downtimePerYear: span(allowedDowntimeSeconds(availability.percent, 'year')),
            downtimePerMonth: span(allowedDowntimeSeconds(availability.percent, 'month')),
          }),
      ...(recovery === undefined
        ? {}
        : { recovery: { ...span(recovery.minutes * 60), basis: recovery.basis } }),
      sites: {
        diverse: sites?.diverse ?? false,
        regions: sites?.regions ?? [],
        providers: sites?.providers ?? [],
        text: sites?.text ?? '',
      },
      dependants: analysis.dependences
        .filter((d) => d.group === g.id)
        .map((d) => ({
          function: d.functionId,
          path: d.path,
          ...(d.shield === undefined ? {} : { shield: d.shield }),
        })),
    };
  });
  const functions = query.model.clinicalFunctions
    .filter((fn) => analysis.checks.has(fn.id))
    .map((fn): CloudFunctionView => ({
      id: fn.id,
      lossSeverity: fn.lossSeverity ?? fn.severity,
      ...(fn.maxTolerableOutageMinutes === undefined
        ? {}
        : { maxTolerableOutage: span(fn.maxTolerableOutageMinutes * 60) }),
      ...(fn.maxTolerableDataLoss === undefined
        ? {}
        : { maxTolerableDataLoss: span(durationToMinutes(fn.maxTolerableDataLoss) * 60) }),
      offline: offlineBehaviour(
        fn,
        analysis.dependences.filter((d) => d.functionId === fn.id),
        query,
      ),
      checks: analysis.checks.get(fn.id) ?? [],
    }));
  return {
    conventions: DOWNTIME_CONVENTIONS,
    breachNotificationDefault: {
      hours: DEFAULT_BREACH_NOTIFICATION.hours,
      source: DEFAULT_BREACH_NOTIFICATION.source,
    },
    notificationRegimes: NOTIFICATION_REGIMES,
    dependencies,
    functions,
    responsibilitySources: SERVICE_MODEL_RESPONSIBILITIES.map((l) => ({
      layer: l.layer,
      source: l.source,
    })),
  };
}
