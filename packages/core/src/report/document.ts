import type { Analysis } from '../analyze.js';
import { STRIDE, type Stride } from '../model/vocabulary.js';
import type { DeviceModel, RiskPolicy } from '../model/types.js';
import { EXPLOITABILITY, type Exploitability } from '../findings/scales.js';
import { HARM_SEVERITIES, type HarmSeverity } from '../model/vocabulary.js';
import type { Finding } from '../findings/types.js';
import { buildDiagram, type Diagram } from './diagram.js';
import { THREAT_RULES } from '../analyses/threats/rules/index.js';
import type { RuleMeta } from '../analyses/threats/types.js';
import { DEPLOYMENT_LABELS } from './labels.js';

/**
 * The report view model: everything a renderer prints, computed once, so renderers only format.
 * Built from the model and the analysis; it adds nothing that is not traceable to either.
 */
export interface ReportDocument {
  readonly title: string;
  readonly model: DeviceModel;
  readonly analysis: Analysis;
  /** Findings followed by suppressed ones, each with its display state. */
  readonly rows: readonly FindingRow[];
  readonly heatMap: HeatMap;
  readonly strideMatrix: readonly StrideRow[];
  readonly deployments: readonly DeploymentView[];
  readonly diagram: Diagram;
  /** Metadata of the rules that raised a finding (active or suppressed), sorted by id. */
  readonly rules: readonly RuleMeta[];
}

export interface FindingRow {
  readonly finding: Finding;
  /** `suppressed` rows keep the assumption that suppressed them. */
  readonly state: 'active' | 'suppressed';
  readonly suppression?: { readonly assumption: string; readonly text: string };
}

export interface HeatMap {
  readonly exploitability: readonly Exploitability[];
  readonly severity: readonly HarmSeverity[];
  /** `cells[e][s]`: the policy's level and the active findings whose residual risk falls there. */
  readonly cells: readonly (readonly {
    readonly level: string;
    readonly findings: readonly string[];
  }[])[];
  readonly acceptable: RiskPolicy['acceptable'];
}

export type StrideCellState = 'finding' | 'checked' | 'not-applicable' | 'gap' | 'not-expected';

export interface StrideRow {
  readonly subject: {
    readonly kind: 'component' | 'flow';
    readonly id: string;
    readonly name?: string;
  };
  readonly cells: readonly {
    readonly stride: Stride;
    readonly state: StrideCellState;
    readonly detail: string;
  }[];
}

export interface DeploymentView {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  readonly components: readonly string[];
  readonly assumptions: DeviceModel['deployments'][number]['assumptions'];
  readonly exposure: DeviceModel['deployments'][number]['exposure'];
  readonly exposureEdited: boolean;
}

export function buildReportDocument(
  model: DeviceModel,
  analysis: Analysis,
  ruleSet: readonly RuleMeta[] = THREAT_RULES,
): ReportDocument {
  const rows: FindingRow[] = [
    ...analysis.findings.map((finding): FindingRow => ({ finding, state: 'active' })),
    ...analysis.suppressed.map((s): FindingRow => ({
      finding: s.finding,
      state: 'suppressed',
      suppression: { assumption: s.reason.assumption, text: s.reason.text },
    })),
  ];
  return {
    title: `${model.device.name}${model.device.version === undefined ? '' : ` ${model.device.version}`} — cybersecurity risk analysis`,
    model,
    analysis,
    rows,
    heatMap: buildHeatMap(model.risk, analysis.findings),
    strideMatrix: buildStrideMatrix(model, analysis),
    deployments: model.deployments.map((d) => ({
      id: d.id,
      label: d.name ?? DEPLOYMENT_LABELS[d.type],
      type: d.type,
      components: model.components.filter((c) => c.deployment === d.id).map((c) => c.id),
      assumptions: d.assumptions,
      exposure: d.exposure,
      exposureEdited: d.exposureEdited,
    })),
    diagram: buildDiagram(model, analysis),
    rules: ruleSet
      .filter((rule) => rows.some((row) => row.finding.ruleId === rule.id))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

function buildHeatMap(policy: RiskPolicy, findings: readonly Finding[]): HeatMap {
  const cells = EXPLOITABILITY.map((e, ei) =>
    HARM_SEVERITIES.map((s, si) => ({
      level: policy.matrix[ei]?.[si] ?? 'low',
      findings: findings
        .filter((f) => f.risk.exploitability.residual === e && f.risk.severity.level === s)
        .map((f) => f.id),
    })),
  );
  return {
    exploitability: EXPLOITABILITY,
    severity: HARM_SEVERITIES,
    cells,
    acceptable: policy.acceptable,
  };
}

function buildStrideMatrix(model: DeviceModel, analysis: Analysis): StrideRow[] {
  const names = new Map<string, string | undefined>([
    ...model.components.map((c) => [`component:${c.id}`, c.name] as const),
    ...model.dataFlows.map((f) => [`flow:${f.id}`, f.name] as const),
  ]);
  const rows = new Map<string, StrideRow['cells'][number][]>();
  for (const cell of analysis.coverage.cells) {
    const key = `${cell.subject.kind}:${cell.subject.id}`;
    const state: StrideCellState = cell.findings.some(
      (id) => !id.startsWith('stride-coverage-gap@'),
    )
      ? 'finding'
      : cell.notApplicable !== undefined
        ? 'not-applicable'
        : cell.consideredBy.length > 0
          ? 'checked'
          : 'gap';
    const detail =
      state === 'finding'
        ? cell.findings.filter((id) => !id.startsWith('stride-coverage-gap@')).join(', ')
        : state === 'not-applicable'
          ? `${cell.notApplicable?.assumption ?? ''}: ${cell.notApplicable?.text ?? ''}`
          : state === 'checked'
            ? `checked by ${cell.consideredBy.join(', ')}`
            : 'not analysed';
    rows.set(key, [...(rows.get(key) ?? []), { stride: cell.stride, state, detail }]);
  }
  return [...rows.entries()].map(([key, cells]) => {
    const [kind, ...rest] = key.split(':');
    const id = rest.join(':');
    const name = names.get(key);
    return {
      subject: {
        kind: kind === 'flow' ? 'flow' : 'component',
        id,
        ...(name === undefined ? {} : { name }),
      },
      cells: STRIDE.map(
        (stride) =>
          cells.find((c) => c.stride === stride) ?? {
            stride,
            state: 'not-expected' as const,
            detail: 'not expected for this element type',
          },
      ),
    };
  });
}
