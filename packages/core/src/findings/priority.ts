import type { CvssSeverity } from '../scoring/cvss/index.js';

/** A scored CVSS vector as reports show it. */
export interface CvssScore {
  readonly vector: string;
  readonly version: string;
  readonly score: number;
  readonly severity: CvssSeverity;
}

/** One environmental metric set from the device model, and why. */
export interface ContextMetric {
  readonly metric: string;
  readonly value: string;
  readonly reason: string;
}

/** Base and device-context CVSS side by side; `note` says what could not be done. */
export interface DeviceCvss {
  readonly base?: CvssScore;
  readonly context?: CvssScore & { readonly modified: readonly ContextMetric[] };
  readonly note?: string;
}

/** The deployer's SSVC decision for one vulnerability on one component, or why there is none. */
export interface DeployerDecision {
  /** `defer`, `scheduled`, `out-of-cycle` or `immediate`. */
  readonly outcome?: string;
  /** Every decision point with its value, derived or entered, and why. */
  readonly selections: readonly {
    readonly point: string;
    readonly value: string;
    readonly source: string;
    readonly reason?: string;
  }[];
  readonly table: string;
  readonly note?: string;
}

export const PRIORITY_LEVELS = ['defer', 'scheduled', 'out-of-cycle', 'immediate'] as const;
export type PriorityLevel = (typeof PRIORITY_LEVELS)[number];

/** One input of the priority, with its weight (the most points it can give) and what it gave. */
export interface PriorityFactor {
  readonly id: 'exploitation' | 'epss' | 'cvss' | 'patient-harm' | 'exposure';
  readonly weight: number;
  readonly points: number;
  readonly value: string;
  readonly reason: string;
}

/**
 * How soon to act on a vulnerability. `level` is the SSVC deployer decision when it could be
 * derived, else score bands; `score` (0–100, the sum of the factors' points) orders findings
 * within a level. Every factor shows its weight, so the number can be checked by hand.
 */
export interface VulnerabilityPriority {
  readonly level: PriorityLevel;
  readonly score: number;
  readonly basis: string;
  readonly factors: readonly PriorityFactor[];
}
