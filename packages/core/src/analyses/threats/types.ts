import type { Evidence, SubjectKind } from '../../findings/types.js';
import type { FindingVulnerability } from '../../findings/vulnerability.js';
import type { SupplyChainFacts } from '../vulnerabilities/facts.js';
import type { AnalysisParameters } from '../parameters.js';
import type { EolDataInput } from '../lifecycle/context.js';
import type { ModelQuery } from '../../model/query/index.js';
import type {
  Assumption,
  ClinicalFunction,
  Component,
  ComponentInterface,
  Control,
  DataFlow,
  Deployment,
  Treatment,
  TrustBoundary,
} from '../../model/types.js';
import type { FdaControlCategory, HarmSeverity, Stride } from '../../model/vocabulary.js';
import type { Exploitability } from '../../findings/scales.js';
import type { Coverage } from './coverage.js';

export const RULE_CATEGORIES = [
  'stride',
  'fda-design',
  'software-update',
  'physical-access',
  'logging',
  'home-use',
  'cloud',
  'ai-ml',
  'cryptography',
  'multi-patient',
  'responsibility',
  'completeness',
  'supply-chain',
  'lifecycle',
] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

/**
 * How a finding's severity of harm is found. `patient`: from the clinical functions the subject can
 * affect if it is compromised (what it serves and steers); `availability`: from the functions that
 * stop when the subject stops (denial of service, outage, bricking); `privacy`: a confidentiality
 * breach (ISO 14971 severity minor unless the hit says more); `none`: a documentation or process gap
 * with no harm of its own (risk level `info`).
 */
export type HarmBasis = 'patient' | 'availability' | 'privacy' | 'none';

export interface RuleReferences {
  readonly cwe?: readonly number[];
  readonly capec?: readonly number[];
  /** MITRE ATT&CK for ICS technique ids, e.g. `T0843`. */
  readonly attackIcs?: readonly string[];
  /** MITRE ATLAS technique ids, e.g. `AML.T0020`. */
  readonly atlas?: readonly string[];
  /** Where FDA guidance asks for it, e.g. `Premarket App. 1 A (authentication)`. */
  readonly fda?: readonly string[];
  /** Other standards and publications, e.g. `NIST IR 8547 ipd (Nov 2024)`, `NSA CNSA 2.0`. */
  readonly standards?: readonly string[];
}

/** Rule metadata (after Threagile's risk categories); `docs/rules.md` is generated from it. */
export interface RuleMeta {
  /** kebab-case, equal to the file name. */
  readonly id: string;
  /** Bumped when the detection logic changes, so reviewers know a finding may differ. */
  readonly version: number;
  readonly title: string;
  readonly category: RuleCategory;
  readonly stride: readonly Stride[];
  readonly fdaCategory: FdaControlCategory;
  readonly references: RuleReferences;
  /** What the threat is and why it matters to patients. Plain text, no markup. */
  readonly description: string;
  /** What in the model makes the rule fire. */
  readonly detection: string;
  /** Situations where it fires but the risk is not real, and how to say so in the model. */
  readonly falsePositives: string;
  readonly mitigation: string;
  readonly exploitability: Exploitability;
  readonly harm: HarmBasis;
}

export interface RuleHit {
  /** Why it fired, naming model ids. */
  readonly rationale: string;
  readonly evidence?: readonly Evidence[];
  /** Distinguishes several hits on one subject (a port id, a STRIDE category …). */
  readonly qualifier?: string;
  readonly exploitability?: { readonly level: Exploitability; readonly reason: string };
  readonly severity?: { readonly level: HarmSeverity; readonly reason: string };
  /** Only for `model` and `coverage` rules: the element the hit is about. */
  readonly subject?: { readonly kind: SubjectKind; readonly id: string };
  /** Narrows the rule's STRIDE categories for this hit. */
  readonly stride?: readonly Stride[];
  readonly title?: string;
  /** Replaces the rule's mitigation when the hit knows better (e.g. "update lodash to 4.17.21"). */
  readonly mitigation?: string;
  /** Added to the rule's references (e.g. the CWEs an advisory names). */
  readonly references?: RuleReferences;
  /** The known vulnerability a supply-chain hit is about. */
  readonly vulnerability?: FindingVulnerability;
  /**
   * The hit's own evidence says it does not apply (a VEX `not_affected` or `fixed` statement):
   * the finding is suppressed with this reason and stays in the report.
   */
  readonly suppressedBy?: { readonly id: string; readonly text: string; readonly owner?: string };
}

/**
 * What rules ask: the model (ModelQuery) and, when the shell scanned the model's SBOMs, the
 * supply-chain facts. Rules that only read the model keep taking a ModelQuery.
 */
export interface RuleContext extends ModelQuery {
  readonly supplyChain: SupplyChainFacts;
  /** The analysis date and scenario overrides the shell passed (absent in most tests). */
  readonly parameters?: AnalysisParameters;
  /** endoflife.date release data for the lifecycle analysis; absent when none was loaded. */
  readonly eol?: EolDataInput;
}

export type RuleResult = RuleHit | readonly RuleHit[] | undefined;

export interface InterfaceSubject {
  readonly component: Component;
  readonly iface: ComponentInterface;
}

interface Applies<K extends string, S> {
  readonly appliesTo: K;
  /** Scope: the rule considers this subject (it then counts for STRIDE coverage, hit or not). */
  readonly when?: (subject: S, query: RuleContext) => boolean;
  readonly evaluate: (subject: S, query: RuleContext) => RuleResult;
}

/** A rule is data plus one function; the engine owns iteration, ids, severity and suppression. */
export type ThreatRule = RuleMeta &
  (
    | Applies<'component', Component>
    | Applies<'flow', DataFlow>
    | Applies<'boundary', TrustBoundary>
    | Applies<'interface', InterfaceSubject>
    | Applies<'deployment', Deployment>
    | Applies<'control', Control>
    | Applies<'assumption', Assumption>
    | Applies<'treatment', Treatment>
    | Applies<'function', ClinicalFunction>
    | { readonly appliesTo: 'model'; readonly evaluate: (query: RuleContext) => RuleResult }
    | {
        readonly appliesTo: 'coverage';
        readonly evaluate: (coverage: Coverage, query: RuleContext) => RuleResult;
      }
  );
