import type { Evidence } from '../../findings/types.js';
import { durationToMinutes } from '../../model/durations.js';
import type { ClinicalFunction } from '../../model/types.js';
import { asPercent, serialAvailability } from './composite.js';
import type { Dependence, DependencyGroup, Shield } from './dependencies.js';
import { downtimeOfFraction, formatPercent, formatSeconds, type SlaPeriod } from './downtime.js';
import { groupAvailability, groupPeriod, groupRecovery, groupRpo } from './sla.js';
import type { Span, ToleranceCheck } from './types.js';

const span = (seconds: number): Span => ({ seconds, text: formatSeconds(seconds) });

/** `results-db`, or `(device-api ∥ device-api-standby)` for a failover group. */
function groupLabel(group: DependencyGroup): string {
  return group.members.length > 1 ? `(${group.members.map((m) => m.id).join(' ∥ ')})` : group.id;
}

/** What the function tolerates against this dependence: its outage tolerance plus any offline mode. */
function tolerance(
  fn: ClinicalFunction,
  shield: Shield | undefined,
): { readonly seconds?: number; readonly text: string; readonly evidence: Evidence[] } {
  const path = `clinicalFunctions.${fn.id}.maxTolerableOutage`;
  const own = fn.maxTolerableOutageMinutes;
  const evidence: Evidence[] = [
    own === undefined
      ? { path, text: `${path} is not declared; the tolerance cannot be checked` }
      : { path, text: `${fn.id} tolerates an outage of ${formatSeconds(own * 60)}` },
  ];
  if (shield !== undefined)
    evidence.push({
      path: `components.${shield.component}.resilience.offlineDuration`,
      text: `${shield.component} keeps ${fn.id} going offline for ${formatSeconds(shield.offlineMinutes * 60)}`,
    });
  if (own === undefined) return { text: `${fn.id} declares no maximum tolerable outage`, evidence };
  const seconds = (own + (shield?.offlineMinutes ?? 0)) * 60;
  const text =
    shield === undefined
      ? `${fn.id} tolerates ${formatSeconds(seconds)}`
      : `${fn.id} tolerates ${formatSeconds(own * 60)} once the offline mode of ${shield.component} (${formatSeconds(shield.offlineMinutes * 60)}) runs out, ${formatSeconds(seconds)} in all`;
  return { seconds, text, evidence };
}

const PERIOD_WORD: Readonly<Record<SlaPeriod, string>> = { year: 'a year', month: 'a month' };

/**
 * The availability check of one chain (the dependencies a function needs, all behind the same
 * shield or none): composite availability, the allowance of one measurement period, and the
 * recovery cap when every link commits to one.
 */
function availabilityCheck(
  fn: ClinicalFunction,
  chain: readonly DependencyGroup[],
  shield: Shield | undefined,
): ToleranceCheck {
  const base = {
    check: 'availability' as const,
    functionId: fn.id,
    ...(shield === undefined ? {} : { shield }),
  };
  const dependencies = chain.map((g) => g.id);
  const tolerated = tolerance(fn, shield);
  const terms = chain.map((g) => ({
    group: g,
    availability: groupAvailability(g),
    recovery: groupRecovery(g),
  }));
  const missing = terms.flatMap((t) => t.availability.missing);
  const slaEvidence: Evidence[] = terms.flatMap((t) =>
    t.group.members.map((m) => {
      const path = `components.${m.id}.cloud.sla.availabilityPercent`;
      const percent = m.cloud?.sla?.availabilityPercent;
      return percent === undefined
        ? { path, text: `${path} is not declared` }
        : {
            path,
            text: `${m.id} commits to ${String(percent)}% per ${m.cloud?.sla?.measurementPeriod ?? 'year (period not declared)'}`,
          };
    }),
  );
  const evidence = [...slaEvidence, ...tolerated.evidence];
  if (missing.length > 0)
    return {
      ...base,
      dependencies,
      verdict: 'not-assessable',
      text: `The availability ${fn.id} can count on is unknown: no availability is declared for ${missing.join(', ')}.`,
      evidence,
    };
  const composite = serialAvailability(terms.map((t) => (t.availability.percent ?? 0) / 100));
  const period = chain.every((g) => groupPeriod(g) === 'month') ? 'month' : 'year';
  const allowance = downtimeOfFraction(1 - composite, period);
  const recoveries = terms.map((t) => t.recovery);
  const uncapped = terms.filter((t) => t.recovery === undefined).map((t) => groupLabel(t.group));
  const capMinutes = recoveries.every((r) => r !== undefined)
    ? Math.max(...recoveries.map((r) => r.minutes))
    : undefined;
  const boundBy =
    capMinutes !== undefined && capMinutes * 60 < allowance ? 'recovery' : 'availability';
  const allowed = span(
    boundBy === 'recovery' && capMinutes !== undefined ? capMinutes * 60 : allowance,
  );
  const figures = {
    compositePercent: asPercent(composite),
    perYear: span(downtimeOfFraction(1 - composite, 'year')),
    perMonth: span(downtimeOfFraction(1 - composite, 'month')),
  };
  const [only] = terms;
  const figure =
    terms.length === 1 && only !== undefined
      ? `${formatPercent(composite * 100)} (${groupLabel(only.group)})`
      : `${terms.map((t) => `${groupLabel(t.group)} ${formatPercent(t.availability.percent ?? 0)}`).join(' × ')} = ${formatPercent(composite * 100)}`;
  const single =
    boundBy === 'recovery'
      ? `every link commits to recover within ${allowed.text}, so one outage can last ${allowed.text}`
      : `one outage can use all of it${capMinutes === undefined ? ` (no recovery time is committed for ${uncapped.join(', ')})` : ` (the recovery commitments, up to ${formatSeconds(capMinutes * 60)}, do not cap it lower)`}`;
  const lead = `${figure} measured over ${PERIOD_WORD[period]} allows ${span(allowance).text} of downtime ${PERIOD_WORD[period]}; ${single}`;
  if (tolerated.seconds === undefined)
    return {
      ...base,
      ...figures,
      dependencies,
      verdict: 'not-assessable',
      allowed,
      boundBy,
      text: `${lead}; ${tolerated.text}.`,
      evidence,
    };
  return {
    ...base,
    ...figures,
    dependencies,
    verdict: allowed.seconds > tolerated.seconds ? 'not-met' : 'met',
    allowed,
    tolerated: span(tolerated.seconds),
    boundBy,
    text: `${lead}; ${tolerated.text}.`,
    evidence,
  };
}

function recoveryCheck(
  fn: ClinicalFunction,
  group: DependencyGroup,
  shield: Shield | undefined,
): ToleranceCheck | undefined {
  const recovery = groupRecovery(group);
  if (recovery === undefined) return undefined;
  const tolerated = tolerance(fn, shield);
  const what =
    recovery.basis === 'rto'
      ? `The RTO of ${recovery.component} is`
      : `The tested failover of ${recovery.component} takes`;
  const allowed = span(recovery.minutes * 60);
  const base = {
    check: 'recovery' as const,
    functionId: fn.id,
    dependencies: [group.id],
    ...(shield === undefined ? {} : { shield }),
    allowed,
  };
  const text = `${what} ${allowed.text}; ${tolerated.text}.`;
  const evidence = [
    {
      path: recovery.path,
      text: `${recovery.basis === 'rto' ? 'rto' : 'failoverTime'}: ${allowed.text}`,
    },
    ...tolerated.evidence,
  ];
  if (tolerated.seconds === undefined)
    return { ...base, verdict: 'not-assessable', text, evidence };
  return {
    ...base,
    verdict: allowed.seconds > tolerated.seconds ? 'not-met' : 'met',
    tolerated: span(tolerated.seconds),
    text,
    evidence,
  };
}

function dataLossCheck(fn: ClinicalFunction, group: DependencyGroup): ToleranceCheck | undefined {
  if (fn.maxTolerableDataLoss === undefined) return undefined;
  const rpo = groupRpo(group);
  if (rpo.minutes === undefined && rpo.missing.length === 0) return undefined; // keeps no data
  const toleratedMinutes = durationToMinutes(fn.maxTolerableDataLoss);
  const tolerated = span(toleratedMinutes * 60);
  const tolerance = `${fn.id} tolerates losing ${toleratedMinutes === 0 ? 'no data' : `${tolerated.text} of data`}`;
  const fnEvidence = {
    path: `clinicalFunctions.${fn.id}.maxTolerableDataLoss`,
    text: `maxTolerableDataLoss: ${tolerated.text}`,
  };
  const base = {
    check: 'data-loss' as const,
    functionId: fn.id,
    dependencies: [group.id],
    tolerated,
  };
  if (rpo.missing.length > 0 || rpo.minutes === undefined)
    return {
      ...base,
      verdict: 'not-assessable',
      text: `No RPO is declared for ${rpo.missing.join(', ')}, which keep data; ${tolerance}.`,
      evidence: [
        ...rpo.missing.map((id) => ({
          path: `components.${id}.cloud.sla.rpo`,
          text: `components.${id}.cloud.sla.rpo is not declared`,
        })),
        fnEvidence,
      ],
    };
  const allowed = span(rpo.minutes * 60);
  return {
    ...base,
    verdict: allowed.seconds > tolerated.seconds ? 'not-met' : 'met',
    allowed,
    text: `The RPO of ${rpo.component ?? group.id} is ${allowed.text}: an incident may lose that much recent data; ${tolerance}.`,
    evidence: [
      {
        path: `components.${rpo.component ?? group.id}.cloud.sla.rpo`,
        text: `rpo: ${allowed.text}`,
      },
      fnEvidence,
    ],
  };
}

/**
 * Every tolerance check of one function: one availability check per chain (direct dependencies,
 * and those behind each offline-capable component), then recovery and data-loss checks per
 * dependency.
 */
export function toleranceChecks(
  fn: ClinicalFunction,
  deps: readonly Dependence[],
  groups: ReadonlyMap<string, DependencyGroup>,
): ToleranceCheck[] {
  const chains = new Map<string, { shield?: Shield; groups: DependencyGroup[] }>();
  for (const d of deps) {
    const group = groups.get(d.group);
    if (group === undefined) continue;
    const key = d.shield?.component ?? '';
    const chain = chains.get(key) ?? {
      ...(d.shield === undefined ? {} : { shield: d.shield }),
      groups: [],
    };
    chain.groups.push(group);
    chains.set(key, chain);
  }
  const checks: ToleranceCheck[] = [];
  for (const [, chain] of [...chains].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    checks.push(availabilityCheck(fn, chain.groups, chain.shield));
  for (const d of deps) {
    const group = groups.get(d.group);
    if (group === undefined) continue;
    const recovery = recoveryCheck(fn, group, d.shield);
    if (recovery !== undefined) checks.push(recovery);
    const dataLoss = dataLossCheck(fn, group);
    if (dataLoss !== undefined) checks.push(dataLoss);
  }
  return checks;
}
