import type { VersionScheme } from './types.js';
import type { VersBound, VersInterval } from './vers-ranges.js';
import type { VersConstraint } from './vers.js';

/** A set of versions built from native ranges: nothing, one version, or an interval. */
type Piece = { readonly point: string } | VersInterval;

type Compare = VersionScheme['compare'];

function tighterLower(a: VersBound | undefined, b: VersBound, compare: Compare): VersBound {
  if (a === undefined) return b;
  const order = compare(a.version, b.version);
  return order > 0 || (order === 0 && !a.inclusive) ? a : b;
}

function tighterUpper(a: VersBound | undefined, b: VersBound, compare: Compare): VersBound {
  if (a === undefined) return b;
  const order = compare(a.version, b.version);
  return order < 0 || (order === 0 && !a.inclusive) ? a : b;
}

function looserUpper(a: VersBound, b: VersBound, compare: Compare): VersBound {
  const order = compare(a.version, b.version);
  return order > 0 || (order === 0 && a.inclusive) ? a : b;
}

function contains(piece: VersInterval, version: string, compare: Compare): boolean {
  const { lower, upper } = piece;
  const low = lower === undefined ? 1 : compare(version, lower.version);
  const high = upper === undefined ? -1 : compare(version, upper.version);
  return (
    (low > 0 || (low === 0 && lower?.inclusive === true)) &&
    (high < 0 || (high === 0 && upper?.inclusive === true))
  );
}

/**
 * The intersection of constraints joined by AND (`>=1.2 <2.0`, `>=1.2, <2.0`), or undefined when
 * it is empty. Only `=`, `<`, `<=`, `>`, `>=` are intersected; `!=` is kept apart by the caller.
 */
export function intersect(
  constraints: readonly VersConstraint[],
  compare: Compare,
): Piece | undefined {
  let lower: VersBound | undefined;
  let upper: VersBound | undefined;
  for (const c of constraints) {
    const b = { version: c.version, inclusive: c.comparator.endsWith('=') };
    if (c.comparator === '>' || c.comparator === '>=') lower = tighterLower(lower, b, compare);
    if (c.comparator === '<' || c.comparator === '<=') upper = tighterUpper(upper, b, compare);
  }
  const interval = { ...(lower && { lower }), ...(upper && { upper }) };
  const points = constraints.filter((c) => c.comparator === '=');
  const point = points[0];
  if (point !== undefined) {
    const same = points.every((p) => compare(p.version, point.version) === 0);
    return same && contains(interval, point.version, compare)
      ? { point: point.version }
      : undefined;
  }
  if (lower && upper) {
    const order = compare(lower.version, upper.version);
    if (order > 0 || (order === 0 && !(lower.inclusive && upper.inclusive))) return undefined;
    if (order === 0) return { point: lower.version };
  }
  return interval;
}

const start = (p: Piece): string | undefined => ('point' in p ? p.point : p.lower?.version);

/**
 * The union of pieces joined by OR (`||`), as vers constraints in version order. Overlapping
 * intervals merge; intervals that only touch stay apart (`<2.1|>=2.1` is valid vers and says the
 * same); versions inside an interval are absorbed.
 */
export function unionToConstraints(
  pieces: readonly Piece[],
  compare: Compare,
): VersConstraint[] | '*' {
  const sorted = [...pieces].sort((a, b) => {
    const x = start(a);
    const y = start(b);
    return x === undefined ? (y === undefined ? 0 : -1) : y === undefined ? 1 : compare(x, y);
  });
  const merged: Piece[] = [];
  for (const piece of sorted) {
    const previous = merged[merged.length - 1];
    if (previous === undefined) {
      merged.push(piece);
      continue;
    }
    if ('point' in previous) {
      if ('point' in piece ? compare(piece.point, previous.point) === 0 : false) continue;
      if (!('point' in piece) && contains(piece, previous.point, compare))
        merged[merged.length - 1] = piece;
      else merged.push(piece);
      continue;
    }
    if ('point' in piece) {
      if (!contains(previous, piece.point, compare)) merged.push(piece);
      continue;
    }
    const overlaps =
      previous.upper === undefined ||
      (piece.lower !== undefined && compare(piece.lower.version, previous.upper.version) < 0) ||
      piece.lower === undefined;
    if (!overlaps) {
      merged.push(piece);
      continue;
    }
    const upper =
      previous.upper && piece.upper && looserUpper(previous.upper, piece.upper, compare);
    merged[merged.length - 1] = {
      ...(previous.lower && { lower: previous.lower }),
      ...(upper && { upper }),
    };
  }
  if (merged.some((p) => !('point' in p) && p.lower === undefined && p.upper === undefined))
    return '*';
  return merged.flatMap((p): VersConstraint[] =>
    'point' in p
      ? [{ comparator: '=', version: p.point }]
      : [
          ...(p.lower
            ? [{ comparator: p.lower.inclusive ? '>=' : '>', version: p.lower.version } as const]
            : []),
          ...(p.upper
            ? [{ comparator: p.upper.inclusive ? '<=' : '<', version: p.upper.version } as const]
            : []),
        ],
  );
}
