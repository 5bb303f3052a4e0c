import type { Evidence } from '../../findings/types.js';
import type { Shield } from './dependencies.js';

/** `not-assessable` is a result, never a pass: a term or tolerance the check needs is missing. */
export type Verdict = 'met' | 'not-met' | 'not-assessable';

/** A span of time as seconds and as text (`8h 45m 36s`). */
export interface Span {
  readonly seconds: number;
  readonly text: string;
}

/**
 * One comparison of SLA terms with what a clinical function tolerates:
 * - `availability`: the longest single outage the chain's composite availability (or, when every
 *   link commits to one, its recovery time) permits, against the maximum tolerable outage;
 * - `recovery`: one dependency's RTO or tested failover time against the maximum tolerable outage;
 * - `data-loss`: one dependency's RPO against the data the function can lose.
 * Functions kept going by an offline-capable component tolerate its offline duration on top.
 */
export interface ToleranceCheck {
  readonly check: 'availability' | 'recovery' | 'data-loss';
  readonly functionId: string;
  /** Dependency ids compared: the whole chain (availability) or one (recovery, data loss). */
  readonly dependencies: readonly string[];
  readonly shield?: Shield;
  readonly verdict: Verdict;
  /** What the terms permit: the single outage, the recovery time, the RPO. */
  readonly allowed?: Span;
  /** What the function tolerates. */
  readonly tolerated?: Span;
  /** Availability only: the figure that bounds one outage. */
  readonly boundBy?: 'availability' | 'recovery';
  /** Availability only: the chain's composite availability and what it allows per year and month. */
  readonly compositePercent?: number;
  readonly perYear?: Span;
  readonly perMonth?: Span;
  /** Plain-text explanation with the numbers; findings use it as their rationale. */
  readonly text: string;
  readonly evidence: readonly Evidence[];
}

/** A security-breach notification commitment against the fastest one the dependants need. */
export interface BreachCheck {
  readonly component: string;
  readonly verdict: Verdict;
  readonly declared?: Span;
  readonly required: Span & {
    /** Where the requirement comes from: a function, the device default, or medrisk's default. */
    readonly from: string;
  };
  readonly text: string;
  readonly evidence: readonly Evidence[];
}

/** A term or tolerance missing for a dependency, so some check above could not be made. */
export interface Gap {
  readonly component: string;
  readonly path: string;
  readonly text: string;
}
