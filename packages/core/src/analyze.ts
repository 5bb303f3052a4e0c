import { runRules } from './analyses/threats/engine.js';
import type { Coverage } from './analyses/threats/coverage.js';
import { THREAT_RULES } from './analyses/threats/rules/index.js';
import type { ThreatRule } from './analyses/threats/types.js';
import type { Issue } from './common/issue.js';
import { compareStrings } from './common/order.js';
import type { Finding, SuppressedFinding } from './findings/types.js';
import { buildRuleContext } from './analyses/threats/context.js';
import type { SupplyChainInput } from './analyses/vulnerabilities/facts.js';
import type { AnalysisParameters } from './analyses/parameters.js';
import { computeViews, type AnalysisViews } from './analyses/views.js';
import { vulnerabilityStatus } from './analyses/vulnerabilities/status.js';
import { lifecycleStatus } from './analyses/lifecycle/analyzer-status.js';
import type { EolDataInput } from './analyses/lifecycle/context.js';
import type { DeviceModel } from './model/types.js';
import { assessFindings } from './risk/assess.js';
import { RISK_LEVELS, riskRank, type RiskLevel } from './findings/scales.js';
import { TOOL_VERSION } from './version.js';

export const ANALYSIS_FORMAT_VERSION = 1;

export interface InputDigest {
  readonly file: string;
  readonly sha256: string;
}

export interface AnalyzeOptions {
  /** Defaults to every registered rule. */
  readonly rules?: readonly ThreatRule[];
  /** Digests of the input files, computed by the shell (the core reads no files). */
  readonly inputs?: readonly InputDigest[];
  /** The model's SBOMs as the shell read and scanned them; absent: no vulnerability data. */
  readonly supplyChain?: SupplyChainInput;
  /** The analysis date (the shell passes today) and scenario overrides such as years to a CRQC. */
  readonly parameters?: AnalysisParameters;
  /** endoflife.date release data for the lifecycle analysis (files or the store); absent: none. */
  readonly eol?: EolDataInput;
}

/** Which analyzer ran and how it went; a failed analyzer is visible, never silently absent. */
export interface AnalyzerStatus {
  readonly analyzer: string;
  readonly version: number;
  readonly state: 'ok' | 'partial' | 'failed';
  readonly messages: readonly string[];
}

export interface Analysis {
  readonly formatVersion: typeof ANALYSIS_FORMAT_VERSION;
  readonly provenance: {
    readonly tool: { readonly name: 'medrisk'; readonly version: string };
    readonly rules: readonly { readonly id: string; readonly version: number }[];
    readonly inputs: readonly InputDigest[];
  };
  /** Sorted by residual risk (highest first), then id. */
  readonly findings: readonly Finding[];
  readonly suppressed: readonly SuppressedFinding[];
  readonly coverage: Coverage;
  /** What the analyses computed besides findings, one field per analysis. */
  readonly views: AnalysisViews;
  readonly status: readonly AnalyzerStatus[];
  /** Warnings about the model that did not stop the analysis (stale treatments …). */
  readonly issues: readonly Issue[];
  readonly summary: AnalysisSummary;
}

export interface AnalysisSummary {
  readonly findings: number;
  readonly suppressed: number;
  readonly byLevel: Readonly<Record<RiskLevel, number>>;
  readonly uncontrolled: number;
  readonly open: number;
  readonly strideGaps: number;
}

/** The pipeline: model → rules → raw findings → risk → Analysis. Pure and deterministic. */
export function analyze(model: DeviceModel, options: AnalyzeOptions = {}): Analysis {
  const rules = options.rules ?? THREAT_RULES;
  const query = buildRuleContext(model, options.supplyChain, options.parameters, options.eol);
  const run = runRules(rules, query);
  const assessed = assessFindings(run.findings, query);
  const findings = [...assessed.findings].sort(byRisk);
  const suppressed = [...assessed.suppressed].sort((a, b) => byRisk(a.finding, b.finding));
  const byLevel = Object.fromEntries(
    RISK_LEVELS.map((level) => [level, findings.filter((f) => f.level === level).length]),
  ) as Record<RiskLevel, number>;
  return {
    formatVersion: ANALYSIS_FORMAT_VERSION,
    provenance: {
      tool: { name: 'medrisk', version: TOOL_VERSION },
      rules: [...rules]
        .sort((a, b) => compareStrings(a.id, b.id))
        .map((r) => ({ id: r.id, version: r.version })),
      inputs: options.inputs ?? [],
    },
    findings,
    suppressed,
    coverage: run.coverage,
    views: computeViews(query),
    status: [
      {
        analyzer: 'threats',
        version: 1,
        state: run.failures.length === 0 ? 'ok' : 'partial',
        messages: run.failures.map((f) => `rule ${f.ruleId} failed: ${f.message}`),
      },
      ...vulnerabilityStatus(model, options.supplyChain),
      ...lifecycleStatus(query),
    ],
    issues: assessed.issues,
    summary: {
      findings: findings.length,
      suppressed: suppressed.length,
      byLevel,
      uncontrolled: findings.filter((f) => !f.risk.controlled).length,
      open: findings.filter((f) => f.status === 'open').length,
      strideGaps: findings.filter((f) => f.ruleId === 'stride-coverage-gap').length,
    },
  };
}

function byRisk(a: Finding, b: Finding): number {
  return (
    riskRank(b.level) - riskRank(a.level) ||
    riskRank(b.risk.initial) - riskRank(a.risk.initial) ||
    compareStrings(a.id, b.id)
  );
}
