import type { Issue } from '../../common/issue.js';
import { didYouMean } from '../../common/suggest.js';
import { SSVC_DECISION_POINTS } from './points/index.js';
import type {
  DecisionPoint,
  DecisionPointValue,
  SelectionInput,
  SelectionSource,
} from './types.js';

/** A selection checked against its decision point. */
export interface ResolvedSelection {
  /** The name the caller used (`EXP` or `systemExposure`), so issues point at what was written. */
  readonly as: string;
  readonly point: DecisionPoint;
  readonly value: DecisionPointValue;
  readonly source: SelectionSource;
  readonly reason?: string;
}

/** The decision point named by our id (`systemExposure`) or its SSVC key (`EXP`). */
export function findDecisionPoint(name: string): DecisionPoint | undefined {
  return (
    SSVC_DECISION_POINTS.find((p) => p.id === name) ??
    SSVC_DECISION_POINTS.find((p) => p.key === name) ??
    SSVC_DECISION_POINTS.find((p) => p.id.toLowerCase() === name.toLowerCase())
  );
}

/**
 * The value named by `text`: our id (`public-poc`), the SSVC key (`P`) or the SSVC name
 * (`Public PoC`). Exact matches win over case-insensitive ones, so `C` and `c` can never pick
 * different values of one point.
 */
export function findValue(point: DecisionPoint, text: string): DecisionPointValue | undefined {
  const lower = text.trim().toLowerCase();
  return (
    point.values.find((v) => v.id === text || v.key === text) ??
    point.values.find(
      (v) => v.id === lower || v.name.toLowerCase() === lower || v.key.toLowerCase() === lower,
    )
  );
}

/** `none, public-poc, active`: the allowed values, as error messages list them. */
export function allowedValues(point: DecisionPoint): string {
  return point.values.map((v) => v.id).join(', ');
}

/**
 * Checks every selection: the decision point must exist and the value must be one of its values.
 * Problems are issues whose path is the name the caller used; nothing is thrown.
 */
export function resolveSelections(
  selections: Readonly<Record<string, SelectionInput>>,
  /** Listed in the hint for an unknown decision point with no close match. */
  expected: readonly string[] = SSVC_DECISION_POINTS.map((p) => p.id),
): {
  readonly resolved: ReadonlyMap<string, ResolvedSelection>;
  /** Ids of decision points given with a bad value: already reported, not "missing" too. */
  readonly rejected: ReadonlySet<string>;
  readonly issues: readonly Issue[];
} {
  const resolved = new Map<string, ResolvedSelection>();
  const rejected = new Set<string>();
  const issues: Issue[] = [];
  for (const [name, input] of Object.entries(selections)) {
    const point = findDecisionPoint(name);
    if (point === undefined) {
      const hint = didYouMean(
        name,
        SSVC_DECISION_POINTS.map((p) => p.id),
      );
      issues.push({
        code: 'unknown-key',
        severity: 'error',
        path: [name],
        message: `unknown decision point "${name}"`,
        hint: hint ?? `expected: ${expected.join(', ')}`,
      });
      continue;
    }
    const { text, source, reason } =
      typeof input === 'string' ? { text: input } : splitInput(input);
    const value = findValue(point, text);
    if (value === undefined) {
      rejected.add(point.id);
      issues.push({
        code: 'invalid-value',
        severity: 'error',
        path: [name],
        message: `"${text}" is not a value of ${point.name} ${point.version}; allowed: ${allowedValues(point)}`,
        ...optionalHint(
          didYouMean(
            text,
            point.values.map((v) => v.id),
          ),
        ),
      });
      continue;
    }
    if (resolved.has(point.id)) {
      issues.push({
        code: 'inconsistent',
        severity: 'error',
        path: [name],
        message: `${point.name} is given twice (as "${point.id}" and "${point.key}")`,
      });
      continue;
    }
    resolved.set(point.id, {
      as: name,
      point,
      value,
      source: source ?? 'entered',
      ...(reason === undefined ? {} : { reason }),
    });
  }
  return { resolved, rejected, issues };
}

function splitInput(input: Exclude<SelectionInput, string>): {
  text: string;
  source?: SelectionSource;
  reason?: string;
} {
  return {
    text: input.value,
    ...(input.source === undefined ? {} : { source: input.source }),
    ...(input.reason === undefined ? {} : { reason: input.reason }),
  };
}

function optionalHint(hint: string | undefined): { hint?: string } {
  return hint === undefined ? {} : { hint };
}
