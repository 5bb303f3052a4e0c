import { Range, type Comparator } from 'semver';
import type { ParseResult } from '../common/result.js';
import { versOrdering } from './vers-schemes.js';
import { intersect, unionToConstraints } from './vers-union.js';
import type { VersConstraint, VersRange } from './vers.js';

type Compare = (a: string, b: string) => number;
/** A native range read as OR-ed sets of AND-ed constraints (`!=` applies to the whole range). */
interface NativeRange {
  readonly sets: readonly (readonly VersConstraint[])[];
  readonly exclusions: readonly string[];
}

/** npm: node-semver's own parse (X-ranges, `~`, `^`, hyphen ranges), `<x.y.z-0` read as `<x.y.z`. */
function fromNpm(native: string): NativeRange | undefined {
  let range: Range;
  try {
    range = new Range(native);
  } catch {
    return undefined;
  }
  const toConstraint = (c: Comparator): VersConstraint[] => {
    if (typeof c.semver === 'symbol' || c.operator === '') {
      return typeof c.semver === 'symbol' ? [] : [{ comparator: '=', version: c.semver.version }];
    }
    const { major, minor, patch, prerelease } = c.semver;
    // node-semver writes `<2.0.0-0` to keep 2.0.0 pre-releases out; vers has no such rule.
    const bare = c.operator === '<' && prerelease.length === 1 && prerelease[0] === 0;
    return [
      { comparator: c.operator, version: bare ? `${major}.${minor}.${patch}` : c.semver.version },
    ];
  };
  return { sets: range.set.map((set) => set.flatMap(toConstraint)), exclusions: [] };
}

/** The release with its last kept component raised: bump("1.4", 1) = "2", bump("1.4.5", 2) = "1.5". */
function bump(release: readonly string[], keep: number): string {
  const kept = release.slice(0, Math.max(keep, 1));
  const last = kept.length - 1;
  return kept.map((part, i) => (i === last ? String(Number(part) + 1) : part)).join('.');
}

const RELEASE = /^(?:\d+!)?(\d+(?:\.\d+)*)/;

/** PyPI (PEP 440 specifiers, comma = AND): `~=`, `==` with `.*`, `!=`, `===`, ordered comparisons. */
function fromPypi(native: string): NativeRange | undefined {
  const set: VersConstraint[] = [];
  const exclusions: string[] = [];
  for (const part of native.split(',')) {
    const m = /^\s*(~=|===|==|!=|<=|>=|<|>)\s*(\S+)\s*$/.exec(part);
    const [, op = '', version = ''] = m ?? [];
    const release = RELEASE.exec(version)?.[1]?.split('.');
    if (m === null || release === undefined) return undefined;
    if (version.endsWith('.*')) {
      if (op !== '==') return undefined;
      set.push(
        { comparator: '>=', version: version.slice(0, -2) },
        { comparator: '<', version: bump(release, release.length) },
      );
    } else if (op === '~=') {
      if (release.length < 2) return undefined;
      set.push(
        { comparator: '>=', version },
        { comparator: '<', version: bump(release, release.length - 1) },
      );
    } else if (op === '!=') exclusions.push(version);
    else
      set.push({
        comparator: op === '==' || op === '===' ? '=' : (op as VersConstraint['comparator']),
        version,
      });
  }
  return { sets: [set], exclusions };
}

/** RubyGems requirements (comma = AND); `~> 2.0.8` is `>= 2.0.8, < 2.1` (Gem::Version#bump). */
function fromGem(native: string): NativeRange | undefined {
  const set: VersConstraint[] = [];
  const exclusions: string[] = [];
  for (const part of native.split(',')) {
    const m = /^\s*(~>|!=|<=|>=|=|<|>)?\s*([0-9][0-9A-Za-z.-]*)\s*$/.exec(part);
    if (m === null) return undefined;
    const [, op = '=', version = ''] = m;
    if (op === '~>') {
      const release = version
        .split('.')
        .filter((_, i, all) => all.slice(0, i + 1).every((s) => /^\d+$/.test(s)));
      set.push(
        { comparator: '>=', version },
        { comparator: '<', version: bump(release, release.length - 1) },
      );
    } else if (op === '!=') exclusions.push(version);
    else set.push({ comparator: op as VersConstraint['comparator'], version });
  }
  return { sets: [set], exclusions };
}

/** NuGet: interval notation (`[1.0, 2.0)`, `(,1.0]`, `[1.0]`); a bare version is a minimum. */
function fromNuget(native: string): NativeRange | undefined {
  const text = native.trim();
  if (/^[^[\](),\s]+$/.test(text))
    return { sets: [[{ comparator: '>=', version: text }]], exclusions: [] };
  const m = /^([[(])\s*([^,\s\])]*)\s*(,\s*([^,\s\])]*)\s*)?([\])])$/.exec(text);
  if (m === null) return undefined;
  const [, open = '', low = '', comma, high = '', close = ''] = m;
  if (comma === undefined)
    return open === '[' && close === ']' && low !== ''
      ? { sets: [[{ comparator: '=', version: low }]], exclusions: [] }
      : undefined;
  const set: VersConstraint[] = [];
  if (low !== '') set.push({ comparator: open === '[' ? '>=' : '>', version: low });
  if (high !== '') set.push({ comparator: close === ']' ? '<=' : '<', version: high });
  return { sets: [set], exclusions: [] };
}

const NATIVE: Readonly<Record<string, (native: string) => NativeRange | undefined>> = {
  gem: fromGem,
  npm: fromNpm,
  nuget: fromNuget,
  pypi: fromPypi,
};

function toRange(scheme: string, native: NativeRange, compare: Compare): VersRange {
  const pieces = native.sets.flatMap((set) => intersect(set, compare) ?? []);
  const union = unionToConstraints(pieces, compare);
  if (union === '*' && native.exclusions.length === 0) return { scheme, constraints: '*' };
  if (union !== '*' && union.length === 0) return { scheme: 'none', constraints: '*' };
  const excluded = native.exclusions.map((version): VersConstraint => ({
    comparator: '!=',
    version,
  }));
  const all = [...(union === '*' ? [] : union), ...excluded].map((c, i) => ({ c, i }));
  const sorted = all.sort((a, b) => compare(a.c.version, b.c.version) || a.i - b.i).map((x) => x.c);
  return { scheme, constraints: sorted };
}

/**
 * A native range (npm, PyPI, RubyGems, NuGet syntax) as a vers range, by the native ecosystem's
 * own semantics: AND-ed constraints are intersected, OR-ed sets united, so the vers range holds
 * exactly the versions the native range holds.
 */
export function versFromNative(scheme: string, native: string): ParseResult<VersRange> {
  const read = NATIVE[scheme];
  const ordering = versOrdering(scheme);
  const fail = (message: string): ParseResult<never> => ({
    ok: false,
    issues: [{ code: 'invalid-format', severity: 'error', path: [], message }],
  });
  if (read === undefined || ordering === undefined)
    return fail(`no native range syntax is known for "${scheme}"`);
  const parsed = read(native);
  if (parsed === undefined) return fail(`"${native}" is not a ${scheme} range`);
  const versions = [...parsed.sets.flat().map((c) => c.version), ...parsed.exclusions];
  const invalid = versions.find((v) => !ordering.isValid(v));
  if (invalid !== undefined)
    return fail(`"${invalid}" in "${native}" is not a valid ${scheme} version`);
  return { ok: true, value: toRange(scheme, parsed, (a, b) => ordering.compare(a, b)), issues: [] };
}

/** True when versFromNative can read `scheme`'s native range syntax. */
export function hasNativeSyntax(scheme: string): boolean {
  return NATIVE[scheme] !== undefined && versOrdering(scheme) !== undefined;
}
