import { versToOsv } from '../../../versions/vers-ranges.js';
import { normalizeVers } from '../../../versions/vers.js';
import type { AffectedRange } from '../../types.js';
import { constraintsToEvents, parseConstraints, type Constraint } from '../constraints.js';

/** A `product_version_range` read as OSV ranges, or the reason it could not be read. */
export type ReadRange =
  | {
      readonly ok: true;
      readonly ranges: readonly AffectedRange[];
      readonly versions: readonly string[];
      readonly approximations: readonly string[];
    }
  | { readonly ok: false; readonly reason: string };

/**
 * CSAF 2.0 §3.1.2.3.2.2.x lets a range be written in vers (`vers:npm/>=1.0|<2.0`, `vers:all/*`)
 * or in vls (the same constraints without the `vers:<scheme>/` prefix: `>=2.9|<=4.1`). vers goes
 * through the vers module (versions/vers.ts), which orders constraints by the scheme and gives one
 * OSV range per interval. It refuses `>` and `!=`, which OSV cannot express; for those, and for
 * vls, the constraints are read in written order with the approximation written down (the
 * excluded version counts as affected). Advisories also write `<= 2.6A`, `< V4.2` and `0`; those
 * read as vls. Prose (`v6.x (with modules …)`) is not guessed at: the caller keeps the text.
 */
export function readVersionRange(text: string): ReadRange {
  const trimmed = text.trim();
  if (trimmed.toLowerCase().startsWith('vers:')) {
    const exact = versToOsv(trimmed);
    if (exact.ok) return { ok: true, ...exact.value, approximations: [] };
    const parsed = normalizeVers(trimmed);
    if (!parsed.ok)
      return { ok: false, reason: parsed.issues[0]?.message ?? `"${text}" is not a vers range` };
    const { constraints } = parsed.value;
    return fromConstraints(constraints === '*' ? [{ comparator: '*', version: '*' }] : constraints);
  }
  const constraints = parseConstraints(trimmed, '|');
  if (constraints === undefined) return { ok: false, reason: `"${text}" is neither vers nor vls` };
  return fromConstraints(constraints);
}

function fromConstraints(constraints: readonly Constraint[]): ReadRange {
  const { events, versions, approximations } = constraintsToEvents(constraints);
  return {
    ok: true,
    ranges: events.length > 0 ? [{ type: 'ECOSYSTEM', events }] : [],
    versions,
    approximations,
  };
}
