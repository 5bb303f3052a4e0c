import { compareStrings } from '../../common/order.js';
import { normalizeName } from './aliases.js';
import type { EolProduct, EolRelease } from './types.js';

/** The release cycle a version belongs to, or why none could be chosen. */
export type CycleMatch =
  | {
      readonly kind: 'matched';
      readonly release: EolRelease;
      /** `exact`: the version is the cycle; `prefix`: the cycle begins the version; `only`: the one cycle that extends it. */
      readonly rule: 'exact' | 'prefix' | 'only';
    }
  | { readonly kind: 'ambiguous'; readonly version: string; readonly candidates: readonly string[] }
  | { readonly kind: 'none'; readonly version: string };

/**
 * Maps a version (or an OS name remainder plus version) to one of the product's cycles. The key is
 * normalized like names (`22.04 LTS` → `22.04-lts`, `SP1` → `sp1`) and compared with each cycle
 * and each cycle's label:
 * 1. `exact` — a cycle or label equals it (`2019`, `7-sp1`);
 * 2. `prefix` — the longest cycle the key starts with, followed by `.`, `-`, `+` or `_`, or by a
 *    letter after a digit: `3.4.0` → `3.4` (or `3` when the product's cycles are majors),
 *    `22.04-lts` → `22.04`, `1.1.1w` → `1.1.1`; `3.40` never matches `3.4`;
 * 3. `only` — exactly one cycle extends the key (`7` → `7-sp1`, `standard-7` → `standard-7-sp1`).
 * Several candidates at step 3 make the match `ambiguous` (listed, never guessed); none, `none`.
 * A leading `v` before a digit is tried off as well (`v18.17.0` → `18`).
 */
export function cycleFor(product: EolProduct, version: string): CycleMatch {
  const keys = [
    ...new Set([normalizeName(version), normalizeName(version.replace(/^v(?=\d)/i, ''))]),
  ];
  let result: CycleMatch = { kind: 'none', version };
  for (const key of keys) {
    if (key === '') continue;
    result = matchKey(product, key, version);
    if (result.kind !== 'none') return result;
  }
  return result;
}

function matchKey(product: EolProduct, key: string, version: string): CycleMatch {
  const names = product.releases.flatMap((release) => {
    const label = release.label === undefined ? undefined : normalizeName(release.label);
    return [
      { name: release.cycle, release },
      ...(label === undefined || label === release.cycle ? [] : [{ name: label, release }]),
    ];
  });
  const exact = names.find((n) => n.name === key);
  if (exact !== undefined) return { kind: 'matched', release: exact.release, rule: 'exact' };
  const prefix = names
    .filter((n) => key.startsWith(n.name) && boundary(n.name, key.charAt(n.name.length)))
    .sort((a, b) => b.name.length - a.name.length || compareStrings(a.name, b.name))[0];
  if (prefix !== undefined) return { kind: 'matched', release: prefix.release, rule: 'prefix' };
  const extending = [
    ...new Set(
      names
        .filter((n) => n.name.startsWith(key) && /[.\-+_]/.test(n.name.charAt(key.length)))
        .map((n) => n.release),
    ),
  ];
  const [only] = extending;
  if (extending.length === 1 && only !== undefined)
    return { kind: 'matched', release: only, rule: 'only' };
  if (extending.length > 1)
    return {
      kind: 'ambiguous',
      version,
      candidates: extending.map((r) => r.cycle).sort(compareStrings),
    };
  return { kind: 'none', version };
}

function boundary(cycle: string, next: string): boolean {
  if (/[.\-+_]/.test(next)) return true;
  return /[a-z]/.test(next) && /\d$/.test(cycle);
}
