import type { ParseResult } from '../../common/result.js';

/** The CVSS versions we parse and score; v2 vectors carry no prefix, the others `CVSS:<id>/`. */
export const CVSS_VERSION_IDS = ['2.0', '3.0', '3.1', '4.0'] as const;
export type CvssVersionId = (typeof CVSS_VERSION_IDS)[number];

/** v2/v3 call the second group "temporal"; v4.0 renamed it "threat". */
export type CvssMetricGroup = 'base' | 'temporal' | 'threat' | 'environmental' | 'supplemental';

/** One value of a metric, as the specification names it. */
export interface CvssValueDefinition {
  /** The abbreviation written in vectors: `N`, `POC`, `Clear`. */
  readonly id: string;
  /** The specification's name: `Network`, `Proof-of-Concept`. */
  readonly name: string;
  /** One line saying what choosing this value means. */
  readonly description: string;
}

export interface CvssMetricDefinition {
  /** The abbreviation written in vectors: `AV`, `MSI`, `CDP`. */
  readonly id: string;
  /** The specification's name: `Attack Vector`. */
  readonly name: string;
  readonly group: CvssMetricGroup;
  /** One line saying what the metric measures. */
  readonly description: string;
  /** Allowed values in the specification's order, including the not-defined value when there is one. */
  readonly values: readonly CvssValueDefinition[];
  /**
   * The value meaning "not defined" (`X`, v2 `ND`): writing it equals leaving the metric out.
   * Absent for base metrics, which every vector must carry.
   */
  readonly notDefined?: string;
}

/**
 * A parsed, valid vector: only metrics with a defined value, in the specification's order. X / ND
 * values are dropped at parse time because the specifications define them as "not written".
 */
export interface CvssVector {
  readonly version: CvssVersionId;
  /** Metric id → value id. */
  readonly metrics: Readonly<Record<string, string>>;
}

/** CVSS v4.0 names a score after the groups that produced it (specification, CVSS Nomenclature). */
export const CVSS_NOMENCLATURES = ['CVSS-B', 'CVSS-BT', 'CVSS-BE', 'CVSS-BTE'] as const;
export type CvssNomenclature = (typeof CVSS_NOMENCLATURES)[number];

/** What a version's equations give for a valid vector. Every number is finite, 0.0–10.0, one decimal. */
export interface CvssScores {
  /** v2/v3: the base score. v4.0: the CVSS-B score of the base metrics alone. */
  readonly base: number;
  /**
   * v2/v3: the temporal equation's result, computed as the specification does even when no temporal
   * metric is defined (then every weight is 1 and it equals the base score).
   */
  readonly temporal?: number;
  /**
   * v2/v3: the environmental equation's result, computed even when no environmental metric is
   * defined (v3.1 can then differ from the base score by 0.1 for scope-changed vectors).
   */
  readonly environmental?: number;
  /** v4.0: the one score (CVSS-B, -BT, -BE or -BTE, see `nomenclature`). */
  readonly overall?: number;
  readonly nomenclature?: CvssNomenclature;
}

/**
 * One CVSS version behind a small interface (one folder per version, registered in `registry.ts`).
 * `score` accepts only what `parse` returned; parse first, so no score is ever NaN.
 */
export interface CvssVersion {
  readonly id: CvssVersionId;
  /** `CVSS v3.1`. */
  readonly displayName: string;
  readonly specUrl: string;
  /** `CVSS:3.1/`, or the empty string for v2. */
  readonly prefix: string;
  /** Every metric in the order the specification lists them (the order `format` writes). */
  readonly metrics: readonly CvssMetricDefinition[];
  /** True when the specification requires that listed order in vectors (v4.0 only). */
  readonly strictOrder: boolean;
  /** A valid vector with every group present, for documentation and the contract test. */
  readonly example: string;
  /** True when `text` is written for this version (prefix check only; `parse` validates). */
  matches(text: string): boolean;
  parse(text: string): ParseResult<CvssVector>;
  format(vector: CvssVector): string;
  score(vector: CvssVector): CvssScores;
}

/** The qualitative rating: v2 (NVD) uses low/medium/high only; v3.x and v4.0 add none and critical. */
export const CVSS_SEVERITIES = ['none', 'low', 'medium', 'high', 'critical'] as const;
export type CvssSeverity = (typeof CVSS_SEVERITIES)[number];

/** One metric as written in a vector, with the names a reader needs. */
export interface CvssMetricValue {
  readonly id: string;
  readonly name: string;
  readonly group: CvssMetricGroup;
  readonly value: string;
  readonly valueName: string;
  /** The value's one-line meaning. */
  readonly meaning: string;
}

/** A scored vector: what `scoreVector` returns and `medrisk cvss --format json` prints. */
export interface CvssResult {
  readonly version: CvssVersionId;
  /** Normalized: the version prefix, then defined metrics in the specification's order. */
  readonly vector: string;
  /** v2/v3: base score; v4.0: the CVSS-B score of the base metrics alone. */
  readonly baseScore: number;
  /** v2/v3, only when the vector defines a temporal metric (otherwise it would equal the base). */
  readonly temporalScore?: number;
  /** v2/v3, only when the vector defines an environmental metric. */
  readonly environmentalScore?: number;
  /** The score to show: v4.0's overall score; v2/v3 the environmental, else temporal, else base. */
  readonly score: number;
  /** Rating of `score`. */
  readonly severity: CvssSeverity;
  /** Rating of `baseScore`. */
  readonly baseSeverity: CvssSeverity;
  /** v4.0 only. */
  readonly nomenclature?: CvssNomenclature;
  /** Every defined metric that enters the score, in the specification's order. */
  readonly metrics: readonly CvssMetricValue[];
  /** v4.0 supplemental metrics: reported, never part of the score. */
  readonly supplemental?: readonly CvssMetricValue[];
}
