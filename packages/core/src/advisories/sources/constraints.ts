import type { RangeEvent } from '../types.js';

type Comparator = '<' | '<=' | '>' | '>=' | '=' | '!=' | '*';

/** One `comparator version` pair of a range expression (`>=1.2`, `<2.0`, `*`). */
export interface Constraint {
  readonly comparator: Comparator;
  readonly version: string;
}

/** OSV events for a list of constraints, plus what could not be said exactly. */
export interface ConvertedRange {
  readonly events: readonly RangeEvent[];
  /** Versions named exactly (`=1.2` or a bare `1.2`). */
  readonly versions: readonly string[];
  /** Approximations made, in words; callers keep them in `extra.approximations`. */
  readonly approximations: readonly string[];
}

/**
 * Splits `>= 1.7.0, < 1.18.4` (GitHub, `,`) or `>=2.9|<=4.1` (vls and vers, `|`) into constraints.
 * Undefined when a part is not `comparator version` with a version free of spaces and brackets:
 * prose such as `v6.x (with modules v9 | v11)` is not a range, and guessing would mislead.
 */
export function parseConstraints(text: string, separator: ',' | '|'): Constraint[] | undefined {
  const trimmed = text.trim();
  if (trimmed === '*' || trimmed === '')
    return trimmed === '*' ? [{ comparator: '*', version: '*' }] : undefined;
  const out: Constraint[] = [];
  for (const part of trimmed.split(separator)) {
    const match = /^(<=|>=|!=|<|>|=)?\s*(\S+)$/.exec(part.trim());
    const version = match?.[2];
    if (match === null || version === undefined || /[()[\]{}<>=|,]/.test(version)) return undefined;
    out.push({ comparator: (match[1] ?? '=') as Comparator, version });
  }
  return out;
}

/**
 * Constraints (in ascending version order, as vers requires) as OSV events. Lower bounds open an
 * interval (`introduced`), upper bounds close it (`fixed` for `<`, `last_affected` for `<=`); an
 * upper bound with no lower bound opens at `0`. OSV has no exclusive lower bound or "all except":
 * `>v` becomes `introduced: v` and `!=v` is ignored, so `v` itself counts as affected. Reporting
 * one version too many is the safe side for a safety tool, and each case is written down.
 */
export function constraintsToEvents(constraints: readonly Constraint[]): ConvertedRange {
  const events: RangeEvent[] = [];
  const versions: string[] = [];
  const approximations: string[] = [];
  let open = false;
  for (const { comparator, version } of constraints) {
    switch (comparator) {
      case '*':
        return { events: [{ introduced: '0' }], versions: [], approximations };
      case '>':
        approximations.push(`">${version}" is exclusive; ${version} itself is treated as affected`);
        events.push({ introduced: version });
        open = true;
        break;
      case '>=':
        events.push({ introduced: version });
        open = true;
        break;
      case '<':
      case '<=':
        if (!open) events.push({ introduced: '0' });
        events.push(comparator === '<' ? { fixed: version } : { last_affected: version });
        open = false;
        break;
      case '=':
        versions.push(version);
        break;
      case '!=':
        approximations.push(
          `"!=${version}" cannot be expressed; ${version} is treated as affected`,
        );
        break;
    }
  }
  // Only exclusions (`vers:npm/!=1.0`): every other version is affected.
  if (events.length === 0 && versions.length === 0 && approximations.length > 0) {
    events.push({ introduced: '0' });
  }
  return { events, versions, approximations };
}
