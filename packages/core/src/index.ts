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
export type {
  HarmBasis,
  RuleCategory,
  RuleMeta,
  RuleReferences,
  ThreatRule,
} from './analyses/threats/types.js';
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
export { RISK_LEVELS, EXPLOITABILITY, isRiskLevel, riskRank } from './findings/scales.js';
export type { RiskLevel, Exploitability } from './findings/scales.js';
export { TOOL_VERSION } from './version.js';
export { buildReportDocument } from './report/document.js';
export type { FindingRow, ReportDocument } from './report/document.js';
export { REPORT_FORMATS, renderToString, reportFormat } from './report/formats/index.js';
export type { ReportFormat } from './report/formats/types.js';
export { referencesOf } from './risk/references.js';
export { STRIDE, STRIDE_LETTER, HARM_SEVERITIES } from './model/vocabulary.js';
export type { Stride, HarmSeverity } from './model/vocabulary.js';
export { modelJsonSchema } from './model/json-schema.js';
export { DEPLOYMENT_PROFILES } from './model/deployment-defaults.js';
export { DEFAULT_RISK_POLICY } from './model/risk-policy.js';
export { ISSUE_CODES } from './common/issue.js';
export {
  SUBJECT_KINDS,
  REFERENCE_TYPES,
  FINDING_SOURCES,
  FINDING_STATUSES,
} from './findings/types.js';
export type {
  FindingSource,
  ReferenceType,
  SubjectKind,
  RiskAssessment,
  TreatmentView,
} from './findings/types.js';
export { ALGORITHM_KINDS, classifyAlgorithm } from './model/algorithms.js';
export type { AlgorithmInfo, AlgorithmKind } from './model/algorithms.js';
export type { HeatMap, StrideRow, DeploymentView } from './report/document.js';
export type {
  Bom,
  Component,
  DataFlow,
  TrustBoundary,
  Deployment,
  ClinicalFunction,
  Control,
  Assumption,
  Treatment,
} from './model/types.js';
export * from './model/vocabulary.js';
export {
  buildAdvisoryIndex,
  cpeVendorProduct,
  normalizePackageName,
  normalizeProductName,
} from './advisories/advisory-index.js';
export type { AdvisoryCoverage, AdvisoryIndex } from './advisories/advisory-index.js';
export type {
  Advisory,
  AdvisoryBatch,
  AdvisorySeverity,
  AdvisorySource,
  AffectedEntry,
  AffectedRange,
  EpssScore,
  KevEntry,
  RangeEvent,
} from './advisories/types.js';
export { ECOSYSTEMS, ecosystemOfOsv, ecosystemOfPurl } from './versions/ecosystems.js';
export type { Ecosystem } from './versions/ecosystems.js';
export { ADVISORY_SOURCES } from './advisories/sources/index.js';
export { convertAdvisoryFile } from './advisories/convert.js';
export { groupAdvisories, type AdvisoryGroup } from './advisories/aliases.js';
export { readInventory, detectInventoryFormat } from './inventory/read.js';
export { INVENTORY_FORMATS } from './inventory/formats/index.js';
export type { Inventory, InventoryComponent } from './inventory/types.js';
export { assessSbomQuality, SBOM_FRAMEWORKS } from './inventory/quality/index.js';
export type { SbomQuality } from './inventory/quality/index.js';
export { buildPurl, canonicalPurl, formatPurl, parsePurl } from './inventory/purl/index.js';
export type { Purl } from './inventory/purl/index.js';
export { cpeMatch, formatCpe, parseCpe, uriOf } from './inventory/cpe/index.js';
export { VERSION_SCHEMES } from './versions/registry.js';
export { versContains } from './versions/vers-ranges.js';
export { readVex } from './vex/read.js';
export { VEX_FORMATS } from './vex/formats/index.js';
export type { VexStatement, VexStatus } from './vex/types.js';
export { scanInventories, SCAN_FORMAT_VERSION } from './analyses/vulnerabilities/scan.js';
export type { ScanResult, ScanSummary } from './analyses/vulnerabilities/scan.js';
export type {
  ComponentRef,
  MatchConfidence,
  MatchEvidence,
  NotAssessed,
  SuppressedMatch,
  UndecidedMatch,
  VulnerabilityMatch,
} from './findings/vulnerability.js';
export { SCAN_FORMATS, scanFormat } from './report/scan/index.js';
export type { ScanFormat } from './report/scan/types.js';
export * from './scoring/cvss/index.js';
export * from './scoring/ssvc/index.js';
export * from './scoring/rubric/index.js';
export { advisoryKeysOf, type AdvisoryKeys } from './analyses/vulnerabilities/keys.js';
export type { SupplyChainInput } from './analyses/vulnerabilities/facts.js';
export {
  MATCH_CONFIDENCE,
  NOT_ASSESSED_REASONS,
  UNDECIDED_REASONS,
} from './findings/vulnerability.js';
export type {
  FindingVulnerability,
  FindingVulnerabilityMatch,
  VulnerabilityInfo,
} from './findings/vulnerability.js';
export type { InventorySummary } from './analyses/vulnerabilities/scan.js';
export * from './provenance/index.js';
export { compareModelDigests, modelToVerify } from './analyses/ai/verify-model.js';
export type { ModelToVerify } from './analyses/ai/verify-model.js';
export { HASH_ALGORITHMS, hashAlgorithm } from './analyses/ai/digests.js';
export type { DigestComparison, HashAlgorithm } from './analyses/ai/digests.js';
export type { AiModelView, AiView } from './analyses/ai/view.js';
export type {
  CloudDependencyView,
  CloudFunctionView,
  CloudServiceView,
  CloudView,
} from './analyses/cloud/view.js';
export type { OfflineBehaviour } from './analyses/cloud/offline.js';
export type { InventoryMetadata } from './inventory/types.js';
export {
  RACI_FORMATS,
  RACI_FORMAT_VERSION,
  renderRaci,
  responsibilityOf,
} from './report/raci/index.js';
export type { RaciFormat } from './report/raci/index.js';
export type { ResponsibilityMatrix } from './analyses/responsibility/matrix.js';
export type {
  Assignment,
  ItemKind,
  MatrixRow,
  RaciLetter,
  ResponsibilityProblem,
} from './analyses/responsibility/types.js';
export type { PartyChecklist, ChecklistClause } from './analyses/responsibility/checklist.js';
export {
  EOL_DATA_FORMATS,
  buildEolIndex,
  cycleFor,
  detectEolData,
  mergeEolProducts,
  readEolData,
  SEED_EOL_PRODUCTS,
} from './lifecycle/eol-data/index.js';
export type {
  EolDataFormat,
  EolDate,
  EolIndex,
  EolProduct,
  EolRelease,
  EolSource,
} from './lifecycle/eol-data/index.js';
export type { EolDataInput } from './analyses/lifecycle/context.js';
export type { LifecycleRow, LifecycleView } from './analyses/lifecycle/view.js';
export { PQC_FORMATS, PQC_FORMAT_VERSION, pqcOf, renderPqc } from './report/pqc/index.js';
export type { PqcFormat, PqcOptions } from './report/pqc/index.js';
export type { PqcSummary, PqcUse, PqcView } from './analyses/pqc/view.js';
export type { AnalysisParameters } from './analyses/parameters.js';
