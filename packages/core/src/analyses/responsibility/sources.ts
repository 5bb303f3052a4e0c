/**
 * The documents contract clauses cite. `basis` says how far medrisk's authors could check them:
 * `primary` — read in full or in a verbatim extract; `secondary` — known from summaries and quotations
 * only; `unverified` — general knowledge not checked against the text for this release. Reliability
 * tags follow ../shared/docs/REQUIREMENTS.md (sources S4, S5, S7, S13, S15, S17–S21, S1).
 */
export type SourceBasis = 'primary' | 'secondary' | 'unverified';

export interface ClauseSourceDocument {
  /** How reports cite it inline. */
  readonly short: string;
  readonly title: string;
  readonly basis: SourceBasis;
  readonly note?: string;
}

export const CLAUSE_SOURCES = {
  // REQUIREMENTS S4: verbatim normative extract of the 2026 text and the full June 2025 text.
  'fda-premarket': {
    short: 'FDA premarket guidance (2026)',
    title:
      'FDA, Cybersecurity in Medical Devices: Quality Management System Considerations and Content of Premarket Submissions (3 Feb 2026)',
    basis: 'primary',
  },
  // S5: full text.
  'fda-postmarket': {
    short: 'FDA postmarket guidance (2016)',
    title: 'FDA, Postmarket Management of Cybersecurity in Medical Devices (Dec 2016)',
    basis: 'primary',
  },
  // S7: full text.
  playbook: {
    short: 'MITRE/MDIC threat-modeling playbook (2021)',
    title: 'MITRE and MDIC, Playbook for Threat Modeling Medical Devices (Nov 2021)',
    basis: 'primary',
  },
  // S19: repository content read directly.
  'csa-mitre-iot-medical-cloud': {
    short: 'CSA/MITRE IoT-Medical-Cloud',
    title:
      'CSA IoT Working Group and MITRE, IoT-Medical-Cloud (control-responsibility allocation across cloud provider, manufacturer, HDO, EHR vendor and patient; 2023)',
    basis: 'primary',
  },
  // S18: §3.6 read in full, the rest from its table of contents.
  'mdcg-2019-16': {
    short: 'MDCG 2019-16 rev.1',
    title: 'MDCG 2019-16 rev.1, Guidance on Cybersecurity for medical devices (Jul 2020)',
    basis: 'primary',
    note: '§3.6 read in full; §2.6 (joint responsibility) from the table of contents',
  },
  // S13.
  mds2: {
    short: 'MDS2 (ANSI/NEMA HN 1-2019)',
    title:
      'ANSI/NEMA HN 1-2019, Manufacturer Disclosure Statement for Medical Device Security (MDS2)',
    basis: 'secondary',
    note: 'section codes from secondary sources and IEC TR 80001-2-2; not checked against the NEMA workbook',
  },
  // S15.
  'iec-81001-5-1': {
    short: 'IEC 81001-5-1:2021',
    title:
      'IEC 81001-5-1:2021, Health software and health IT systems safety, effectiveness and security — Part 5-1: Security — Activities in the product life cycle',
    basis: 'secondary',
    note: 'clause 5.7.1 known from quotations',
  },
  // S20.
  'hscc-mc2': {
    short: 'HSCC MC2',
    title:
      'Health Sector Coordinating Council, Model Contract-language for Medtech Cybersecurity (MC2), v1 Mar 2022, v2 Nov 2025',
    basis: 'secondary',
    note: 'cited for its topics (shared responsibility, vulnerability management, lifecycle support); the clause wording here is medrisk’s own, not MC2 text',
  },
  // S17.
  'imdrf-n70': {
    short: 'IMDRF N70',
    title:
      'IMDRF/CYBER WG/N70, Principles and Practices for the Cybersecurity of Legacy Medical Devices (2023)',
    basis: 'secondary',
  },
  'imdrf-n73': {
    short: 'IMDRF N73',
    title:
      'IMDRF/CYBER WG/N73, Principles and Practices for Software Bill of Materials for Medical Device Cybersecurity (2023)',
    basis: 'secondary',
  },
  // S1: secondary summaries only.
  'mitre-2026': {
    short: 'MITRE evolving-technologies paper (2026)',
    title:
      'MITRE, Cybersecurity Risk Analysis for Medical Devices in the Era of Evolving Technologies (Apr 2026)',
    basis: 'secondary',
    note: 'known from summaries: SLAs, clear roles, resilient architecture and multi-region backups for cloud dependencies',
  },
  // S21.
  'mitre-regional-playbook': {
    short: 'MITRE regional incident playbook (2022)',
    title:
      'MITRE, Medical Device Cybersecurity Regional Incident Preparedness and Response Playbook v2.0 (Nov 2022)',
    basis: 'secondary',
  },
  hipaa: {
    short: '45 CFR 164.410 (HIPAA)',
    title: '45 CFR 164.410, HIPAA Breach Notification Rule: notification by a business associate',
    basis: 'unverified',
    note: 'without unreasonable delay and no later than 60 calendar days after discovery',
  },
  gdpr: {
    short: 'GDPR',
    title: 'Regulation (EU) 2016/679 (GDPR), Art. 33 and Chapter V',
    basis: 'unverified',
    note: 'controller notifies the supervisory authority within 72 hours; a processor notifies the controller without undue delay; Chapter V governs transfers outside the EEA',
  },
} as const satisfies Record<string, ClauseSourceDocument>;

export type ClauseSourceId = keyof typeof CLAUSE_SOURCES;

/** A citation: a document and, where known, its section. */
export interface ClauseCitation {
  readonly source: ClauseSourceId;
  readonly section?: string;
  /** When this section was checked less well than the document as a whole. */
  readonly basis?: SourceBasis;
}
