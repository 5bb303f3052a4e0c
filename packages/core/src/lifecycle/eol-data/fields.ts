import type { IssuePath } from '../../common/issue.js';
import { isRecord, report, type ConvertContext } from '../../advisories/sources/context.js';
import { calendarDate } from '../../inventory/formats/support.js';
import type { EolDate, EolRelease } from './types.js';

/** endoflife.date release cycles: lower-case letters, digits and `.-+_` (product-schema.json). */
const CYCLE = /^[a-z0-9][a-z0-9.\-+_]*$/;

/**
 * A cycle name from a string or a number. JSON and YAML numbers lose trailing zeros (`3.10` reads
 * as 3.1), so a non-integer number is accepted with a warning that names the risk.
 */
export function cycleOf(ctx: ConvertContext, value: unknown, path: IssuePath): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (!Number.isInteger(value))
      report(
        ctx,
        'warning',
        'invalid-type',
        path,
        `release cycle ${String(value)} is a number; a cycle such as 3.10 would read as 3.1`,
        'write release cycles as strings',
      );
    return String(value);
  }
  if (typeof value !== 'string' || value.trim() === '') {
    report(ctx, 'warning', 'missing-field', path, 'release without a cycle name; skipped');
    return undefined;
  }
  const cycle = value.trim().toLowerCase();
  if (!CYCLE.test(cycle)) {
    report(
      ctx,
      'warning',
      'invalid-value',
      path,
      `release cycle "${value}" is not a cycle name; skipped`,
    );
    return undefined;
  }
  return cycle;
}

/** A date or a boolean flag; anything else is reported and dropped (the field then reads as unknown). */
export function eolDateOf(
  ctx: ConvertContext,
  value: unknown,
  path: IssuePath,
): EolDate | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const date = calendarDate(value);
    if (date !== undefined) return date;
    if (value === 'true' || value === 'false') return value === 'true';
  }
  report(
    ctx,
    'warning',
    'invalid-value',
    path,
    `${JSON.stringify(value)} is neither a YYYY-MM-DD date nor true/false; treated as not stated`,
  );
  return undefined;
}

/** A plain date (release dates); a boolean or a bad value is reported and dropped. */
export function dateOf(ctx: ConvertContext, value: unknown, path: IssuePath): string | undefined {
  const parsed = eolDateOf(ctx, value, path);
  if (typeof parsed === 'boolean') {
    report(ctx, 'warning', 'invalid-value', path, `${String(parsed)} is not a date; ignored`);
    return undefined;
  }
  return parsed;
}

/** Text fields (labels, versions, links): strings kept, numbers turned into text, others dropped. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Builds a release without the absent fields, so stored payloads stay minimal and stable. */
export function release(fields: {
  [K in keyof EolRelease]: EolRelease[K] | undefined;
}): EolRelease {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) as unknown as EolRelease;
}

/** The entries of a list that are objects; others are reported once each and skipped. */
export function recordsOf(
  ctx: ConvertContext,
  list: readonly unknown[],
  path: IssuePath,
): { readonly value: Record<string, unknown>; readonly path: IssuePath }[] {
  return list.flatMap((value, i) => {
    if (isRecord(value)) return [{ value, path: [...path, i] }];
    report(ctx, 'warning', 'invalid-type', [...path, i], 'release entry is not an object; skipped');
    return [];
  });
}

/** Keeps the first release of each cycle and reports the others. */
export function uniqueCycles(
  ctx: ConvertContext,
  releases: readonly { readonly release: EolRelease; readonly path: IssuePath }[],
): EolRelease[] {
  const seen = new Set<string>();
  const out: EolRelease[] = [];
  for (const { release: r, path } of releases) {
    if (seen.has(r.cycle)) {
      report(
        ctx,
        'warning',
        'duplicate-id',
        path,
        `release cycle "${r.cycle}" appears twice; the first is kept`,
      );
      continue;
    }
    seen.add(r.cycle);
    out.push(r);
  }
  return out;
}

/** `linux-kernel` from `…/products/linux-kernel.md` or `linux-kernel.json`. */
export function productIdOfFile(file: string): string {
  const base = file.split(/[\\/!]/).pop() ?? file;
  return base.replace(/\.(md|json|ya?ml)$/i, '').toLowerCase();
}

/** `{ key: value }`, or nothing when the value is absent (optional properties stay absent). */
export function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
}
