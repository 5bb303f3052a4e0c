import type { Issue } from '../../../common/issue.js';
import type { ParseResult } from '../../../common/result.js';
import type { HarmSeverity } from '../../../model/vocabulary.js';
import { MISSION_IMPACT, SAFETY_IMPACT } from '../points/index.js';
import type { SsvcSelection } from '../types.js';

/** A clinical function the vulnerable component serves or reaches, with its ISO 14971 severity. */
export interface FunctionHarm {
  readonly functionId: string;
  readonly severity: HarmSeverity;
  /** One event harms several patients at once (a shared component, a fleet-wide update). */
  readonly multiPatient?: boolean;
}

/**
 * ISO 14971 severity (FDA postmarket guidance VI.B wording) → SSVC Safety Impact 2.0.1 (IEC 61508
 * levels). Negligible and minor (no professional intervention) are SSVC's "minor injuries at
 * worst"; serious (needs professional intervention) is a "major injury", Marginal; critical
 * (permanent impairment or life-threatening) is taken as Critical, "loss of life", because a
 * life-threatening injury can end one — the cautious reading; catastrophic (death) is Critical for
 * one patient and Catastrophic ("multiple loss of life") only when several are harmed at once.
 */
const SAFETY_OF_SEVERITY: Readonly<Record<HarmSeverity, readonly [single: string, many: string]>> =
  {
    negligible: ['negligible', 'negligible'],
    minor: ['negligible', 'negligible'],
    serious: ['marginal', 'marginal'],
    critical: ['critical', 'critical'],
    catastrophic: ['critical', 'catastrophic'],
  };

/** SSVC Safety Impact from the worst clinical function reached; the reason names it. */
export function deriveSafetyImpact(harms: readonly FunctionHarm[]): ParseResult<SsvcSelection> {
  const rank = (value: string): number => SAFETY_IMPACT.values.findIndex((v) => v.id === value);
  let worst: { value: string; harm: FunctionHarm } | undefined;
  for (const harm of harms) {
    const [single, many] = SAFETY_OF_SEVERITY[harm.severity];
    const value = harm.multiPatient === true ? many : single;
    if (worst === undefined || rank(value) > rank(worst.value)) worst = { value, harm };
  }
  if (worst === undefined)
    return missing('harms', 'no clinical function given: safety impact cannot be derived');
  const { value, harm } = worst;
  const many = harm.multiPatient === true ? ', several patients at once' : '';
  return {
    ok: true,
    value: {
      value,
      source: 'derived',
      reason: `clinical function ${harm.functionId}: ISO 14971 severity ${harm.severity}${many} → SSVC ${value}`,
    },
    issues: [],
  };
}

/** How a clinical function matters to the deployer's mission of delivering patient care. */
export const CLINICAL_ROLES = ['essential', 'supporting', 'non-essential'] as const;
export type ClinicalRole = (typeof CLINICAL_ROLES)[number];

export interface FunctionRole {
  readonly functionId: string;
  /**
   * `essential`: the function is care itself (therapy delivery, an alarm, a diagnosis);
   * `supporting`: it supports such a function (remote monitoring, a worklist, dose records);
   * `non-essential`: convenience, reporting, analytics.
   */
  readonly role: ClinicalRole;
  /** Its loss stops care for many patients at once (a central station, a shared cloud service). */
  readonly multiPatient?: boolean;
}

const MISSION_OF_ROLE: Readonly<Record<ClinicalRole, readonly [single: string, many: string]>> = {
  'non-essential': ['degraded', 'degraded'],
  supporting: ['mef-support-crippled', 'mef-support-crippled'],
  essential: ['mef-failure', 'mission-failure'],
};

/**
 * SSVC Mission Impact 2.0.0, taking patient care as the deployer's mission and its clinical
 * functions as the mission essential functions (MEFs): losing a non-essential function degrades;
 * losing a supporting one cripples MEF support; losing an essential one is an MEF failure, and a
 * mission failure when many patients lose it at once. The worst function decides.
 */
export function deriveMissionImpact(roles: readonly FunctionRole[]): ParseResult<SsvcSelection> {
  const rank = (value: string): number => MISSION_IMPACT.values.findIndex((v) => v.id === value);
  let worst: { value: string; role: FunctionRole } | undefined;
  for (const role of roles) {
    const [single, many] = MISSION_OF_ROLE[role.role];
    const value = role.multiPatient === true ? many : single;
    if (worst === undefined || rank(value) > rank(worst.value)) worst = { value, role };
  }
  if (worst === undefined)
    return missing('roles', 'no clinical function given: mission impact cannot be derived');
  const { value, role } = worst;
  const many = role.multiPatient === true ? ' for many patients at once' : '';
  return {
    ok: true,
    value: {
      value,
      source: 'derived',
      reason: `clinical function ${role.functionId} is ${role.role}${many} → SSVC ${value}`,
    },
    issues: [],
  };
}

function missing(field: string, message: string): ParseResult<SsvcSelection> {
  const issue: Issue = { code: 'missing-field', severity: 'error', path: [field], message };
  return { ok: false, issues: [issue] };
}
