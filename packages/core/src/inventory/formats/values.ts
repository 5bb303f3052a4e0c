import { compareStrings } from '../../common/order.js';

/**
 * Small readers over parsed documents (JSON values, or XML converted to the same shape). SBOMs in
 * the wild break their schemas often; these accessors turn a wrong type into "absent" so a reader
 * can report it instead of crashing on it.
 */
export type JsonRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A trimmed non-empty string, or undefined (numbers are accepted: `"version": 2` is common). */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A value that may be one item or a list of items, as a list (XML gives one item as a scalar). */
export function list(value: unknown): readonly unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? (value as unknown[]) : [value];
}

/** The records of a list, with their index in the original list (for issue paths). */
export function records(value: unknown): { readonly item: JsonRecord; readonly index: number }[] {
  const out: { item: JsonRecord; index: number }[] = [];
  list(value).forEach((item, index) => {
    if (isRecord(item)) out.push({ item, index });
  });
  return out;
}

/** The texts of a list, skipping non-strings and blanks. */
export function texts(value: unknown): string[] {
  const out: string[] = [];
  for (const item of list(value)) {
    const t = text(item);
    if (t !== undefined) out.push(t);
  }
  return out;
}

/** Sorted, without duplicates, compared by code units (deterministic on every machine). */
export function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareStrings);
}

/** `{ [key]: value }` when the value is present, `{}` otherwise (optional fields stay absent). */
export function optional<K extends string>(
  key: K,
  value: string | undefined,
): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/**
 * The same object without its undefined-valued keys, so optional fields stay absent. Cheaper than
 * spreading `optional(...)` per field on the hot path of a 100,000-component SBOM.
 */
export function withoutUndefined<T extends object>(value: T): T {
  // A fresh object, not `delete`: deleting properties moves an object to V8's dictionary mode,
  // which made every component of a 300,000-component rescan about twice as large and slow.
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) if (record[key] !== undefined) out[key] = record[key];
  return out as T;
}
