import type { RawFinding } from '../analyses/threats/engine.js';
import type { Issue } from '../common/issue.js';
import { matchesFindingPattern } from '../findings/patterns.js';
import type { Finding, RiskAssessment, SuppressedFinding } from '../findings/types.js';
import type { ModelQuery } from '../model/query/index.js';
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

/** Raw rule hits → findings with pre/post-control risk, treatment status and suppression. */
export function assessFindings(raw: readonly RawFinding[], query: ModelQuery): Assessment {
  const { model } = query;
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const item of raw) {
    const finding = toFinding(item, query);
    const by = model.assumptions.find((a) =>
      (a.suppresses ?? []).some((p) => matchesFindingPattern(p, finding.id)),
    );
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

function toFinding(item: RawFinding, query: ModelQuery): Finding {
  const { rule, hit, subject } = item;
  const { model } = query;
  const treatment = findTreatment(item.id, model.treatments);
  const exploitability = applyControls(
    item.id,
    hit.exploitability?.level ?? rule.exploitability,
    hit.exploitability?.reason ?? `default for ${rule.id}`,
    model.controls,
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
      reason: `${severity.reason}; raised to ${raised} because one compromise reaches every patient's ${reaches.join(', ')} (multi-patient harm)`,
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
    treatment === undefined ? undefined : evaluateTreatment(treatment, acceptable, residual);
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
  const references = referencesOf(rule.references);
  return {
    id: item.id,
    source: 'threat',
    ruleId: rule.id,
    ruleVersion: rule.version,
    title: hit.title ?? rule.title,
    category: rule.category,
    stride: item.stride,
    fdaCategory: rule.fdaCategory,
    subject,
    rationale: hit.rationale,
    evidence: hit.evidence ?? [],
    mitigation: rule.mitigation,
    references,
    risk,
    level: residual,
    status: treated?.status ?? 'open',
    ...(treated === undefined ? {} : { treatment: treated.view }),
  };
}

function multiPatientReach(item: RawFinding, query: ModelQuery): readonly string[] {
  const componentId =
    item.subject.kind === 'component'
      ? item.subject.id
      : item.subject.kind === 'interface'
        ? item.subject.id.split('/')[0]
        : item.subject.kind === 'flow'
          ? query.flow(item.subject.id)?.source
          : undefined;
  const component = componentId === undefined ? undefined : query.component(componentId);
  if (component?.multiplicity !== 'shared') return [];
  return query.steeredPerPatient(component.id);
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
