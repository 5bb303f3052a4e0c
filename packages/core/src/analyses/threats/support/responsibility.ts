import type { ModelQuery } from '../../../model/query/index.js';
import type { Stakeholder } from '../../../model/types.js';
import { LAY_ROLES } from '../../../model/vocabulary.js';

/**
 * Wording that leans on a generic environmental control instead of naming threats and who acts:
 * the "device must be on a secure network" assumption the MITRE/MDIC playbook (§2.5) calls an
 * insidious, silent transfer of risk. Kept short on purpose; each entry is a whole phrase.
 */
const GENERIC_ENVIRONMENT_PHRASES: readonly RegExp[] = [
  /\b(secure|secured|trusted|protected|private|isolated|closed|segmented) (hospital |clinical |local |home )?network\b/i,
  /\bnetwork segmentation\b/i,
  /\bfirewall(s|ed)?\b/i,
  /\bvpn\b/i,
  /\bair[- ]?gap(ped)?\b/i,
  /\bphysically (secure|secured|protected)\b/i,
  /\b(secure|trusted|controlled) (environment|location|facility|area|room)\b/i,
];

/** The generic environmental phrase the text relies on, as written, or undefined. */
export function genericEnvironmentPhrase(text: string): string | undefined {
  for (const phrase of GENERIC_ENVIRONMENT_PHRASES) {
    const match = phrase.exec(text);
    if (match !== null) return match[0];
  }
  return undefined;
}

/** The stakeholder when its role is patient or caregiver (FDA VI.A: users without security skills). */
export function layStakeholder(id: string | undefined, query: ModelQuery): Stakeholder | undefined {
  const stakeholder = id === undefined ? undefined : query.stakeholder(id);
  return stakeholder !== undefined && LAY_ROLES.includes(stakeholder.role)
    ? stakeholder
    : undefined;
}
