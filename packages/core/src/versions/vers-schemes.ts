import { versionScheme, VERSION_SCHEMES } from './registry.js';
import type { VersionScheme } from './types.js';

/**
 * vers versioning schemes (purl types, https://github.com/package-url/vers-spec) → our version
 * scheme ids. A vers scheme missing here is not guessed at: its ranges are kept but never
 * evaluated. vers `generic` (libversion-like, unspecified) and `intdot` are deliberately absent:
 * our `generic` scheme is stricter than either.
 */
const VERS_TO_SCHEME: Readonly<Record<string, string>> = {
  apk: 'alpine',
  cargo: 'crates-io',
  composer: 'packagist',
  cran: 'cran',
  dart: 'pub',
  deb: 'debian',
  gem: 'rubygems',
  golang: 'go',
  hackage: 'hackage',
  hex: 'hex',
  maven: 'maven',
  npm: 'npm',
  nuget: 'nuget',
  pub: 'pub',
  pypi: 'pypi',
  rpm: 'rpm',
  semver: 'npm',
};

function codePoints(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length;) {
    const point = text.codePointAt(i) ?? 0;
    out.push(point);
    i += point > 0xffff ? 2 : 1;
  }
  return out;
}

/** vers `lexicographic`: UTF-8 byte order, which is code point order; no normalization. */
const lexicographic: VersionScheme = {
  id: 'lexicographic',
  displayName: 'vers lexicographic',
  specUrl: 'https://github.com/package-url/vers-spec/blob/main/docs/types/vers-types.md',
  isValid: (version) => version !== '' && !/\p{Cs}/u.test(version),
  compare(a, b) {
    const x = codePoints(a);
    const y = codePoints(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] !== y[i]) return (x[i] ?? 0) < (y[i] ?? 0) ? -1 : 1;
    }
    return Math.sign(x.length - y.length);
  },
};

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Seconds since 1970 and the fraction's digits, so any precision compares exactly. */
function instant(text: string): readonly [number, string] | undefined {
  const m = RFC3339.exec(text);
  if (m === null) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 60)
    return undefined;
  const sign = m[8] === '-' ? -1 : 1;
  const offset = m[8] === undefined ? 0 : sign * (Number(m[9]) * 3600 + Number(m[10]) * 60);
  const seconds = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offset;
  return [seconds, (m[7] ?? '').replace(/0+$/, '')];
}

/** vers `datetime`: RFC 3339 timestamps, compared as instants (offsets and fractions count). */
const datetime: VersionScheme = {
  id: 'datetime',
  displayName: 'vers datetime (RFC 3339)',
  specUrl: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  isValid: (version) => instant(version) !== undefined,
  compare(a, b) {
    const x = instant(a);
    const y = instant(b);
    if (x === undefined || y === undefined) return Number.NaN;
    const fx = x[1].padEnd(y[1].length, '0');
    const fy = y[1].padEnd(x[1].length, '0');
    return Math.sign(x[0] - y[0]) || (fx < fy ? -1 : fx > fy ? 1 : 0);
  },
};

/** `vers:all/*` and `vers:none/*` take no versions to order. */
const special: VersionScheme = {
  id: 'all-none',
  displayName: 'vers all / none',
  specUrl: 'https://github.com/package-url/vers-spec/blob/main/docs/types/vers-types.md',
  isValid: () => false,
  compare: () => Number.NaN,
};

const BUILT_IN: Readonly<Record<string, VersionScheme>> = {
  lexicographic,
  datetime,
  all: special,
  none: special,
};

/** The ordering for a vers scheme, or undefined when we have none (the range is not evaluated). */
export function versOrdering(versScheme: string): VersionScheme | undefined {
  const builtIn = BUILT_IN[versScheme];
  if (builtIn !== undefined) return builtIn;
  const id = VERS_TO_SCHEME[versScheme];
  if (id === undefined || !VERSION_SCHEMES.some((s) => s.id === id)) return undefined;
  return versionScheme(id);
}
