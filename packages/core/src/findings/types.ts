import type { SourceLocation } from '../common/issue.js';
import type { FindingVulnerability } from './vulnerability.js';
import type { FunctionImpact } from '../model/query/index.js';
import type {
  FdaControlCategory,
  HarmSeverity,
  Stride,
  TreatmentStrategy,
} from '../model/vocabulary.js';
import type { Exploitability, RiskLevel } from './scales.js';

export const SUBJECT_KINDS = [
  'model',
  'component',
  'flow',
  'boundary',
  'interface',
  'control',
  'assumption',
  'treatment',
  'function',
  'deployment',
] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** What a finding is about. `id` is unique per kind; interfaces are `component/interface`. */
export interface SubjectRef {
  readonly kind: SubjectKind;
  readonly id: string;
  readonly name?: string;
  readonly location?: SourceLocation;
}

export const REFERENCE_TYPES = ['cwe', 'capec', 'attack-ics', 'atlas', 'fda', 'standard'] as const;
export type ReferenceType = (typeof REFERENCE_TYPES)[number];

export interface Reference {
  readonly type: ReferenceType;
  /** `CWE-306`, `CAPEC-94`, `T0843`, `AML.T0020`, `FDA premarket App. 1 A` … */
  readonly id: string;
  readonly url?: string;
}

/** A fact from the model that made the rule fire, with the model path it came from. */
export interface Evidence {
  readonly path?: string;
  readonly text: string;
}

export interface ControlEffect {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  /** Exploitability levels taken off; 0 for planned or not implemented controls. */
  readonly reduction: number;
}

export interface ExploitabilityAssessment {
  readonly initial: Exploitability;
  readonly initialReason: string;
  readonly controls: readonly ControlEffect[];
  readonly residual: Exploitability;
}

export interface SeverityAssessment {
  /** ISO 14971 severity; absent for findings with no patient-harm dimension. */
  readonly level?: HarmSeverity;
  /** True when no clinical function could be traced and a default was used. */
  readonly assumed: boolean;
  readonly reason: string;
  readonly impacts: readonly FunctionImpact[];
}

export interface RiskAssessment {
  readonly exploitability: ExploitabilityAssessment;
  readonly severity: SeverityAssessment;
  /** Before any control (exploitability initial × severity). */
  readonly initial: RiskLevel;
  /** After implemented controls. */
  readonly residual: RiskLevel;
  readonly acceptable: boolean;
  /** FDA postmarket terms: residual risk of patient harm acceptable (controlled) or not. */
  readonly controlled: boolean;
  readonly controlledReason: string;
  /** Per-patient components a shared subject reaches, when it reaches more than one patient. */
  readonly multiPatient?: { readonly reaches: readonly string[]; readonly fleetSize?: number };
}

export const FINDING_STATUSES = [
  'open',
  'mitigated',
  'accepted',
  'transferred',
  'eliminated',
] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export interface TreatmentView {
  readonly strategy: TreatmentStrategy;
  readonly rationale?: string;
  readonly approver?: string;
  readonly recipient?: string;
  readonly communicatedVia: readonly string[];
  /** Problems with the treatment itself (missing approver, eliminated but still firing …). */
  readonly problems: readonly string[];
}

/** `threat`: a design rule on the model; `vulnerability`: a known vulnerability in its software. */
export const FINDING_SOURCES = ['threat', 'vulnerability'] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];

export interface Finding {
  /** Stable across runs: `rule@subject` or `rule@subject/qualifier`; treatments are keyed on it. */
  readonly id: string;
  readonly source: FindingSource;
  readonly ruleId: string;
  readonly ruleVersion: number;
  readonly title: string;
  readonly category: string;
  readonly stride: readonly Stride[];
  readonly fdaCategory: FdaControlCategory;
  readonly subject: SubjectRef;
  /** Why it fired, in terms of model ids. */
  readonly rationale: string;
  readonly evidence: readonly Evidence[];
  readonly mitigation: string;
  readonly references: readonly Reference[];
  readonly risk: RiskAssessment;
  /** Residual risk level; what `--fail-on` compares. */
  readonly level: RiskLevel;
  readonly status: FindingStatus;
  readonly treatment?: TreatmentView;
  /** For `vulnerability` findings: the vulnerability, its matches, KEV and EPSS. */
  readonly vulnerability?: FindingVulnerability;
}

export interface SuppressedFinding {
  readonly finding: Finding;
  readonly reason: { readonly assumption: string; readonly text: string; readonly owner?: string };
}
