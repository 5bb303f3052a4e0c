import type { CommunicationChannel, SkillLevel, StakeholderRole } from '../../model/vocabulary.js';

/** RACI letters, in the order a cell prints them. */
export const RACI_LETTERS = ['R', 'A', 'C', 'I'] as const;
export type RaciLetter = (typeof RACI_LETTERS)[number];

/**
 * What a matrix row stands for: a control; a mitigation (a `mitigate` treatment naming controls);
 * a transferred risk (a `transfer` treatment); a declared duty (`responsibilities[]`).
 */
export const ITEM_KINDS = ['control', 'mitigation', 'transfer', 'duty'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** `declared`: written in the RACI (or duty); `derived`: a default medrisk applied, with its reason. */
type Origin = 'declared' | 'derived';

/** One letter held by one stakeholder on one row. */
export interface Assignment {
  readonly stakeholder: string;
  readonly letter: RaciLetter;
  readonly origin: Origin;
  /** For derived letters: where the default came from ("owner of control x"). */
  readonly reason?: string;
}

export interface MatrixRow {
  readonly kind: ItemKind;
  /** Control id, treatment finding id (or pattern), or duty id. */
  readonly id: string;
  readonly title: string;
  /** Model path of the entry, e.g. `controls.portal-mfa`, `responsibilities.gateway-patching`. */
  readonly path: string;
  /** Components or data flows the item is about: a duty's component, the subjects of the findings it covers. */
  readonly elements: readonly string[];
  readonly skill?: SkillLevel;
  /** Channels through which the parties learn their part (declared; a control also takes those of transfers naming it). */
  readonly communicatedVia: readonly CommunicationChannel[];
  /** Sorted by stakeholder id, then R, A, C, I. */
  readonly assignments: readonly Assignment[];
  /** `declared` when every letter was written, `derived` when none was, else `mixed`. */
  readonly origin: Origin | 'mixed';
  /** Controls only: not-implemented controls are listed but owe nothing yet, so nothing is checked. */
  readonly checked: boolean;
}

/** Each kind is reported by the rule `responsibility-<kind>` unless another rule covers it. */
export type ProblemKind =
  | 'no-accountable'
  | 'several-accountable'
  | 'no-responsible'
  | 'lay-technical-task'
  | 'not-communicated';

export interface ResponsibilityProblem {
  readonly kind: ProblemKind;
  readonly item: { readonly kind: ItemKind; readonly id: string };
  readonly message: string;
  /** Stakeholders the problem is about (the accountable ones, the lay user, the third party). */
  readonly stakeholders: readonly string[];
  /** An existing rule that already reports exactly this; medrisk's responsibility rules skip it. */
  readonly coveredBy?: string;
}

export interface MatrixStakeholder {
  readonly id: string;
  readonly role: StakeholderRole;
  readonly name?: string;
}
