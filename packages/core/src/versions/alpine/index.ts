import { compareDigits } from '../digits.js';
import { parseOrThrow } from '../parse-or-throw.js';
import type { VersionScheme } from '../types.js';

/**
 * An apk version, `number{.number}...{letter}{_suffix{number}}...{~hash}{-r#}`, as osv-scalibr
 * reads it. What does not fit the grammar is kept as `rest` and still ordered, as `apk version -t`
 * orders it, so every string in the Alpine feeds sorts the way Alpine's tools sort it.
 */
interface ApkVersion {
  readonly text: string;
  /** Numeric components as written (leading zeros matter after the first). */
  readonly numbers: readonly string[];
  readonly letter: string;
  readonly suffixes: readonly { readonly weight: number; readonly number: string }[];
  readonly release: string;
  /** Whatever the grammar could not read; non-empty means the version is not well formed. */
  readonly rest: string;
  /** The text after the numbers and suffixes was not a `-r` release at all. */
  readonly malformed: boolean;
}

// Pre-release suffixes sort before "no suffix" (weight 4), post-release ones after it.
const SUFFIX_WEIGHTS = ['alpha', 'beta', 'pre', 'rc', '', 'cvs', 'svn', 'git', 'hg', 'p'];
const NO_SUFFIX = { weight: 4, number: '0' };

// apk orders any string, so validity only refuses what is not a version at all: whitespace and
// control characters, and range syntax (operators, brackets, `,`, `|`, `*`), none of which apk
// allows in a version.
const NOT_VERSION = /[\s\p{Cc}<>=!|,()[\]*]/u;

/** An empty digit run (`_rc`, `-r`) counts as zero. */
const orZero = (digits: string | undefined): string =>
  digits === undefined || digits === '' ? '0' : digits;

function parse(text: string): ApkVersion | undefined {
  if (text === '' || NOT_VERSION.test(text)) return undefined;
  let rest = text;
  const numberRun = /^(?:\d+\.?)*/.exec(rest)?.[0] ?? '';
  const numbers = numberRun === '' ? [] : numberRun.replace(/\.$/, '').split('.');
  rest = rest.slice(numberRun.length);
  const letter = /^[a-z]/.exec(rest)?.[0] ?? '';
  rest = rest.slice(letter.length);
  const suffixes: { weight: number; number: string }[] = [];
  for (let m = /^_(alpha|beta|pre|rc|cvs|svn|git|hg|p)(\d*)/.exec(rest); m !== null;) {
    suffixes.push({ weight: SUFFIX_WEIGHTS.indexOf(m[1] ?? ''), number: orZero(m[2]) });
    rest = rest.slice(m[0].length);
    m = /^_(alpha|beta|pre|rc|cvs|svn|git|hg|p)(\d*)/.exec(rest);
  }
  // A commit hash (`~abc123`) says where the build came from; it plays no part in the order.
  rest = rest.replace(/^~[0-9a-f]+/, '');
  const release = rest === '' ? null : /^-r(\d*)/.exec(rest);
  if (release !== null) rest = rest.slice(release[0].length);
  return {
    text,
    numbers,
    letter,
    suffixes,
    release: orZero(release?.[1]),
    rest,
    malformed: rest !== '' && release === null,
  };
}

function compareNumber(a: string | undefined, b: string | undefined, index: number): number {
  const x = a ?? '0';
  const y = b ?? '0';
  // After the first component, a leading zero makes apk compare as strings ("1.01" < "1.1").
  const asText =
    index > 0 && a !== undefined && b !== undefined && (x.startsWith('0') || y.startsWith('0'));
  if (asText) return x < y ? -1 : x > y ? 1 : 0;
  return compareDigits(x, y);
}

function compareApk(v: ApkVersion, w: ApkVersion): number {
  if (v.malformed && w.malformed) return v.text < w.text ? -1 : v.text > w.text ? 1 : 0;
  for (let i = 0; i < Math.max(v.numbers.length, w.numbers.length); i++) {
    const diff = compareNumber(v.numbers[i], w.numbers[i], i);
    if (diff !== 0) return diff;
  }
  if (v.letter !== w.letter)
    return v.letter === '' ? -1 : w.letter === '' ? 1 : v.letter < w.letter ? -1 : 1;
  for (let i = 0; i < Math.max(v.suffixes.length, w.suffixes.length); i++) {
    const x = v.suffixes[i] ?? NO_SUFFIX;
    const y = w.suffixes[i] ?? NO_SUFFIX;
    const diff = Math.sign(x.weight - y.weight) || compareDigits(x.number, y.number);
    if (diff !== 0) return diff;
  }
  const diff = compareDigits(v.release, w.release);
  if (diff !== 0) return diff;
  // Unreadable trailing text makes a version older than the same version without it.
  return v.rest === w.rest ? 0 : v.rest === '' ? 1 : w.rest === '' ? -1 : 0;
}

/** Alpine Linux (apk) package versions. */
export const alpine = {
  id: 'alpine',
  displayName: 'Alpine (apk)',
  specUrl: 'https://gitlab.alpinelinux.org/alpine/apk-tools/-/blob/master/doc/apk-package.5.scd',
  isValid: (version: string): boolean => parse(version) !== undefined,
  compare(a: string, b: string): number {
    return compareApk(parseOrThrow('alpine', parse, a), parseOrThrow('alpine', parse, b));
  },
} as const satisfies VersionScheme;
