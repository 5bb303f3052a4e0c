/**
 * Exact decimal arithmetic on BigInt, for the CVSS v2 equations. The guide rounds "to one decimal"
 * and NVD rounds half up on exact values: 9.0 × 0.95 is 8.55 and scores 8.6, where binary floating
 * point computes 8.549999… and gives 8.5. Every v2 weight has at most three decimals, so products
 * stay exact and small (about twenty digits).
 */
export interface Decimal {
  readonly units: bigint;
  /** Number of decimals: the value is units / 10^scale. */
  readonly scale: number;
}

const TEN = 10n;

export function decimal(text: string): Decimal {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) throw new Error(`not a decimal literal: ${text}`);
  const fraction = match[2] ?? '';
  return { units: BigInt(`${match[1] ?? ''}${fraction}`), scale: fraction.length };
}

function rescale(a: Decimal, scale: number): bigint {
  return a.units * TEN ** BigInt(scale - a.scale);
}

export function add(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) + rescale(b, scale), scale };
}

export function sub(a: Decimal, b: Decimal): Decimal {
  return add(a, { units: -b.units, scale: b.scale });
}

export function mul(...factors: readonly Decimal[]): Decimal {
  return factors.reduce((a, b) => ({ units: a.units * b.units, scale: a.scale + b.scale }), {
    units: 1n,
    scale: 0,
  });
}

export function min(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return rescale(a, scale) <= rescale(b, scale) ? a : b;
}

export function isZero(a: Decimal): boolean {
  return a.units === 0n;
}

/** Rounds half away from zero to one decimal (the guide's round_to_1_decimal); -0 becomes 0. */
export function roundTo1(a: Decimal): Decimal {
  if (a.scale <= 1) return { units: rescale(a, 1), scale: 1 };
  const divisor = TEN ** BigInt(a.scale - 1);
  const magnitude = a.units < 0n ? -a.units : a.units;
  const rounded = (magnitude * 2n + divisor) / (divisor * 2n);
  return { units: a.units < 0n ? -rounded : rounded, scale: 1 };
}

/** The value of a one-decimal result as a number (exact for such values). */
export function toNumber(a: Decimal): number {
  return Number(a.units) / 10 ** a.scale || 0;
}
