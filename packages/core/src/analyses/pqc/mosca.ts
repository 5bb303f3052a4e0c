import type { AlgorithmInfo } from '../../model/algorithms.js';
import { SENSITIVE_DATA, type CryptoPurpose } from '../../model/vocabulary.js';
import { NIST_DEPRECATED_AFTER, NIST_DISALLOWED_AFTER } from './data/milestones.js';
import type { PqcScenario } from './scenario.js';
import type { CryptoUse } from './types.js';

/** Purposes whose loss discloses (harvest now, decrypt later); the others allow forgery. */
const CONFIDENTIALITY: readonly CryptoPurpose[] = [
  'tls-key-exchange',
  'key-establishment',
  'key-wrapping',
  'pairing',
  'data-in-transit',
  'data-at-rest',
];

export function protectsConfidentiality(use: CryptoUse): boolean {
  if (use.purpose === 'other') return use.info.kind !== 'signature' && use.info.kind !== 'mac';
  return CONFIDENTIALITY.includes(use.purpose);
}

/** The year by which NIST IR 8547 (ipd) wants the algorithm gone, or now for deprecated ones. */
export interface Deadline {
  readonly year?: number;
  readonly basis: string;
}

export function regulatoryDeadline(
  info: AlgorithmInfo,
  scenario: PqcScenario,
): Deadline | undefined {
  if (info.deprecated !== undefined)
    return {
      ...(scenario.asOf === undefined ? {} : { year: scenario.asOf.year }),
      basis: `deprecated now: ${info.deprecated}`,
    };
  if (info.quantum !== 'vulnerable') return undefined;
  if (info.securityBits === undefined)
    return {
      year: NIST_DEPRECATED_AFTER,
      basis: `NIST IR 8547 ipd: quantum-vulnerable at 112-bit strength deprecated after ${String(NIST_DEPRECATED_AFTER)} (the name states no key size or curve, so the earlier date is taken)`,
    };
  return info.securityBits <= 112
    ? {
        year: NIST_DEPRECATED_AFTER,
        basis: `NIST IR 8547 ipd: ${String(info.securityBits)}-bit quantum-vulnerable algorithms deprecated after ${String(NIST_DEPRECATED_AFTER)}, disallowed after ${String(NIST_DISALLOWED_AFTER)}`,
      }
    : {
        year: NIST_DISALLOWED_AFTER,
        basis: `NIST IR 8547 ipd: quantum-vulnerable algorithms disallowed after ${String(NIST_DISALLOWED_AFTER)} (${String(info.securityBits)}-bit strength)`,
      };
}

export interface MoscaAssessment {
  readonly result: 'at-risk' | 'not-at-risk' | 'undetermined' | 'not-applicable';
  /** X: years the protection must hold after the last data is protected or signature accepted. */
  readonly x?: { readonly years: number; readonly basis: string; readonly lowerBound: boolean };
  /** The year the use stops being relied on; Y is it minus the analysis year. */
  readonly until?: { readonly year: number; readonly basis: string; readonly assumed: boolean };
  readonly y?: number;
  readonly z?: number;
  /** `until + X`: the last year the protection must hold. */
  readonly mustHoldUntil?: number;
  readonly reason: string;
}

/**
 * Mosca's inequality, at risk when X + Y > Z, in calendar years: the use is relied on until
 * `until` (Y years from the analysis date), what it protects then must hold X more years, and a
 * CRQC is assumed in year Z. Counting in years removes the analysis date from the verdict (it only
 * shows Y and Z as distances). An X that is only a lower bound can prove a risk, never its absence.
 */
export function mosca(use: CryptoUse, scenario: PqcScenario): MoscaAssessment {
  if (use.info.quantum !== 'vulnerable')
    return { result: 'not-applicable', reason: notApplicable(use.info) };
  const x = protectionYears(use, scenario);
  const until = reliedUntil(use, scenario);
  if (until === undefined) return { result: 'undetermined', x, reason: scenario.serviceEnd.basis };
  const mustHoldUntil = until.year + x.years;
  const z = scenario.crqc.year;
  const asOf = scenario.asOf?.year;
  const distances = asOf === undefined ? {} : { y: until.year - asOf, z: z - asOf };
  const atRisk = mustHoldUntil > z;
  const result = atRisk ? 'at-risk' : x.lowerBound ? 'undetermined' : 'not-at-risk';
  const reason = atRisk
    ? `relied on until ${String(until.year)} and must hold ${String(x.years)}${x.lowerBound ? '+' : ''} more years, to ${String(mustHoldUntil)}: past the CRQC estimate ${String(z)}`
    : x.lowerBound
      ? `relied on until ${String(until.year)}; how long the data must stay confidential is not declared, so whether it outlasts ${String(z)} cannot be decided`
      : `must hold until ${String(mustHoldUntil)}, not past the CRQC estimate ${String(z)}`;
  return { result, x, until, ...distances, mustHoldUntil, reason };
}

function notApplicable(info: AlgorithmInfo): string {
  switch (info.quantum) {
    case 'post-quantum':
      return 'post-quantum algorithm';
    case 'hybrid':
      return 'hybrid: holds while its post-quantum part holds';
    case 'symmetric':
      return 'symmetric: not broken by Shor’s algorithm (Grover’s at most halves the key-search exponent)';
    case 'not-cryptographic':
      return 'not cryptographic';
    default:
      return 'the algorithm is not recognised: name it so it can be judged';
  }
}

function protectionYears(use: CryptoUse, scenario: PqcScenario): NonNullable<MoscaAssessment['x']> {
  if (use.protectionYears !== undefined)
    return {
      years: use.protectionYears,
      basis: `${use.paths[0] ?? use.id}: protectionYears`,
      lowerBound: false,
    };
  if (!protectsConfidentiality(use))
    return {
      years: 0,
      basis:
        'a signature or MAC only has to hold while verifiers accept the key (declare protectionYears for signed records that must prove authenticity later)',
      lowerBound: false,
    };
  const declared = use.data.flatMap((d) => {
    const years = scenario.confidentialityYears[d];
    return years === undefined ? [] : [{ d, years }];
  });
  const missing = use.data.filter(
    (d) => SENSITIVE_DATA.includes(d) && scenario.confidentialityYears[d] === undefined,
  );
  const longest = declared.reduce((max, e) => (e.years > max.years ? e : max), { d: '', years: 0 });
  const parts = [
    ...(declared.length > 0
      ? [`${longest.d}: ${String(longest.years)} years (risk.quantum.confidentialityYears)`]
      : []),
    ...(missing.length > 0 ? [`not declared for ${missing.join(', ')}`] : []),
    ...(use.data.length === 0 ? ['the use names no data'] : []),
  ];
  return {
    years: longest.years,
    basis: parts.join('; ') || 'no sensitive data: nothing to keep confidential after transfer',
    lowerBound: missing.length > 0 || use.data.length === 0,
  };
}

function reliedUntil(use: CryptoUse, scenario: PqcScenario): MoscaAssessment['until'] {
  const end = scenario.serviceEnd.year;
  const cap = (u: NonNullable<MoscaAssessment['until']>): NonNullable<MoscaAssessment['until']> =>
    end !== undefined && end < u.year
      ? {
          year: end,
          basis: `${u.basis}; the last device leaves service in ${String(end)}`,
          assumed: u.assumed,
        }
      : u;
  if (use.migration?.targetYear !== undefined)
    return cap({
      year: use.migration.targetYear,
      basis: 'the declared migration target',
      assumed: false,
    });
  if (use.fieldUpdatable?.value === 'no')
    return end === undefined
      ? undefined
      : {
          year: end,
          basis: `cannot be replaced in the field (${use.fieldUpdatable.basis}): relied on until the end of service`,
          assumed: false,
        };
  if (scenario.migrationYears !== undefined && scenario.asOf !== undefined)
    return cap({
      year: scenario.asOf.year + Math.ceil(scenario.migrationYears),
      basis: `risk.quantum.migrationYears ${String(scenario.migrationYears)} from ${String(scenario.asOf.year)}`,
      assumed: false,
    });
  const deadline = regulatoryDeadline(use.info, scenario);
  if (deadline?.year === undefined)
    return end === undefined
      ? undefined
      : { year: end, basis: 'the end of service', assumed: true };
  return cap({
    year: deadline.year,
    basis: `assumed: migrated by the NIST IR 8547 deadline ${String(deadline.year)} (no plan declared)`,
    assumed: true,
  });
}
