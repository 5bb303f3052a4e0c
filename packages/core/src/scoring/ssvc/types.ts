/**
 * SSVC (Stakeholder-Specific Vulnerability Categorization, CERT/CC and CISA) as data: decision
 * points, decision tables and the selections a user or a derivation makes. Facts (namespaces, keys,
 * versions, value keys and names, table outcomes) follow CERTCC/SSVC at commit e3b00a2
 * (2026-07-20); every description is our own wording.
 */

/** One value of a decision point, e.g. Exploitation `P` "Public PoC". */
export interface DecisionPointValue {
  /** The SSVC key, unique within the decision point (`P`, `MSC`, `T*`). */
  readonly key: string;
  /** Our kebab-case name for answers files and JSON (`public-poc`). */
  readonly id: string;
  /** The SSVC name (`Public PoC`). */
  readonly name: string;
  /** One line in our own words. */
  readonly description: string;
}

/** A versioned SSVC decision point (or outcome set: an outcome is a decision point too). */
export interface DecisionPoint {
  /** Our camelCase name, used as the key in answers files (`systemExposure`). */
  readonly id: string;
  /** `ssvc`, `cisa`, or an `x_` private namespace. */
  readonly namespace: string;
  /** The SSVC key (`EXP`). */
  readonly key: string;
  /** Semantic version of the decision point (`1.0.1`). */
  readonly version: string;
  readonly name: string;
  /** The question the decision point answers, in our own words. */
  readonly description: string;
  /** In the standard's order (lowest first for ordinal points). */
  readonly values: readonly DecisionPointValue[];
}

/** A decision table: every combination of its inputs' values maps to one outcome value. */
export interface DecisionTable {
  /** Our name for the table (`deployer`, `human-impact`). */
  readonly id: string;
  readonly namespace: string;
  readonly key: string;
  readonly version: string;
  readonly name: string;
  readonly description: string;
  /** Inputs in the order the table is written in. */
  readonly inputs: readonly DecisionPoint[];
  readonly outcome: DecisionPoint;
  /** Input value keys joined by `|` in input order → outcome value key. Complete by construction. */
  readonly rows: ReadonlyMap<string, string>;
  /** Where the table comes from, e.g. `CERTCC/SSVC e3b00a2 data/json/decision_tables/ssvc`. */
  readonly source: string;
}

/** Whether a user gave the value or medrisk computed it (from a sub-table or from device facts). */
export type SelectionSource = 'entered' | 'derived';

/** A chosen value with its provenance; reports show what was derived and what was entered. */
export interface SsvcSelection {
  /** The value's id, key or name (matched case-insensitively); normalized to the id on output. */
  readonly value: string;
  readonly source: SelectionSource;
  /** Why this value: the user's note, or the derivation rule and the facts it used. */
  readonly reason?: string;
}

/** What callers may pass: a bare value (taken as entered) or a full selection. */
export type SelectionInput =
  string | { readonly value: string; readonly source?: SelectionSource; readonly reason?: string };

/** One decision point on the way to the outcome, in table order. */
export interface SsvcStep {
  /** Decision point id (`humanImpact`). */
  readonly point: string;
  /** `namespace:KEY:version`, the SSVC identifier of the decision point. */
  readonly ref: string;
  readonly name: string;
  /** Value id (`very-high`). */
  readonly value: string;
  readonly valueKey: string;
  readonly valueName: string;
  readonly source: SelectionSource;
  readonly reason?: string;
  /** Present when the value was derived from a sub-table: the table and the steps that fed it. */
  readonly derivedFrom?: { readonly table: string; readonly steps: readonly SsvcStep[] };
}

/** A minimal SSVC `Selection` (SelectionList schema 2.0.0) for exchange with other SSVC tools. */
export interface SsvcExchangeSelection {
  readonly namespace: string;
  readonly key: string;
  readonly version: string;
  readonly name: string;
  readonly values: readonly { readonly key: string; readonly name: string }[];
}

/** The result of walking a decision table. */
export interface SsvcEvaluation {
  readonly table: {
    readonly id: string;
    readonly ref: string;
    readonly name: string;
  };
  /** The outcome as a step of its own (source `derived`: the table computed it). */
  readonly outcome: SsvcStep;
  /** The table's inputs in order, each with how it was obtained. */
  readonly path: readonly SsvcStep[];
  /** Every value used (inputs and the sub-table inputs behind derived ones), outcome last. */
  readonly selections: readonly SsvcExchangeSelection[];
}
