import type { RangeEvent } from '../../advisories/types.js';
import type { AffectedEvidence } from './events.js';

const valueOf = (e: RangeEvent): string =>
  'introduced' in e
    ? e.introduced
    : 'fixed' in e
      ? e.fixed
      : 'last_affected' in e
        ? e.last_affected
        : e.limit;

/** `2.10.1 is in [introduced 0, fixed 2.11.3)` — the finding's explanation of a range decision. */
export function describeDecision(version: string, evidence: AffectedEvidence): string {
  if (evidence.listed !== undefined) return `${version} is listed as affected (${evidence.listed})`;
  if (evidence.allVersions === true) return 'the advisory names every version of the package';
  const from =
    evidence.event === undefined ? 'introduced ?' : `introduced ${valueOf(evidence.event)}`;
  const until =
    evidence.until === undefined
      ? ')'
      : 'fixed' in evidence.until
        ? `, fixed ${evidence.until.fixed})`
        : `, last affected ${valueOf(evidence.until)}]`;
  const type = evidence.range?.type === undefined ? '' : ` (${evidence.range.type})`;
  return `${version} is in [${from}${until}${type}`;
}
