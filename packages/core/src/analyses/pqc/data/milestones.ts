/**
 * Dates the post-quantum analysis measures against, each with its source and how sure we are of it
 * (`status`). Written from REQUIREMENTS.md C1/C10 and the documents they name; where those are
 * secondary sources the entry says so, and docs/pqc.md lists what to verify.
 */
export interface Milestone {
  readonly id: string;
  /** The calendar year the milestone ends (e.g. "deprecated after 2030" → 2030). */
  readonly year: number;
  readonly label: string;
  readonly source: string;
  /** `final`: a published standard; `draft`: an initial public draft; `secondary`: read in secondary sources only. */
  readonly status: 'final' | 'draft' | 'secondary';
  /** Applies to National Security Systems only (CNSA 2.0): a reference, never a deadline for devices. */
  readonly scope: 'all' | 'national-security-systems' | 'eu';
  /**
   * What REQUIREMENTS.md C10 / part D marks "verify" for this date and we could not re-check against
   * the primary text; absent when the date was not flagged. Reports print it next to the date.
   */
  readonly unverified?: string;
}

const IR8547_STATUS =
  'the status of NIST IR 8547 is unclear in our sources (initial public draft Nov 2024; one source says final in 2025): check the current text before relying on the dates';
const CNSA_TABLE =
  'the CNSA 2.0 timeline comes from secondary sources (REQUIREMENTS.md C10, partly from memory): check the NSA CNSA 2.0 FAQ before relying on it';

export const NIST_DEPRECATED_AFTER = 2030;
export const NIST_DISALLOWED_AFTER = 2035;

export const MILESTONES: readonly Milestone[] = [
  {
    id: 'nist-ir-8547-deprecated',
    year: NIST_DEPRECATED_AFTER,
    label: 'NIST IR 8547: 112-bit quantum-vulnerable algorithms deprecated after 2030',
    source:
      'NIST IR 8547 initial public draft (Nov 2024): algorithms at 112-bit security strength (RSA-2048, 2048-bit DH, 224-bit curves) deprecated after 2030',
    status: 'draft',
    scope: 'all',
    unverified: IR8547_STATUS,
  },
  {
    id: 'nist-ir-8547-disallowed',
    year: NIST_DISALLOWED_AFTER,
    label: 'NIST IR 8547: all quantum-vulnerable public-key algorithms disallowed after 2035',
    source:
      'NIST IR 8547 initial public draft (Nov 2024); NSM-10 goal of 2035 for US federal systems',
    status: 'draft',
    scope: 'all',
    unverified: IR8547_STATUS,
  },
  {
    id: 'cnsa2-signing',
    year: 2030,
    label: 'CNSA 2.0: software and firmware signing with LMS/XMSS exclusively by 2030',
    source:
      'NSA CNSA 2.0 (Sep 2022, updated Dec 2024), via REQUIREMENTS.md C10 (secondary sources)',
    status: 'secondary',
    scope: 'national-security-systems',
    unverified: CNSA_TABLE,
  },
  {
    id: 'cnsa2-networking',
    year: 2030,
    label: 'CNSA 2.0: traditional networking equipment (VPNs, routers) exclusively by 2030',
    source: 'NSA CNSA 2.0, via REQUIREMENTS.md C10 (secondary sources)',
    status: 'secondary',
    scope: 'national-security-systems',
    unverified: CNSA_TABLE,
  },
  {
    id: 'cnsa2-web-cloud',
    year: 2033,
    label: 'CNSA 2.0: web browsers, servers and cloud services exclusively by 2033',
    source: 'NSA CNSA 2.0, via REQUIREMENTS.md C10 (secondary sources)',
    status: 'secondary',
    scope: 'national-security-systems',
    unverified: CNSA_TABLE,
  },
  {
    id: 'cnsa2-niche',
    year: 2033,
    label: 'CNSA 2.0: niche (constrained) equipment and custom or legacy applications by 2033',
    source: 'NSA CNSA 2.0, via REQUIREMENTS.md C10 (secondary sources)',
    status: 'secondary',
    scope: 'national-security-systems',
    unverified: CNSA_TABLE,
  },
  {
    id: 'cnsa2-operating-systems',
    year: 2033,
    label: 'CNSA 2.0: operating systems exclusively by 2033',
    source: 'NSA CNSA 2.0, via REQUIREMENTS.md C10 (secondary sources)',
    status: 'secondary',
    scope: 'national-security-systems',
    unverified: CNSA_TABLE,
  },
  {
    id: 'cnsa2-all-nss',
    year: 2035,
    label: 'NSM-10 / CNSA 2.0: all National Security Systems quantum-resistant by 2035',
    source: 'NSM-10 (4 May 2022) and NSA CNSA 2.0, via REQUIREMENTS.md C1/C10 (secondary sources)',
    status: 'secondary',
    scope: 'national-security-systems',
  },
  {
    id: 'eu-roadmap-high-risk',
    year: 2030,
    label: 'EU coordinated roadmap: high-risk use cases migrated by the end of 2030',
    source: 'NIS Cooperation Group roadmap (2025), via REQUIREMENTS.md C10 (secondary source)',
    status: 'secondary',
    scope: 'eu',
    unverified: 'read in one secondary source (a Medcrypt article), not in the roadmap itself',
  },
  {
    id: 'eu-roadmap-all',
    year: 2035,
    label: 'EU coordinated roadmap: medium- and low-risk use cases migrated by 2035',
    source: 'NIS Cooperation Group roadmap (2025), via REQUIREMENTS.md C10 (secondary source)',
    status: 'secondary',
    scope: 'eu',
    unverified: 'read in one secondary source (a Medcrypt article), not in the roadmap itself',
  },
];

/**
 * Default year of a cryptographically relevant quantum computer (Mosca's Z), used when neither the
 * model (`risk.quantum.crqcYear`) nor the command line (`--years-to-crqc`) gives one.
 */
export const DEFAULT_CRQC = {
  year: 2039,
  source:
    'medrisk default: 15 years after the Global Risk Institute Quantum Threat Timeline Report 2024 (Mosca and Piani, Dec 2024), around which the surveyed experts on average put the likelihood of a CRQC above one half. Expert opinion, not a forecast; the figure is our reading of the report and was not re-checked against its text here.',
} as const;
