/**
 * A well-formed CPE name (WFN, NIST IR 7695 §5): eleven attributes, each the logical value ANY or
 * NA, or a string in the WFN's quoted form — every character other than a letter, digit or `_`
 * is preceded by `\`, and an unquoted `*` or `?` (only at either end) is a wildcard. Letters are
 * lowercase: CPE names compare case-insensitively, so parsing folds them.
 */
export const WFN_ATTRIBUTES = [
  'part',
  'vendor',
  'product',
  'version',
  'update',
  'edition',
  'language',
  'sw_edition',
  'target_sw',
  'target_hw',
  'other',
] as const;
export type WfnAttribute = (typeof WFN_ATTRIBUTES)[number];

/** ANY ("any value", `*` in a formatted string) or NA ("not applicable", `-`). */
export interface LogicalValue {
  readonly logical: 'ANY' | 'NA';
}
export type WfnValue = LogicalValue | string;
export type Wfn = Readonly<Record<WfnAttribute, WfnValue>>;

export const ANY: LogicalValue = { logical: 'ANY' };
export const NA: LogicalValue = { logical: 'NA' };

/** Compared by content, so a WFN that went through JSON still works. */
export function isAny(value: WfnValue): value is LogicalValue {
  return typeof value !== 'string' && value.logical === 'ANY';
}

export function isNa(value: WfnValue): value is LogicalValue {
  return typeof value !== 'string' && value.logical === 'NA';
}

/** A WFN with every attribute ANY except those given. */
export function wfnOf(values: Partial<Wfn>): Wfn {
  return Object.fromEntries(WFN_ATTRIBUTES.map((a) => [a, values[a] ?? ANY])) as Wfn;
}
