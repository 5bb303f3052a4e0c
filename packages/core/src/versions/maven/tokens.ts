import { compareDigits } from '../digits.js';

/** One prefixed token of the Maven version order: `.1`, `-1`, `.alpha`, `-sp` … */
export interface MavenToken {
  readonly prefix: '.' | '-';
  /** A number without leading zeros, or a lower-case qualifier after aliasing (`cr` → `rc`). */
  readonly value: string;
  readonly numeric: boolean;
}

const QUALIFIER_ORDER = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES: Readonly<Record<string, string>> = { cr: 'rc', ga: '', final: '', release: '' };
const SHORT_ALIASES: Readonly<Record<string, string>> = { a: 'alpha', b: 'beta', m: 'milestone' };

/** Splits, aliases and trims a version into the token sequence the specification compares. */
export function tokenizeMaven(version: string): MavenToken[] {
  const tokens: MavenToken[] = [];
  for (const { prefix, body } of splitOnSeparators(version.toLowerCase())) {
    // Empty tokens are replaced with "0" (`1.` = `1.0`, `1-` = `1-0`).
    if (body === '') {
      tokens.push({ prefix, value: '0', numeric: true });
      continue;
    }
    // A transition between digits and letters is equivalent to a hyphen.
    const runs = body.match(/[0-9]+|[^0-9]+/g) ?? [];
    for (const [i, run] of runs.entries()) {
      tokens.push(toToken(i === 0 ? prefix : '-', run, runs[i + 1] !== undefined));
    }
  }
  return trimNulls(tokens);
}

function splitOnSeparators(text: string): { prefix: '.' | '-'; body: string }[] {
  const parts: { prefix: '.' | '-'; body: string }[] = [];
  let prefix: '.' | '-' = '.';
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const char = text[i];
    if (char !== undefined && char !== '.' && char !== '-') continue;
    parts.push({ prefix, body: text.slice(start, i) });
    prefix = char === '-' ? '-' : '.';
    start = i + 1;
  }
  return parts;
}

function toToken(prefix: '.' | '-', run: string, followedByDigits: boolean): MavenToken {
  if (/^[0-9]/.test(run)) return { prefix, value: run.replace(/^0+(?=.)/, ''), numeric: true };
  // `a`, `b` and `m` stand for alpha, beta and milestone only when a number follows directly.
  const short = followedByDigits ? SHORT_ALIASES[run] : undefined;
  return { prefix, value: short ?? ALIASES[run] ?? run, numeric: false };
}

function isNull(token: MavenToken): boolean {
  return token.value === (token.numeric ? '0' : '');
}

/**
 * Trailing null tokens (0, "", ga, final, release) are removed from the end, and again before each
 * remaining hyphen, from end to start: `1.0.0-foo.0.0` → `1-foo`, `1-ga-1` → `1-1`.
 */
function trimNulls(tokens: readonly MavenToken[]): MavenToken[] {
  const kept: MavenToken[] = [];
  let trimming = true;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token === undefined || (trimming && isNull(token))) continue;
    kept.push(token);
    trimming = token.prefix === '-';
  }
  return kept.reverse();
}

/** The specification's order over token sequences, padding the shorter one with null tokens. */
export function compareTokens(a: readonly MavenToken[], b: readonly MavenToken[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    const order =
      x === undefined
        ? y === undefined
          ? 0
          : compareToken(padFor(y), y)
        : compareToken(x, y ?? padFor(x));
    if (order !== 0) return order;
  }
  return 0;
}

// The padding null takes the other token's prefix: `.0` against a number, "" against a qualifier.
function padFor(other: MavenToken): MavenToken {
  return other.prefix === '.' && other.numeric
    ? { prefix: '.', value: '0', numeric: true }
    : { prefix: other.prefix, value: '', numeric: false };
}

// .qualifier < -qualifier < -number < .number
function rank(token: MavenToken): number {
  return (token.numeric ? 2 : 0) + ((token.prefix === '.') === token.numeric ? 1 : 0);
}

function compareToken(x: MavenToken, y: MavenToken): number {
  const byRank = rank(x) - rank(y);
  if (byRank !== 0) return Math.sign(byRank);
  if (x.numeric) return compareDigits(x.value, y.value);
  const order = qualifierOrder(x.value) - qualifierOrder(y.value);
  if (order !== 0) return Math.sign(order);
  return x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
}

function qualifierOrder(qualifier: string): number {
  const index = QUALIFIER_ORDER.indexOf(qualifier);
  return index === -1 ? QUALIFIER_ORDER.length : index;
}
