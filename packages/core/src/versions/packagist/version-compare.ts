import { compareDigits } from '../digits.js';

// php-src ext/standard/versioning.c: the first special form a part starts with (case-sensitive)
// gives its order; a part matching none orders below `dev`. `#` stands for "a number".
const SPECIAL_FORMS: readonly (readonly [string, number])[] = [
  ['dev', 0],
  ['alpha', 1],
  ['a', 1],
  ['beta', 2],
  ['b', 2],
  ['RC', 3],
  ['rc', 3],
  ['#', 4],
  ['pl', 5],
  ['p', 5],
];
const NUMBER = '#N#';

/** PHP's version_compare(), ported from php_version_compare() without its 64-bit number limit. */
export function versionCompare(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? -1 : 1;
  const x = a.startsWith('#') ? a : canonicalize(a);
  const y = b.startsWith('#') ? b : canonicalize(b);
  let p1 = 0;
  let p2 = 0;
  let n1 = 0;
  let n2 = 0;
  let compare = 0;
  while (p1 < x.length && p2 < y.length && n1 !== -1 && n2 !== -1) {
    n1 = x.indexOf('.', p1);
    n2 = y.indexOf('.', p2);
    compare = comparePart(
      x.slice(p1, n1 === -1 ? x.length : n1),
      y.slice(p2, n2 === -1 ? y.length : n2),
    );
    if (compare !== 0) break;
    if (n1 !== -1) p1 = n1 + 1;
    if (n2 !== -1) p2 = n2 + 1;
  }
  if (compare !== 0) return compare;
  // One side has parts left: a number there makes it greater, anything else compares with "a number".
  if (n1 !== -1) return isDigit(x[p1]) ? 1 : versionCompare(x.slice(p1), NUMBER);
  if (n2 !== -1) return isDigit(y[p2]) ? -1 : versionCompare(NUMBER, y.slice(p2));
  return 0;
}

function comparePart(x: string, y: string): number {
  const xDigit = isDigit(x[0]);
  const yDigit = isDigit(y[0]);
  if (xDigit && yDigit) return compareDigits(x, y);
  if (!xDigit && !yDigit) return compareSpecial(x, y);
  return xDigit ? compareSpecial(NUMBER, y) : compareSpecial(x, NUMBER);
}

function compareSpecial(x: string, y: string): number {
  return Math.sign(specialOrder(x) - specialOrder(y));
}

function specialOrder(part: string): number {
  return SPECIAL_FORMS.find(([name]) => part.startsWith(name))?.[1] ?? -1;
}

/**
 * php_canonicalize_version(): `-`, `_` and `+` become `.`, a dot goes between digits and letters,
 * any other character becomes a dot, and dots never repeat (`1.0rc1` → `1.0.rc.1`).
 */
function canonicalize(version: string): string {
  let out = version[0] ?? '';
  let previous = out;
  for (const char of version.slice(1)) {
    const last = out.at(-1);
    const transition =
      (isNonDigit(previous) && isDigit(char)) || (isDigit(previous) && isNonDigit(char));
    if (char === '-' || char === '_' || char === '+' || (!transition && !isAlnum(char))) {
      if (last !== '.') out += '.';
    } else if (transition) {
      if (last !== '.') out += '.';
      out += char;
    } else {
      out += char;
    }
    previous = char;
  }
  return out;
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function isNonDigit(char: string): boolean {
  return !isDigit(char) && char !== '.';
}

function isAlnum(char: string): boolean {
  return /^[0-9A-Za-z]$/.test(char);
}
