import { ANY, NA, WFN_ATTRIBUTES, type Wfn, type WfnValue } from './types.js';

/** A value or the reason it is not one. */
export type Unbound = { readonly value: WfnValue } | { readonly error: string };

const isPlain = (c: string): boolean => /^[a-z0-9_]$/i.test(c);
/** Printable ASCII other than space: the only characters a CPE value may contain. */
const isPrintable = (c: string): boolean => /^[\x21-\x7e]$/.test(c);

/** Splits on `:` not quoted by a backslash. */
function splitFs(text: string): string[] {
  const fields: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (c === '\\' && i + 1 < text.length) {
      current += c + text.charAt(i + 1);
      i += 1;
    } else if (c === ':') {
      fields.push(current);
      current = '';
    } else current += c;
  }
  fields.push(current);
  return fields;
}

/**
 * One formatted-string value to WFN form (NIST IR 7695 §6.2.3, unbind_value_fs and add_quoting):
 * `*` alone is ANY, `-` alone is NA; `*` may stand only at either end, and `?` only in runs at
 * either end; every other punctuation character is quoted.
 */
function unbindFsValue(text: string): Unbound {
  if (text === '*') return { value: ANY };
  if (text === '-') return { value: NA };
  if (text === '') return { error: 'is empty (use * for any value or - for not applicable)' };
  const s = text.toLowerCase();
  let out = '';
  let embedded = false;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charAt(i);
    if (isPlain(c)) {
      out += c;
      embedded = true;
    } else if (c === '\\') {
      const next = s.charAt(i + 1);
      if (!isPrintable(next)) return { error: `has a "\\" that quotes nothing at position ${i}` };
      // Letters, digits and "_" need no quoting; keep the WFN canonical.
      out += isPlain(next) ? next : `\\${next}`;
      i += 1;
      embedded = true;
    } else if (c === '*') {
      if (i !== 0 && i !== s.length - 1) return { error: 'has a "*" inside the value' };
      out += c;
      embedded = true;
    } else if (c === '?') {
      const atEdge = i === 0 || i === s.length - 1;
      const inLeadingRun = !embedded && s.charAt(i - 1) === '?';
      const inTrailingRun = embedded && s.charAt(i + 1) === '?';
      if (!atEdge && !inLeadingRun && !inTrailingRun)
        return { error: 'has a "?" inside the value' };
      out += c;
      embedded = false;
    } else if (isPrintable(c)) {
      out += `\\${c}`;
      embedded = true;
    } else {
      return { error: `has the character ${JSON.stringify(c)}, which a CPE cannot contain` };
    }
  }
  return { value: out };
}

/** `cpe:2.3:part:vendor:…:other` to a WFN, or the problems, each with its attribute. */
export function unbindFs(
  text: string,
): { readonly wfn: Wfn } | { readonly errors: readonly (readonly [string, string])[] } {
  const fields = splitFs(text).slice(2);
  if (fields.length !== WFN_ATTRIBUTES.length) {
    return {
      errors: [
        ['', `has ${fields.length} attributes after "cpe:2.3:"; a formatted string has exactly 11`],
      ],
    };
  }
  const errors: (readonly [string, string])[] = [];
  const values = WFN_ATTRIBUTES.map((attribute, i) => {
    const result = unbindFsValue(fields[i] ?? '');
    if ('error' in result) {
      errors.push([attribute, `${attribute} "${fields[i] ?? ''}" ${result.error}`]);
      return ANY;
    }
    return result.value;
  });
  if (errors.length > 0) return { errors };
  return { wfn: Object.fromEntries(WFN_ATTRIBUTES.map((a, i) => [a, values[i]])) as Wfn };
}
