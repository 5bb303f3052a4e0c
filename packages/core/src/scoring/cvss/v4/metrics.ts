import type { CvssMetricDefinition, CvssValueDefinition } from '../types.js';
import { V4_SUPPLEMENTAL } from './supplemental.js';

// Metric and value names and abbreviations from the CVSS v4.0 Specification Document (FIRST,
// November 2023), sections 2–5 and Table 23 (the required vector order). The one-line meanings are
// ours; `scoring/cvss/v4/README.md` quotes the defaults (E:X = Attacked, CR/IR/AR:X = High).

function notDefined(description: string): CvssValueDefinition {
  return { id: 'X', name: 'Not Defined', description };
}

function impact(
  id: string,
  name: string,
  system: 'vulnerable' | 'subsequent',
  what: string,
): CvssMetricDefinition {
  const where = system === 'vulnerable' ? 'the vulnerable system' : 'systems beyond it';
  return {
    id,
    name,
    group: 'base',
    description: `impact on the ${what} of ${where}`,
    values: [
      { id: 'H', name: 'High', description: `total loss of ${what}, or a serious direct loss` },
      { id: 'L', name: 'Low', description: `some loss of ${what}, limited in extent or control` },
      { id: 'N', name: 'None', description: `no loss of ${what} in ${where}` },
    ],
  };
}

const BASE: readonly CvssMetricDefinition[] = [
  {
    id: 'AV',
    name: 'Attack Vector',
    group: 'base',
    description: 'how remote the attacker can be',
    values: [
      {
        id: 'N',
        name: 'Network',
        description: 'exploitable remotely across routed networks, up to the Internet',
      },
      {
        id: 'A',
        name: 'Adjacent',
        description: 'needs the same local network or radio range (Bluetooth, NFC, Wi-Fi)',
      },
      {
        id: 'L',
        name: 'Local',
        description: 'needs local access (console, SSH) or a user to open something',
      },
      { id: 'P', name: 'Physical', description: 'needs physical contact with the device' },
    ],
  },
  {
    id: 'AC',
    name: 'Attack Complexity',
    group: 'base',
    description: 'built-in defences the attacker must actively evade',
    values: [
      { id: 'L', name: 'Low', description: 'no security measure to circumvent' },
      {
        id: 'H',
        name: 'High',
        description: 'must defeat defences such as ASLR or obtain target secrets',
      },
    ],
  },
  {
    id: 'AT',
    name: 'Attack Requirements',
    group: 'base',
    description: 'deployment or execution conditions the attack depends on',
    values: [
      { id: 'N', name: 'None', description: 'works regardless of deployment and state' },
      {
        id: 'P',
        name: 'Present',
        description: 'needs a race to be won, a particular configuration or an on-path position',
      },
    ],
  },
  {
    id: 'PR',
    name: 'Privileges Required',
    group: 'base',
    description: 'privileges the attacker needs before the attack',
    values: [
      { id: 'N', name: 'None', description: 'unauthenticated' },
      { id: 'L', name: 'Low', description: 'basic user privileges' },
      { id: 'H', name: 'High', description: 'administrative privileges' },
    ],
  },
  {
    id: 'UI',
    name: 'User Interaction',
    group: 'base',
    description: 'whether a person other than the attacker must take part',
    values: [
      { id: 'N', name: 'None', description: 'no user action needed' },
      {
        id: 'P',
        name: 'Passive',
        description: 'limited, involuntary action (visiting a page, viewing a file)',
      },
      {
        id: 'A',
        name: 'Active',
        description: 'conscious action by a user (installing, dismissing warnings)',
      },
    ],
  },
  impact('VC', 'Vulnerable System Confidentiality', 'vulnerable', 'confidentiality'),
  impact('VI', 'Vulnerable System Integrity', 'vulnerable', 'integrity'),
  impact('VA', 'Vulnerable System Availability', 'vulnerable', 'availability'),
  impact('SC', 'Subsequent System Confidentiality', 'subsequent', 'confidentiality'),
  impact('SI', 'Subsequent System Integrity', 'subsequent', 'integrity'),
  impact('SA', 'Subsequent System Availability', 'subsequent', 'availability'),
];

const THREAT: CvssMetricDefinition = {
  id: 'E',
  name: 'Exploit Maturity',
  group: 'threat',
  description: 'how likely the vulnerability is to be attacked, from threat intelligence',
  values: [
    notDefined('no threat intelligence; scored as Attacked, the worst case'),
    {
      id: 'A',
      name: 'Attacked',
      description: 'attacks have been reported, or easy-to-use exploit tools exist',
    },
    { id: 'P', name: 'POC', description: 'a proof-of-concept is public; no attack reported' },
    { id: 'U', name: 'Unreported', description: 'no proof-of-concept and no attack known' },
  ],
  notDefined: 'X',
};

function requirement(id: 'CR' | 'IR' | 'AR', what: string): CvssMetricDefinition {
  const lower = what.toLowerCase();
  return {
    id,
    name: `${what} Requirement`,
    group: 'environmental',
    description: `how much ${lower} of the affected system matters to the user’s organisation`,
    values: [
      notDefined('not assessed; scored as High, the worst case'),
      { id: 'H', name: 'High', description: `loss of ${lower} has a catastrophic effect` },
      { id: 'M', name: 'Medium', description: `loss of ${lower} has a serious effect` },
      { id: 'L', name: 'Low', description: `loss of ${lower} has a limited effect` },
    ],
    notDefined: 'X',
  };
}

const NEGLIGIBLE: CvssValueDefinition = {
  id: 'N',
  name: 'Negligible',
  description: 'negligible impact on subsequent systems',
};
const SAFETY: CvssValueDefinition = {
  id: 'S',
  name: 'Safety',
  description: 'exploitation can injure people (IEC 61508 "marginal" or worse)',
};

/**
 * `MAV` from `AV`. The modified subsequent-system metrics rename None to Negligible, and MSI and
 * MSA add Safety (specification, Environmental Metrics).
 */
function modified(base: CvssMetricDefinition): CvssMetricDefinition {
  const subsequent = base.id.startsWith('S');
  const values = base.values.map((v) => (subsequent && v.id === 'N' ? NEGLIGIBLE : v));
  const safety = base.id === 'SI' || base.id === 'SA' ? [SAFETY] : [];
  return {
    id: `M${base.id}`,
    name: `Modified ${base.name}`,
    group: 'environmental',
    description: `${base.name} in this environment (overrides the base value)`,
    values: [notDefined(`use the base ${base.id} value`), ...safety, ...values],
    notDefined: 'X',
  };
}

/** The CVSS v4.0 metrics in the order of Table 23, which vectors must follow. */
export const V4_METRICS: readonly CvssMetricDefinition[] = [
  ...BASE,
  THREAT,
  requirement('CR', 'Confidentiality'),
  requirement('IR', 'Integrity'),
  requirement('AR', 'Availability'),
  ...BASE.map(modified),
  ...V4_SUPPLEMENTAL,
];
