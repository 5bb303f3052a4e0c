import { formatCpe, isAny, isNa, parseCpe, unquote } from '../../inventory/cpe/index.js';

/**
 * CPEs at the advisory boundary: AffectedEntry.cpe is always a CPE 2.3 formatted string, so a
 * 2.2 URI (`cpe:/o:redhat:enterprise_linux:8`, as CVE 5 and CSAF often write) is rebound through
 * the CPE module (NIST IR 7695 unbind/bind). Undefined when the text is not a CPE.
 */
export function toCpe23(text: string): string | undefined {
  const parsed = parseCpe(text.trim());
  return parsed.ok ? formatCpe(parsed.value) : undefined;
}

/** The version attribute as plain text; undefined for ANY (`*`), NA (`-`) or a non-CPE. */
export function cpeVersion(text: string): string | undefined {
  const parsed = parseCpe(text.trim());
  if (!parsed.ok) return undefined;
  const version = parsed.value.version;
  if (typeof version !== 'string' || isAny(version) || isNa(version)) return undefined;
  return unquote(version);
}
