import type { CvssMetricDefinition } from '../types.js';

// Metric and value names and abbreviations from "A Complete Guide to the Common Vulnerability
// Scoring System Version 2.0" (FIRST, 2007), section 2 and the vector table of section 2.4.
// The one-line meanings are ours.

const notDefined = {
  id: 'ND',
  name: 'Not Defined',
  description: 'not assessed; the metric does not change the score',
} as const;

function impact(id: 'C' | 'I' | 'A', name: string, what: string): CvssMetricDefinition {
  return {
    id,
    name: `${name} Impact`,
    group: 'base',
    description: `how much a successful exploit affects the ${what} of the system`,
    values: [
      { id: 'N', name: 'None', description: `no impact on ${what}` },
      { id: 'P', name: 'Partial', description: `considerable but limited loss of ${what}` },
      { id: 'C', name: 'Complete', description: `total loss of ${what} for the whole system` },
    ],
  };
}

function requirement(id: 'CR' | 'IR' | 'AR', what: string): CvssMetricDefinition {
  return {
    id,
    name: `${what} Requirement`,
    group: 'environmental',
    description: `how much the organisation relies on the ${what.toLowerCase()} of the affected asset`,
    values: [
      { id: 'L', name: 'Low', description: `loss of ${what.toLowerCase()} has a limited effect` },
      {
        id: 'M',
        name: 'Medium',
        description: `loss of ${what.toLowerCase()} has a serious effect`,
      },
      {
        id: 'H',
        name: 'High',
        description: `loss of ${what.toLowerCase()} has a catastrophic effect`,
      },
      notDefined,
    ],
    notDefined: 'ND',
  };
}

/** The CVSS v2.0 metrics in the guide's vector order. */
export const V2_METRICS: readonly CvssMetricDefinition[] = [
  {
    id: 'AV',
    name: 'Access Vector',
    group: 'base',
    description: 'how the vulnerability is reached',
    values: [
      { id: 'L', name: 'Local', description: 'needs physical access or a local (shell) account' },
      {
        id: 'A',
        name: 'Adjacent Network',
        description: 'needs access to the broadcast or collision domain (same LAN, Bluetooth)',
      },
      { id: 'N', name: 'Network', description: 'exploitable remotely, across routed networks' },
    ],
  },
  {
    id: 'AC',
    name: 'Access Complexity',
    group: 'base',
    description: 'how hard the attack is once the target is reached',
    values: [
      { id: 'H', name: 'High', description: 'specialised conditions, rare configuration or race' },
      {
        id: 'M',
        name: 'Medium',
        description: 'somewhat specialised conditions or some user action',
      },
      { id: 'L', name: 'Low', description: 'no special conditions; works at will' },
    ],
  },
  {
    id: 'Au',
    name: 'Authentication',
    group: 'base',
    description: 'how many times the attacker must authenticate',
    values: [
      { id: 'M', name: 'Multiple', description: 'two or more authentications' },
      { id: 'S', name: 'Single', description: 'one authentication (logged in once)' },
      { id: 'N', name: 'None', description: 'no authentication needed' },
    ],
  },
  impact('C', 'Confidentiality', 'confidentiality'),
  impact('I', 'Integrity', 'integrity'),
  impact('A', 'Availability', 'availability'),
  {
    id: 'E',
    name: 'Exploitability',
    group: 'temporal',
    description: 'the state of exploit code and techniques',
    values: [
      {
        id: 'U',
        name: 'Unproven',
        description: 'no exploit code is known; exploitation is theoretical',
      },
      { id: 'POC', name: 'Proof-of-Concept', description: 'proof-of-concept code exists' },
      { id: 'F', name: 'Functional', description: 'working exploit code exists' },
      { id: 'H', name: 'High', description: 'exploit is autonomous or not needed (worm, manual)' },
      notDefined,
    ],
    notDefined: 'ND',
  },
  {
    id: 'RL',
    name: 'Remediation Level',
    group: 'temporal',
    description: 'what fix is available',
    values: [
      { id: 'OF', name: 'Official Fix', description: 'the vendor ships a complete fix' },
      {
        id: 'TF',
        name: 'Temporary Fix',
        description: 'the vendor offers a temporary fix or hotfix',
      },
      { id: 'W', name: 'Workaround', description: 'only an unofficial mitigation exists' },
      { id: 'U', name: 'Unavailable', description: 'no fix or workaround exists' },
      notDefined,
    ],
    notDefined: 'ND',
  },
  {
    id: 'RC',
    name: 'Report Confidence',
    group: 'temporal',
    description: 'how certain the existence and details of the vulnerability are',
    values: [
      { id: 'UC', name: 'Unconfirmed', description: 'a single unconfirmed source or rumours' },
      {
        id: 'UR',
        name: 'Uncorroborated',
        description: 'several unofficial sources, some conflict',
      },
      { id: 'C', name: 'Confirmed', description: 'acknowledged by the vendor or reproduced' },
      notDefined,
    ],
    notDefined: 'ND',
  },
  {
    id: 'CDP',
    name: 'Collateral Damage Potential',
    group: 'environmental',
    description: 'potential for loss of life, physical assets or revenue in this environment',
    values: [
      { id: 'N', name: 'None', description: 'no potential for physical or financial loss' },
      { id: 'L', name: 'Low', description: 'slight physical or property damage, or loss' },
      {
        id: 'LM',
        name: 'Low-Medium',
        description: 'moderate physical or property damage, or loss',
      },
      { id: 'MH', name: 'Medium-High', description: 'significant physical damage, injury or loss' },
      { id: 'H', name: 'High', description: 'catastrophic damage, injury or loss of life' },
      notDefined,
    ],
    notDefined: 'ND',
  },
  {
    id: 'TD',
    name: 'Target Distribution',
    group: 'environmental',
    description: 'the share of systems in this environment that are vulnerable',
    values: [
      { id: 'N', name: 'None', description: 'no target systems, or only in a lab' },
      { id: 'L', name: 'Low', description: 'up to 25% of the environment' },
      { id: 'M', name: 'Medium', description: '26% to 75% of the environment' },
      { id: 'H', name: 'High', description: '76% to 100% of the environment' },
      notDefined,
    ],
    notDefined: 'ND',
  },
  requirement('CR', 'Confidentiality'),
  requirement('IR', 'Integrity'),
  requirement('AR', 'Availability'),
];
