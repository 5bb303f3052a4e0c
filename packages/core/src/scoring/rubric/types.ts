/**
 * The MITRE "Rubric for Applying CVSS to Medical Devices" (Chase and Christey Coley, 2019; FDA
 * MDDT qualification 2020) as data: yes/no questions whose answers lead to the next question or to
 * a CVSS v3.1 base metric value. See README.md for what is and is not verified.
 */

/** Every question is answered yes, no or unknown. */
export const RUBRIC_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type RubricAnswer = (typeof RUBRIC_ANSWERS)[number];

/** The CVSS v3.1 base metrics, in vector order. */
export const RUBRIC_METRICS = ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'] as const;
export type RubricMetric = (typeof RUBRIC_METRICS)[number];

/** Where an answer leads: another question, or a value of the question's metric. */
export type RubricStep = { readonly ask: string } | { readonly value: string };

export interface RubricQuestion {
  /** The rubric's id, e.g. `XAVN`. */
  readonly id: string;
  readonly metric: RubricMetric;
  /** Our own short wording of the question. */
  readonly text: string;
  /** Clarification shown with the question. */
  readonly help?: string;
  readonly next: Readonly<Record<RubricAnswer, RubricStep>>;
  /** Why `unknown` leads where it does, and on whose authority. */
  readonly unknownRule: string;
}

/**
 * A chain of questions that yields one metric value. Attack vector, complexity, privileges, user
 * interaction and scope have one chain each; confidentiality, integrity and availability have one
 * per class of data or function, and the metric is the highest value across its chains.
 */
export interface RubricChain {
  readonly metric: RubricMetric;
  /** The first question. */
  readonly start: string;
  /** What the chain asks about, e.g. `therapy delivery`. */
  readonly label: string;
}

/** One answered question on the path, in the order the rubric asks them. */
export interface RubricPathStep {
  readonly question: string;
  readonly metric: RubricMetric;
  readonly text: string;
  readonly answer: RubricAnswer;
  readonly reason?: string;
  /** The next question id, or `AV:N`-style when the answer decided the chain. */
  readonly leadsTo: string;
}

/** A metric and how it was decided. */
export interface RubricMetricResult {
  readonly metric: RubricMetric;
  /** Undefined while a chain of the metric is unfinished. */
  readonly value?: string;
  /** The question ids whose answers decided it. */
  readonly decidedBy: readonly string[];
  /** True when an `unknown` answer (worst case) decided it. */
  readonly fromUnknown: boolean;
}

export interface RubricResult {
  /** Always `rubric-derived`: the vector came from the rubric's questions, not a CVSS analyst. */
  readonly label: 'rubric-derived';
  readonly rubric: string;
  /** All metrics decided. */
  readonly complete: boolean;
  /** The CVSS v3.1 base vector, once complete. */
  readonly vector?: string;
  readonly metrics: readonly RubricMetricResult[];
  readonly path: readonly RubricPathStep[];
  /** Every answer given, normalized to yes/no/unknown and keyed by question id (on the path or not). */
  readonly answers: Readonly<Record<string, RubricAnswer>>;
  /** The next unanswered question of each unfinished chain, in rubric order. */
  readonly missing: readonly string[];
  /** The answers on the path, e.g. `XAVN:Y/XAVT:N/...` (Y, N, U), for audit and re-entry. */
  readonly extendedVector: string;
  /** What the data was checked against; read it before relying on the vector. */
  readonly verification: string;
}
