import { isAny, isNa, WFN_ATTRIBUTES, type Wfn, type WfnValue } from './types.js';

/** WFN value to formatted-string form (NIST IR 7695 §6.2.2, process_quoted_chars). */
function bindFsValue(value: WfnValue): string {
  if (isAny(value)) return '*';
  if (isNa(value)) return '-';
  if (typeof value !== 'string') return '*';
  let out = '';
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charAt(i);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = value.charAt(i + 1);
    // ".", "-" and "_" are written bare in a formatted string; other quoted characters keep "\".
    out += '.-_'.includes(next) ? next : `\\${next}`;
    i += 1;
  }
  return out;
}

/** The CPE 2.3 formatted string of a WFN (`cpe:2.3:a:vendor:product:…`). */
export function formatCpe(wfn: Wfn): string {
  return `cpe:2.3:${WFN_ATTRIBUTES.map((a) => bindFsValue(wfn[a])).join(':')}`;
}

/** A quoted character as the URI writes it: `.` and `-` bare, the rest as lowercase %xx. */
const pctEncode = (c: string): string =>
  c === '.' || c === '-' ? c : `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** WFN value to URI form (NIST IR 7695 §6.1.2, bind_value_for_uri / transform_for_uri). */
function bindUriValue(value: WfnValue): string {
  if (isAny(value)) return '';
  if (isNa(value)) return '-';
  if (typeof value !== 'string') return '';
  let out = '';
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charAt(i);
    if (c === '\\') {
      out += pctEncode(value.charAt(i + 1));
      i += 1;
    } else if (c === '?') out += '%01';
    else if (c === '*') out += '%02';
    else out += c;
  }
  return out;
}

/**
 * The CPE 2.2 URI of a WFN (`cpe:/a:vendor:product:version`). The 2.3-only attributes are packed
 * into the edition (`~edition~sw_edition~target_sw~target_hw~other`) when any of them is set;
 * trailing empty components are trimmed.
 */
export function uriOf(wfn: Wfn): string {
  const extended = [wfn.sw_edition, wfn.target_sw, wfn.target_hw, wfn.other].map(bindUriValue);
  const edition = bindUriValue(wfn.edition);
  const packedEdition = extended.every((v) => v === '')
    ? edition
    : `~${[edition, ...extended].join('~')}`;
  const components = [
    bindUriValue(wfn.part),
    bindUriValue(wfn.vendor),
    bindUriValue(wfn.product),
    bindUriValue(wfn.version),
    bindUriValue(wfn.update),
    packedEdition,
    bindUriValue(wfn.language),
  ];
  return `cpe:/${components.join(':')}`.replace(/:+$/, '');
}
