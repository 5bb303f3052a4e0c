import type { AdvisorySeverity } from '../types.js';

/**
 * The severity entry for a CVSS vector string, typed by its prefix: `CVSS:4.0/` → v4, `CVSS:3.x/` →
 * v3, a bare `AV:` vector → v2 (v2 vectors carry no prefix). Anything else is kept as `other`.
 */
export function cvssSeverity(vector: string): AdvisorySeverity {
  const text = vector.trim();
  if (text.startsWith('CVSS:4.')) return { type: 'CVSS_V4', score: text };
  if (text.startsWith('CVSS:3.')) return { type: 'CVSS_V3', score: text };
  if (/^\(?AV:[LAN]\//.test(text))
    return { type: 'CVSS_V2', score: text.replace(/^\((.*)\)$/, '$1') };
  return { type: 'other', score: text };
}

/** Drops repeated entries (same type and score), keeping the first occurrence's order. */
export function uniqueSeverities(list: readonly AdvisorySeverity[]): AdvisorySeverity[] {
  const seen = new Set<string>();
  return list.filter((entry) => {
    const key = `${entry.type}\u0000${entry.score}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `CWE-79` from `CWE-79`, `cwe-79` or `79`; undefined for NVD's `NVD-CWE-Other`/`noinfo`. */
export function cweId(value: string): string | undefined {
  const match = /^(?:CWE-)?(\d+)$/i.exec(value.trim());
  return match ? `CWE-${match[1] ?? ''}` : undefined;
}
