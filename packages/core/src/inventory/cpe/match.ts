import { hasWildcards } from './values.js';
import {
  isAny,
  isNa,
  WFN_ATTRIBUTES,
  type Wfn,
  type WfnAttribute,
  type WfnValue,
} from './types.js';

/**
 * NIST IR 7696 §6.1 attribute relations. `undefined` is the standard's UNDEFINED: a target value
 * with wildcards, which the standard does not compare.
 */
export type AttributeRelation = 'superset' | 'subset' | 'equal' | 'disjoint' | 'undefined';

/**
 * Name relation (NIST IR 7696 §6.2): `disjoint` when any attribute is; `equal` when all are;
 * `superset` / `subset` when all are that or equal. Two outcomes the standard leaves unnamed are
 * kept apart rather than forced into the four: `overlap` (some attributes superset, others subset:
 * the names intersect but neither covers the other) and `undefined` (a target attribute had
 * wildcards, so nothing can be claimed).
 */
export type NameRelation = 'equal' | 'superset' | 'subset' | 'disjoint' | 'overlap' | 'undefined';

/** Number of `\` immediately before `index`, to know whether the character there is quoted. */
function isUnquoted(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text.charAt(i) === '\\'; i -= 1) backslashes += 1;
  return backslashes % 2 === 0;
}

/** Quoting backslashes in `text[from, to)`; each stands for no character of the value. */
function countEscapes(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) {
    if (text.charAt(i) === '\\') {
      count += 1;
      i += 1;
    }
  }
  return count;
}

/** Source with wildcards against a plain target (NIST IR 7696 §6.1.3.2, compareStrings). */
function compareWithWildcards(source: string, target: string): 'superset' | 'disjoint' {
  let start = 0;
  let end = source.length;
  let begins = 0;
  let ends = 0;
  if (source.startsWith('*')) {
    start = 1;
    begins = -1;
  } else {
    while (start < source.length && source.charAt(start) === '?') {
      start += 1;
      begins += 1;
    }
  }
  if (source.endsWith('*') && isUnquoted(source, end - 1)) {
    end -= 1;
    ends = -1;
  } else {
    while (end > 0 && source.charAt(end - 1) === '?' && isUnquoted(source, end - 1)) {
      end -= 1;
      ends += 1;
    }
  }
  const body = source.slice(start, end);
  let index = -1;
  let leftover = target.length;
  while (leftover > 0) {
    index = target.indexOf(body, index + 1);
    if (index === -1) break;
    if (index > 0 && begins !== -1 && begins < index - countEscapes(target, 0, index)) break;
    leftover = target.length - index - countEscapes(target, index + 1, target.length) - body.length;
    if (leftover > 0 && ends !== -1 && leftover > ends) continue;
    return 'superset';
  }
  return 'disjoint';
}

/** How the source attribute value relates to the target's (NIST IR 7696 Table 6-2). */
export function compareAttribute(source: WfnValue, target: WfnValue): AttributeRelation {
  const s = typeof source === 'string' ? source.toLowerCase() : source;
  const t = typeof target === 'string' ? target.toLowerCase() : target;
  if (typeof t === 'string' && hasWildcards(t)) return 'undefined';
  if ((isAny(s) && isAny(t)) || (isNa(s) && isNa(t)) || (typeof s === 'string' && s === t)) {
    return 'equal';
  }
  if (isAny(s)) return 'superset';
  if (isAny(t)) return 'subset';
  if (isNa(s) || isNa(t) || typeof s !== 'string' || typeof t !== 'string') return 'disjoint';
  return hasWildcards(s) ? compareWithWildcards(s, t) : 'disjoint';
}

/** Every attribute's relation, source against target (NIST IR 7696 §6.2, compare_wfns). */
function compareWfns(source: Wfn, target: Wfn): Readonly<Record<WfnAttribute, AttributeRelation>> {
  return Object.fromEntries(
    WFN_ATTRIBUTES.map((a) => [a, compareAttribute(source[a], target[a])]),
  ) as Record<WfnAttribute, AttributeRelation>;
}

/** The name-level relation of source to target (NIST IR 7696 §6.2). */
export function cpeMatch(source: Wfn, target: Wfn): NameRelation {
  const relations = Object.values(compareWfns(source, target));
  if (relations.includes('disjoint')) return 'disjoint';
  if (relations.includes('undefined')) return 'undefined';
  if (relations.every((r) => r === 'equal')) return 'equal';
  if (relations.every((r) => r === 'equal' || r === 'superset')) return 'superset';
  if (relations.every((r) => r === 'equal' || r === 'subset')) return 'subset';
  return 'overlap';
}

/**
 * True when the source name covers the target (CPE_SUPERSET or CPE_EQUAL): an advisory's CPE
 * applies to a component's CPE. Anything else — including `undefined` — does not.
 */
export function cpeCovers(source: Wfn, target: Wfn): boolean {
  const relation = cpeMatch(source, target);
  return relation === 'equal' || relation === 'superset';
}
