import { compareDigits } from '../digits.js';
import { parseOrThrow } from '../parse-or-throw.js';
import type { VersionScheme } from '../types.js';

interface RpmVersion {
  readonly epoch: string;
  readonly version: string;
  /** Absent when the string has no `-`; an absent release sorts before any release. */
  readonly release: string | undefined;
}

// rpmvercmp orders any string, so validity only rules out what cannot be an EVR at all: the empty
// string, whitespace and control characters (a list, not a version), and range syntax — the
// comparison operators, brackets, `,`, `|` and `*`, which rpm allows in no version or release.
const INVALID = /[\s\p{Cc}<>=!|,()[\]*]/u;

/** rpm's parseEVR: the epoch is leading digits before `:`, the release follows the last `-`. */
function parse(evr: string): RpmVersion | undefined {
  if (evr === '' || INVALID.test(evr)) return undefined;
  const epochMatch = /^(\d*):/.exec(evr);
  const epoch = epochMatch?.[1] ?? '';
  const rest = epochMatch === null ? evr : evr.slice(epochMatch[0].length);
  const dash = rest.lastIndexOf('-');
  return {
    epoch: epoch === '' ? '0' : epoch,
    version: dash === -1 ? rest : rest.slice(0, dash),
    release: dash === -1 ? undefined : rest.slice(dash + 1),
  };
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isAlpha = (c: string): boolean => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
const isSeparator = (c: string): boolean => !isDigit(c) && !isAlpha(c) && c !== '~' && c !== '^';

/**
 * rpm's rpmvercmp (rpmio/rpmvercmp.c, rpm 4.15+): separators only split segments; `~` sorts before
 * everything, even the end of the string; `^` sorts after the end but before any other segment;
 * numeric segments beat alphabetic ones; ASCII only, so non-ASCII characters are separators.
 */
function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && isSeparator(a.charAt(i))) i++;
    while (j < b.length && isSeparator(b.charAt(j))) j++;
    const x = a.charAt(i);
    const y = b.charAt(j);
    if (x === '~' || y === '~') {
      if (x !== '~') return 1;
      if (y !== '~') return -1;
      i++;
      j++;
      continue;
    }
    if (x === '^' || y === '^') {
      if (x === '') return -1;
      if (y === '') return 1;
      if (x !== '^') return 1;
      if (y !== '^') return -1;
      i++;
      j++;
      continue;
    }
    if (x === '' || y === '') break;
    const numeric = isDigit(x);
    const inSegment = numeric ? isDigit : isAlpha;
    const startA = i;
    const startB = j;
    while (i < a.length && inSegment(a.charAt(i))) i++;
    while (j < b.length && inSegment(b.charAt(j))) j++;
    const segA = a.slice(startA, i);
    const segB = b.slice(startB, j);
    // Segments of different kinds: the numeric one is newer.
    if (segB === '') return numeric ? 1 : -1;
    const diff = numeric ? compareDigits(segA, segB) : segA < segB ? -1 : segA > segB ? 1 : 0;
    if (diff !== 0) return diff;
  }
  if (i >= a.length && j >= b.length) return 0;
  return i >= a.length ? -1 : 1;
}

function compareRelease(a: string | undefined, b: string | undefined): number {
  if (a !== undefined && b !== undefined) return rpmvercmp(a, b);
  return a === b ? 0 : a === undefined ? -1 : 1;
}

/** RPM package versions (`epoch:version-release`) of Red Hat, AlmaLinux, Rocky, SUSE, Mageia. */
export const rpm = {
  id: 'rpm',
  displayName: 'RPM (rpmvercmp)',
  specUrl: 'https://rpm-software-management.github.io/rpm/manual/dependencies.html#versioning',
  isValid: (version: string): boolean => parse(version) !== undefined,
  compare(a: string, b: string): number {
    const x = parseOrThrow('rpm', parse, a);
    const y = parseOrThrow('rpm', parse, b);
    return (
      compareDigits(x.epoch, y.epoch) ||
      rpmvercmp(x.version, y.version) ||
      compareRelease(x.release, y.release)
    );
  },
} as const satisfies VersionScheme;
