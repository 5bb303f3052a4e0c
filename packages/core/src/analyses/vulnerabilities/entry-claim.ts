import type { AffectedEntry } from '../../advisories/types.js';
import type { UndecidedReason } from '../../findings/vulnerability.js';

/** What an advisory entry claims about the product it names, before any version is compared. */
export type EntryClaim =
  | { readonly kind: 'versions' }
  | { readonly kind: 'not-a-claim' }
  | { readonly kind: 'undecided'; readonly reason: UndecidedReason; readonly detail: string };

/**
 * CSAF product statuses other than affected and fixed are kept by the converter as entries with
 * no ranges (so the statement stays visible); read literally, an entry with no ranges would claim
 * every version. Here they become what they are: no claim (not affected, recommended) or an open
 * question (under investigation). A range the converter could not read (prose) is undecided.
 */
export function claimOf(entry: AffectedEntry): EntryClaim {
  const status = entry.extra?.status;
  if (status === 'known_not_affected' || status === 'recommended') return { kind: 'not-a-claim' };
  if (status === 'under_investigation')
    return {
      kind: 'undecided',
      reason: 'under-investigation',
      detail:
        'the advisory says the vendor is still investigating whether this product is affected',
    };
  const unreadable = entry.extra?.unreadableRange;
  if (typeof unreadable === 'string')
    return {
      kind: 'undecided',
      reason: 'unreadable-range',
      detail: `the advisory's version range could not be read (${unreadable}); check it by hand`,
    };
  return { kind: 'versions' };
}

/** `extra.platformCpes` (NVD "running on/with"): the hardware or OS the product must run on. */
export function platformNote(entry: AffectedEntry): string {
  const platforms = entry.extra?.platformCpes;
  if (!Array.isArray(platforms) || platforms.length === 0) return '';
  return `; only when running on ${platforms.filter((p) => typeof p === 'string').join(' or ')}`;
}
