import type { RawFinding } from '../analyses/threats/engine.js';
import type { Issue } from '../common/issue.js';
import { buildPatternIndex, type PatternIndex } from '../findings/patterns.js';
import type { Finding, Reference, RiskAssessment, SuppressedFinding } from '../findings/types.js';
import { steers, type HarmReach, type ModelQuery } from '../model/query/index.js';
import type { Assumption, Control, DeviceModel, Treatment } from '../model/types.js';
import { applyControls } from './controls.js';
import { isAcceptable, riskLevel } from './matrix.js';
import { assessSeverity, escalate } from './severity.js';
import { evaluateTreatment, findTreatment } from './treatment.js';
import { referencesOf } from './references.js';
import { unmatchedPatterns } from './unmatched.js';

export interface Assessment {
  readonly findings: readonly Finding[];
  readonly suppressed: readonly SuppressedFinding[];
  readonly issues: readonly Issue[];
}

/** The model's controls, suppressions and treatments, indexed once per analysis by finding-id pattern. */
interface Decisions {
  readonly controls: PatternIndex<Control>;
  readonly suppressions: PatternIndex<Assumption>;
  readonly treatments: PatternIndex<Treatment>;
}

function indexDecisions(model: DeviceModel): Decisions {
  return {
    controls: buildPatternIndex(
      model.controls.flatMap((c) => c.mitigates.map((pattern) => ({ pattern, value: c }))),
    ),
    suppressions: buildPatternIndex(
      model.assumptions.flatMap((a) =>
        (a.suppresses ?? []).map((pattern) => ({ pattern, value: a })),
      ),
    ),
    treatments: buildPatternIndex(
      model.treatments.map((t) => ({ pattern: t.findingId, value: t })),
    ),
  };
}

/** Raw rule hits → findings with pre/post-control risk, treatment status and suppression. */
export function assessFindings(raw: readonly RawFinding[], query: ModelQuery): Assessment {
  const { model } = query;
  const decisions = indexDecisions(model);
  const notApplicable = notApplicableIndex(model.assumptions);
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const item of raw) {
    const finding = toFinding(item, query, decisions);
    const own = item.hit.suppressedBy;
    if (own !== undefined) {
      suppressed.push({
        finding,
        reason: {
          assumption: own.id,
          text: own.text,
          ...(own.owner === undefined ? {} : { owner: own.owner }),
        },
      });
      continue;
    }
    const by =
      decisions.suppressions.match(finding.id)[0] ?? notApplicableTo(finding, notApplicable);
    if (by === undefined) findings.push(finding);
    else
      suppressed.push({
        finding,
        reason: {
          assumption: by.id,
          text: by.rationale ?? by.text,
          ...(by.owner === undefined ? {} : { owner: by.owner }),
        },
      });
  }
  return {
    findings,
    suppressed,
    issues: unmatchedPatterns(
      model,
      raw.map((r) => r.id),
    ),
  };
}

/** `element#stride` → the assumption that declares the STRIDE category not applicable to the element. */
function notApplicableIndex(assumptions: readonly Assumption[]): Map<string, Assumption> {
  const index = new Map<string, Assumption>();
  for (const assumption of assumptions) {
    for (const entry of assumption.notApplicable ?? []) {
      for (const stride of entry.stride)
        if (!index.has(`${entry.subject}#${stride}`))
          index.set(`${entry.subject}#${stride}`, assumption);
    }
  }
  return index;
}

/**
 * A finding whose every STRIDE category an assumption declares not applicable to its element is
 * suppressed by that assumption: the analyst said so in writing, and the report keeps both. (A
 * finding with several categories stays active unless all of them are declared not applicable.)
 */
function notApplicableTo(
  finding: Finding,
  index: ReadonlyMap<string, Assumption>,
): Assumption | undefined {
  if (finding.stride.length === 0) return undefined;
  const element =
    finding.subject.kind === 'interface' ? finding.subject.id.split('/')[0] : finding.subject.id;
  const by = finding.stride.map((stride) => index.get(`${element ?? ''}#${stride}`));
  return by.every((a) => a !== undefined) ? by[0] : undefined;
}

function toFinding(item: RawFinding, query: ModelQuery, decisions: Decisions): Finding {
  const { rule, hit, subject } = item;
  const { model } = query;
  const treatment = findTreatment(decisions.treatments.match(item.id));
  const exploitability = applyControls(
    hit.exploitability?.level ?? rule.exploitability,
    hit.exploitability?.reason ?? `default for ${rule.id}`,
    model.controls,
    decisions.controls.match(item.id),
    treatment,
  );
  let severity = assessSeverity(item, query);
  const reaches = multiPatientReach(item, query);
  if (
    reaches.length > 0 &&
    severity.level !== undefined &&
    (severity.level === 'serious' || severity.level === 'critical')
  ) {
    const raised = escalate(severity.level);
    severity = {
      ...severity,
      level: raised,
      reason: `${severity.reason}; raised to ${raised} because one ${rule.harm === 'availability' ? 'outage stops' : 'compromise reaches'} every patient's ${reaches.join(', ')} (multi-patient harm)`,
    };
  }
  const initial =
    severity.level === undefined
      ? 'info'
      : riskLevel(model.risk, exploitability.initial, severity.level);
  const residual =
    severity.level === undefined
      ? 'info'
      : riskLevel(model.risk, exploitability.residual, severity.level);
  const acceptable = isAcceptable(model.risk, residual);
  const treated =
    treatment === undefined
      ? undefined
      : evaluateTreatment(
          treatment,
          acceptable,
          residual,
          exploitability.controls.filter((c) => c.reduction > 0).length,
        );
  const risk: RiskAssessment = {
    exploitability,
    severity,
    initial,
    residual,
    acceptable,
    controlled: acceptable,
    controlledReason: controlledReason(
      residual,
      acceptable,
      model.risk.acceptable,
      treated?.view.strategy,
    ),
    ...(reaches.length === 0
      ? {}
      : {
          multiPatient: {
            reaches,
            ...(model.device.fleetSize === undefined ? {} : { fleetSize: model.device.fleetSize }),
          },
        }),
  };
  const references =
    hit.references === undefined
      ? referencesOf(rule.references)
      : uniqueReferences([...referencesOf(rule.references), ...referencesOf(hit.references)]);
  return {
    id: item.id,
    source:
      rule.category === 'supply-chain' && hit.vulnerability !== undefined
        ? 'vulnerability'
        : 'threat',
    ruleId: rule.id,
    ruleVersion: rule.version,
    title: hit.title ?? rule.title,
    category: rule.category,
    stride: item.stride,
    fdaCategory: rule.fdaCategory,
    subject,
    rationale: hit.rationale,
    evidence: hit.evidence ?? [],
    mitigation: hit.mitigation ?? rule.mitigation,
    references,
    risk,
    level: residual,
    status: treated?.status ?? 'open',
    ...(treated === undefined ? {} : { treatment: treated.view }),
    ...(hit.vulnerability === undefined ? {} : { vulnerability: hit.vulnerability }),
  };
}

function uniqueReferences(list: readonly Reference[]): Reference[] {
  return [...new Map(list.map((r) => [`${r.type}:${r.id}`, r] as const)).values()];
}

/**
 * Per-patient components one shared subject reaches: those it steers (for compromise), or those
 * that stop with it (for availability: an outage of a shared service stops every patient's device).
 */
function multiPatientReach(item: RawFinding, query: ModelQuery): readonly string[] {
  const { subject, rule } = item;
  if (subject.kind === 'flow') return flowReach(subject.id, rule.harm === 'availability', query);
  const componentId =
    subject.kind === 'component'
      ? subject.id
      : subject.kind === 'interface'
        ? subject.id.split('/')[0]
        : undefined;
  const component = componentId === undefined ? undefined : query.component(componentId);
  if (component?.multiplicity !== 'shared') return [];
  if (rule.harm !== 'availability') return query.steeredPerPatient(component.id);
  return perPatientOnPaths(query.lossOfComponent(component.id), query);
}

/**
 * A flow from a shared component stands for that component's link to every patient's device: what
 * the flow itself steers (or stops) downstream is what one attack on it reaches.
 */
function flowReach(flowId: string, availability: boolean, query: ModelQuery): readonly string[] {
  const flow = query.flow(flowId);
  if (flow === undefined || query.component(flow.source)?.multiplicity !== 'shared') return [];
  if (availability) return perPatientOnPaths(query.lossOfFlow(flowId), query);
  if (!steers(flow)) return [];
  const target = query.component(flow.target);
  const direct = target?.multiplicity === 'per-patient' ? [flow.target] : [];
  return [...new Set([...direct, ...query.steeredPerPatient(flow.target)])].sort();
}

function perPatientOnPaths(reach: HarmReach, query: ModelQuery): readonly string[] {
  const ids = reach.impacts.flatMap((impact) =>
    impact.path.filter((id) => query.component(id)?.multiplicity === 'per-patient'),
  );
  return [...new Set(ids)].sort();
}

function controlledReason(
  residual: string,
  acceptable: boolean,
  levels: readonly string[],
  strategy: string | undefined,
): string {
  if (residual === 'info') return 'no patient-harm dimension';
  if (acceptable)
    return `residual risk ${residual} is within the acceptable levels (${levels.join(', ')})`;
  const accepted =
    strategy === 'accept' || strategy === 'transfer'
      ? `; ${strategy === 'accept' ? 'accepted' : 'transferred'}, but the risk stays uncontrolled until controls bring it into an acceptable level`
      : '';
  return `residual risk ${residual} is above the acceptable levels (${levels.join(', ')})${accepted}`;
}
