export { evaluateSsvc, missingSelections } from './evaluate.js';
export { allowedValues, findDecisionPoint, findValue } from './select.js';
export { refOf } from './define.js';
export { SSVC_DECISION_POINTS, SSVC_OUTCOME_SETS } from './points/index.js';
export { SSVC_DERIVATIONS, SSVC_TABLES, ssvcTable } from './tables/index.js';
export { parseSsvcAnswers, SsvcAnswers } from './answers.js';
export { deriveExploitation, EPSS_REVIEW_THRESHOLD } from './derive/exploitation.js';
export type { ExploitationEvidence } from './derive/exploitation.js';
export { deriveSystemExposure, deriveValueDensity } from './derive/exposure.js';
export type { ExposureFacts } from './derive/exposure.js';
export { deriveAutomatable, deriveTechnicalImpact } from './derive/cvss.js';
export { CLINICAL_ROLES, deriveMissionImpact, deriveSafetyImpact } from './derive/safety.js';
export type { ClinicalRole, FunctionHarm, FunctionRole } from './derive/safety.js';
export type {
  DecisionPoint,
  DecisionPointValue,
  DecisionTable,
  SelectionInput,
  SelectionSource,
  SsvcEvaluation,
  SsvcExchangeSelection,
  SsvcSelection,
  SsvcStep,
} from './types.js';
