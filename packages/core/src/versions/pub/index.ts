import { parseOrThrow } from '../parse-or-throw.js';
import type { VersionScheme } from '../types.js';

/** A pub_semver version; prerelease and build parts are numbers when they parse as integers. */
interface PubVersion {
  readonly core: readonly [bigint, bigint, bigint];
  readonly prerelease: readonly Part[];
  readonly build: readonly Part[];
}
type Part = bigint | string;

// pub_semver's `completeVersion`: three numbers (leading zeros allowed), optional pre and build.
const PUB =
  /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/**
 * Dart pub (pub_semver). Unlike SemVer 2.0.0, build metadata orders: a version with a build sorts
 * after the same version without one (`1.0.0 < 1.0.0+1`), and builds compare part by part like
 * prereleases. Numbers have no size limit here (Dart's are 64-bit; nothing larger is published).
 */
export const pub = {
  id: 'pub',
  displayName: 'Pub (Dart pub_semver)',
  specUrl: 'https://pub.dev/packages/pub_semver',
  isValid(version: string): boolean {
    return parsePub(version) !== undefined;
  },
  compare(a: string, b: string): number {
    return comparePub(parseOrThrow('pub', parsePub, a), parseOrThrow('pub', parsePub, b));
  },
} satisfies VersionScheme;

function parsePub(version: string): PubVersion | undefined {
  const match = PUB.exec(version);
  if (match === null) return undefined;
  const [, major = '0', minor = '0', patch = '0', pre, build] = match;
  return {
    core: [BigInt(major), BigInt(minor), BigInt(patch)],
    prerelease: splitParts(pre),
    build: splitParts(build),
  };
}

// Dart's int.tryParse: digits with an optional sign are numbers, anything else stays a string.
function splitParts(text: string | undefined): Part[] {
  if (text === undefined) return [];
  return text.split('.').map((part) => (/^[+-]?\d+$/.test(part) ? BigInt(part) : part));
}

function comparePub(a: PubVersion, b: PubVersion): number {
  for (let i = 0; i < 3; i++) {
    const order = compareParts(a.core[i] ?? 0n, b.core[i] ?? 0n);
    if (order !== 0) return order;
  }
  // A prerelease comes before its release; a build comes after it.
  const aIsPre = a.prerelease.length > 0;
  const bIsPre = b.prerelease.length > 0;
  if (aIsPre !== bIsPre) return aIsPre ? -1 : 1;
  const pre = compareLists(a.prerelease, b.prerelease);
  if (pre !== 0) return pre;
  const aHasBuild = a.build.length > 0;
  const bHasBuild = b.build.length > 0;
  if (aHasBuild !== bHasBuild) return aHasBuild ? 1 : -1;
  return compareLists(a.build, b.build);
}

function compareLists(a: readonly Part[], b: readonly Part[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    // A missing part sorts first.
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const order = compareParts(x, y);
    if (order !== 0) return order;
  }
  return 0;
}

// Numbers sort before strings; strings compare by UTF-16 code units (Dart's String.compareTo).
function compareParts(x: Part, y: Part): number {
  if (typeof x === 'bigint' && typeof y === 'bigint') return x < y ? -1 : x > y ? 1 : 0;
  if (typeof x === 'bigint') return -1;
  if (typeof y === 'bigint') return 1;
  return x < y ? -1 : x > y ? 1 : 0;
}
