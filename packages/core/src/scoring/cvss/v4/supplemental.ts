import type { CvssMetricDefinition, CvssValueDefinition } from '../types.js';

// CVSS v4.0 Specification Document, Supplemental Metrics: extrinsic attributes of a vulnerability
// that consumers may act on but that have no effect on the CVSS-BTE score. The one-line meanings
// are ours.

const X: CvssValueDefinition = {
  id: 'X',
  name: 'Not Defined',
  description: 'not stated by the provider',
};

/** The supplemental metrics in Table 23 order; parsed and reported, never scored. */
export const V4_SUPPLEMENTAL: readonly CvssMetricDefinition[] = [
  {
    id: 'S',
    name: 'Safety',
    group: 'supplemental',
    description: 'whether exploitation can affect human safety (IEC 61508 consequence categories)',
    values: [
      X,
      {
        id: 'N',
        name: 'Negligible',
        description: 'consequences are at most IEC 61508 "negligible"',
      },
      {
        id: 'P',
        name: 'Present',
        description: 'consequences meet IEC 61508 "marginal", "critical" or "catastrophic"',
      },
    ],
    notDefined: 'X',
  },
  {
    id: 'AU',
    name: 'Automatable',
    group: 'supplemental',
    description: 'whether an attacker can automate the kill chain across many targets',
    values: [
      X,
      { id: 'N', name: 'No', description: 'at least one attack step cannot be reliably automated' },
      { id: 'Y', name: 'Yes', description: 'every attack step can be automated (wormable)' },
    ],
    notDefined: 'X',
  },
  {
    id: 'R',
    name: 'Recovery',
    group: 'supplemental',
    description: 'how the system recovers its availability after an attack',
    values: [
      X,
      { id: 'A', name: 'Automatic', description: 'recovers by itself' },
      { id: 'U', name: 'User', description: 'needs manual intervention to recover' },
      { id: 'I', name: 'Irrecoverable', description: 'cannot be recovered by the user' },
    ],
    notDefined: 'X',
  },
  {
    id: 'V',
    name: 'Value Density',
    group: 'supplemental',
    description: 'resources the attacker controls with one successful exploit',
    values: [
      X,
      { id: 'D', name: 'Diffuse', description: 'limited resources (a single device or account)' },
      {
        id: 'C',
        name: 'Concentrated',
        description: 'rich resources (a server holding many records)',
      },
    ],
    notDefined: 'X',
  },
  {
    id: 'RE',
    name: 'Vulnerability Response Effort',
    group: 'supplemental',
    description: 'how hard it is for users to respond to the vulnerability',
    values: [
      X,
      {
        id: 'L',
        name: 'Low',
        description: 'minimal effort: documentation or a configuration change',
      },
      { id: 'M', name: 'Moderate', description: 'some effort and possibly minimal service impact' },
      {
        id: 'H',
        name: 'High',
        description: 'significant effort, possibly extended downtime or replacement',
      },
    ],
    notDefined: 'X',
  },
  {
    id: 'U',
    name: 'Provider Urgency',
    group: 'supplemental',
    description: 'the urgency the product provider assigns (best set by the penultimate provider)',
    values: [
      X,
      { id: 'Clear', name: 'Clear', description: 'informational only, or no urgency' },
      { id: 'Green', name: 'Green', description: 'reduced urgency' },
      { id: 'Amber', name: 'Amber', description: 'moderate urgency' },
      { id: 'Red', name: 'Red', description: 'the highest urgency' },
    ],
    notDefined: 'X',
  },
];
