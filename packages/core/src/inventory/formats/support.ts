import type { ComponentSupport } from '../types.js';

/** What one property says about FDA support, if it is an FDA support field. */
type SupportField = keyof ComponentSupport;

/**
 * Property names read as FDA per-component support fields (premarket guidance V.A.4(b)). The
 * canonical names are `cdx:fda:level-of-support`, `cdx:fda:end-of-support-date` and
 * `cdx:fda:justification`; the spellings below are seen in manufacturer SBOMs too. Names are
 * compared lower-cased with `-`, `_`, `.` and spaces removed, after an optional `cdx:fda:`, `fda:`,
 * `cdx:` or `medical:` prefix. A bare `justification` is only read with an FDA prefix, because
 * other tools use that word for other things.
 */
const NAMES: Readonly<Record<string, SupportField>> = {
  levelofsupport: 'levelOfSupport',
  supportlevel: 'levelOfSupport',
  supportstatus: 'levelOfSupport',
  endofsupportdate: 'endOfSupportDate',
  endofsupport: 'endOfSupportDate',
  eosdate: 'endOfSupportDate',
  supportenddate: 'endOfSupportDate',
  endofsupportjustification: 'justification',
  supportjustification: 'justification',
  eosjustification: 'justification',
};

const FDA_PREFIXES = ['cdx:fda:', 'fda:'];
const OTHER_PREFIXES = ['cdx:', 'medical:'];

/** The FDA field a property name stands for, or undefined for any other property. */
export function supportFieldOf(propertyName: string): SupportField | undefined {
  const lower = propertyName.trim().toLowerCase();
  const fda = FDA_PREFIXES.find((p) => lower.startsWith(p));
  const other = fda === undefined ? OTHER_PREFIXES.find((p) => lower.startsWith(p)) : undefined;
  const rest = lower.slice((fda ?? other ?? '').length).replace(/[-_. ]/g, '');
  if (rest.includes(':')) return undefined;
  if (rest === 'justification') return fda === undefined ? undefined : 'justification';
  return NAMES[rest];
}

/**
 * `YYYY-MM-DD` from a date or an RFC 3339 / ISO 8601 date-time, or undefined when it is not a real
 * calendar date (2025-02-30 is refused, not rolled over into March).
 */
export function calendarDate(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  if (match === null) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const days = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  if (days === undefined || d < 1 || d > days) return undefined;
  return value.trim().slice(0, 10);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
