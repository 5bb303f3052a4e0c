export { analyze, ANALYSIS_FORMAT_VERSION } from './analyze.js';
export type {
  Analysis,
  AnalysisSummary,
  AnalyzeOptions,
  AnalyzerStatus,
  InputDigest,
} from './analyze.js';
export { THREAT_RULES } from './analyses/threats/rules/index.js';
export { RULE_CATEGORIES } from './analyses/threats/types.js';
export type { RuleCategory, RuleMeta, ThreatRule } from './analyses/threats/types.js';
export type { Coverage, CoverageCell } from './analyses/threats/coverage.js';
export { formatIssue, formatPath, hasErrors } from './common/issue.js';
export type { Issue, IssueCode, SourceLocation } from './common/issue.js';
export type { ParseResult } from './common/result.js';
export { CoreError, InvalidInputError, UnknownNameError } from './common/errors.js';
export type {
  Finding,
  FindingStatus,
  Reference,
  SubjectRef,
  SuppressedFinding,
} from './findings/types.js';
export { loadModel, modelFromValue } from './model/load.js';
export type { IncludeResolver, LoadOptions, ModelInput } from './model/load.js';
export { MODEL_FORMAT_VERSION, AuthoredModel } from './model/schema/index.js';
export type { DeviceModel } from './model/types.js';
export { RISK_LEVELS, EXPLOITABILITY, isRiskLevel, riskRank } from './risk/scales.js';
export type { RiskLevel, Exploitability } from './risk/scales.js';
export { TOOL_VERSION } from './version.js';
