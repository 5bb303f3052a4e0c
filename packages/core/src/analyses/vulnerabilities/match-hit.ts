import type { Advisory, AffectedEntry } from '../../advisories/types.js';
import type { VersionScheme } from '../../versions/types.js';
import { describeDecision } from './decision.js';
import { claimOf, platformNote } from './entry-claim.js';
import { isAffected } from './events.js';
import type { MatchEvidence, UndecidedReason } from '../../findings/vulnerability.js';

/** One advisory that applies to a component, with why. */
export interface AdvisoryHit {
  readonly advisory: Advisory;
  readonly evidence: MatchEvidence;
  /** `fixed` events of the entry that matched. */
  readonly fixed: readonly string[];
}

/** An advisory whose entry names the component but whose version check could not decide. */
export interface AdvisoryUndecided {
  readonly advisory: Advisory;
  readonly reason: UndecidedReason;
  readonly detail: string;
}

/** What the entries of advisories that name a component say about its version. */
export class HitCollector {
  readonly hits: AdvisoryHit[] = [];
  private readonly undecided = new Map<string, AdvisoryUndecided>();

  /**
   * Checks one entry (already known to name the component) and records a hit or an undecided
   * answer. Returns true on a hit, so callers stop at the first entry that decides an advisory.
   */
  check(
    advisory: Advisory,
    entry: AffectedEntry,
    version: string,
    scheme: VersionScheme,
    evidence: Omit<MatchEvidence, 'decision' | 'scheme' | 'advisory'> & { readonly note?: string },
  ): boolean {
    if (!this.claims(advisory, entry)) return false;
    const result = isAffected(version, entry, scheme);
    if ('error' in result) {
      this.undecide(advisory, result.error, result.message);
      return false;
    }
    if (!result.affected) return false;
    const { note, ...rest } = evidence;
    this.hits.push({
      advisory,
      fixed: fixedOf(entry),
      evidence: {
        ...rest,
        advisory: advisory.id,
        scheme: scheme.id,
        decision: `${note ?? ''}${describeDecision(version, result.evidence)}${platformNote(entry)}`,
      },
    });
    return true;
  }

  /**
   * Records a hit decided by name alone (an advisory CPE with a specific version that covers the
   * component's CPE), unless the entry makes no claim or leaves the question open.
   */
  named(
    advisory: Advisory,
    entry: AffectedEntry,
    evidence: Omit<MatchEvidence, 'advisory'>,
  ): boolean {
    if (!this.claims(advisory, entry)) return false;
    this.hits.push({
      advisory,
      fixed: fixedOf(entry),
      evidence: {
        ...evidence,
        advisory: advisory.id,
        decision: `${evidence.decision}${platformNote(entry)}`,
      },
    });
    return true;
  }

  /** Withdrawn advisories are retractions; entries that are no claim or an open question stop here. */
  private claims(advisory: Advisory, entry: AffectedEntry): boolean {
    if (advisory.withdrawn !== undefined) return false;
    const claim = claimOf(entry);
    if (claim.kind === 'undecided') this.undecide(advisory, claim.reason, claim.detail);
    return claim.kind === 'versions';
  }

  private undecide(advisory: Advisory, reason: UndecidedReason, detail: string): void {
    if (!this.undecided.has(advisory.id))
      this.undecided.set(advisory.id, { advisory, reason, detail });
  }

  /** Undecided advisories that no other entry decided as a hit, in advisory-id order. */
  openQuestions(): AdvisoryUndecided[] {
    const hit = new Set(this.hits.map((h) => h.advisory.id));
    return [...this.undecided.values()]
      .filter((u) => !hit.has(u.advisory.id))
      .sort((a, b) => (a.advisory.id < b.advisory.id ? -1 : a.advisory.id > b.advisory.id ? 1 : 0));
  }
}

function fixedOf(entry: AffectedEntry): string[] {
  return entry.ranges.flatMap((r) => r.events.flatMap((e) => ('fixed' in e ? [e.fixed] : [])));
}
