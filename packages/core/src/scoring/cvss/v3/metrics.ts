import type { CvssMetricDefinition, CvssValueDefinition } from '../types.js';

// Metric and value names and abbreviations from the CVSS v3.1 Specification Document (FIRST, 2019),
// sections 2–4 and Table 15 (the vector order); v3.0 (2015) defines the same metrics and values.
// The one-line meanings are ours.

const X: CvssValueDefinition = {
  id: 'X',
  name: 'Not Defined',
  description: 'not assessed; the metric does not change the score',
};

function impact(id: 'C' | 'I' | 'A', name: string, what: string): CvssMetricDefinition {
  return {
    id,
    name,
    group: 'base',
    description: `impact on the ${what} of the impacted component`,
    values: [
      { id: 'H', name: 'High', description: `total loss of ${what}, or a serious direct loss` },
      { id: 'L', name: 'Low', description: `some loss of ${what}, limited in extent or control` },
      { id: 'N', name: 'None', description: `no loss of ${what}` },
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
        description: 'needs the same local network or radio range (Bluetooth, Wi-Fi)',
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
    description: 'conditions beyond the attacker’s control that must exist',
    values: [
      { id: 'L', name: 'Low', description: 'no special conditions; repeatable at will' },
      {
        id: 'H',
        name: 'High',
        description: 'needs preparation or conditions the attacker cannot force',
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
      { id: 'R', name: 'Required', description: 'a user must act (open a file, click a link)' },
    ],
  },
  {
    id: 'S',
    name: 'Scope',
    group: 'base',
    description: 'whether the impact reaches beyond the vulnerable component’s security authority',
    values: [
      {
        id: 'U',
        name: 'Unchanged',
        description: 'only resources of the same authority are affected',
      },
      {
        id: 'C',
        name: 'Changed',
        description: 'components under another authority are affected too',
      },
    ],
  },
  impact('C', 'Confidentiality', 'confidentiality'),
  impact('I', 'Integrity', 'integrity'),
  impact('A', 'Availability', 'availability'),
];

const TEMPORAL: readonly CvssMetricDefinition[] = [
  {
    id: 'E',
    name: 'Exploit Code Maturity',
    group: 'temporal',
    description: 'the state of exploit techniques and code',
    values: [
      X,
      { id: 'H', name: 'High', description: 'autonomous exploit code exists, or none is needed' },
      { id: 'F', name: 'Functional', description: 'working exploit code exists' },
      { id: 'P', name: 'Proof-of-Concept', description: 'proof-of-concept code exists' },
      { id: 'U', name: 'Unproven', description: 'no exploit code is known' },
    ],
    notDefined: 'X',
  },
  {
    id: 'RL',
    name: 'Remediation Level',
    group: 'temporal',
    description: 'what fix is available',
    values: [
      X,
      { id: 'U', name: 'Unavailable', description: 'no fix is available' },
      { id: 'W', name: 'Workaround', description: 'only an unofficial mitigation exists' },
      { id: 'T', name: 'Temporary Fix', description: 'an official temporary fix exists' },
      { id: 'O', name: 'Official Fix', description: 'the vendor ships a complete fix' },
    ],
    notDefined: 'X',
  },
  {
    id: 'RC',
    name: 'Report Confidence',
    group: 'temporal',
    description: 'how certain the existence and details of the vulnerability are',
    values: [
      X,
      { id: 'C', name: 'Confirmed', description: 'reproduced, or acknowledged by the vendor' },
      {
        id: 'R',
        name: 'Reasonable',
        description: 'significant details published, cause not confirmed',
      },
      { id: 'U', name: 'Unknown', description: 'reports of impact only; the cause is unknown' },
    ],
    notDefined: 'X',
  },
];

function requirement(id: 'CR' | 'IR' | 'AR', what: string): CvssMetricDefinition {
  const lower = what.toLowerCase();
  return {
    id,
    name: `${what} Requirement`,
    group: 'environmental',
    description: `how much ${lower} of the affected asset matters to the organisation`,
    values: [
      X,
      { id: 'H', name: 'High', description: `loss of ${lower} has a catastrophic effect` },
      { id: 'M', name: 'Medium', description: `loss of ${lower} has a serious effect` },
      { id: 'L', name: 'Low', description: `loss of ${lower} has a limited effect` },
    ],
    notDefined: 'X',
  };
}

/** `MAV` from `AV`: the same values plus X, meaning "use the base value". */
function modified(base: CvssMetricDefinition): CvssMetricDefinition {
  return {
    id: `M${base.id}`,
    name: `Modified ${base.name}`,
    group: 'environmental',
    description: `${base.name} in this environment (overrides the base value)`,
    values: [{ ...X, description: `use the base ${base.id} value` }, ...base.values],
    notDefined: 'X',
  };
}

/** The CVSS v3.0 / v3.1 metrics in the order of Table 15. */
export const V3_METRICS: readonly CvssMetricDefinition[] = [
  ...BASE,
  ...TEMPORAL,
  requirement('CR', 'Confidentiality'),
  requirement('IR', 'Integrity'),
  requirement('AR', 'Availability'),
  ...BASE.map(modified),
];
