import { decisionPoint } from '../define.js';

/*
 * Decision points of CISA's tables (CERTCC/SSVC e3b00a2: data/json/decision_points/cisa for KEV,
 * PE and MP; data/json/decision_points/ssvc for PWI and MWI).
 */

export const IN_KEV = decisionPoint({
  id: 'inKev',
  namespace: 'cisa',
  key: 'KEV',
  version: '1.0.0',
  name: 'In KEV',
  description: 'Is the vulnerability in CISA’s Known Exploited Vulnerabilities catalog?',
  values: [
    ['N', 'no', 'No', 'Not in KEV.'],
    ['Y', 'yes', 'Yes', 'Listed in KEV.'],
  ],
});

export const PUBLICLY_EXPOSED = decisionPoint({
  id: 'publiclyExposed',
  namespace: 'cisa',
  key: 'PE',
  version: '1.0.0',
  name: 'Publicly Exposed',
  description:
    'Can unauthenticated or untrusted parties reach the asset over public networks such as the internet?',
  values: [
    ['N', 'no', 'No', 'Not reachable by untrusted parties over public networks.'],
    ['Y', 'yes', 'Yes', 'Reachable by untrusted parties over public networks.'],
  ],
});

export const MISSION_PREVALENCE = decisionPoint({
  id: 'missionPrevalence',
  namespace: 'cisa',
  key: 'MP',
  version: '1.0.0',
  name: 'Mission Prevalence',
  description: 'How much mission essential functions (MEFs) depend on the vulnerable component.',
  values: [
    ['M', 'minimal', 'Minimal', 'Used, but neither provides nor materially supports an MEF.'],
    ['S', 'support', 'Support', 'Only supports MEFs, for two or more entities.'],
    ['E', 'essential', 'Essential', 'Directly provides at least one MEF for at least one entity.'],
  ],
});

export const PUBLIC_WELL_BEING_IMPACT = decisionPoint({
  id: 'publicWellBeingImpact',
  namespace: 'ssvc',
  key: 'PWI',
  version: '1.1.0',
  name: 'Public Well-Being Impact',
  description: 'Coarse impact on public well-being (physical, environmental, financial, mental).',
  values: [
    ['M', 'minimal', 'Minimal', 'Below every Material threshold.'],
    [
      'MA',
      'material',
      'Material',
      'Injury or distress to users, safety margins reduced or failed, or major externalities.',
    ],
    [
      'I',
      'irreversible',
      'Irreversible',
      'Multiple deaths likely, the cyber-physical system lost, or extreme externalities.',
    ],
  ],
});

/** Mission and Well-Being Impact 1.0.0: CISA's combination of MP and PWI. */
export const MISSION_AND_WELL_BEING_IMPACT = decisionPoint({
  id: 'missionAndWellBeingImpact',
  namespace: 'ssvc',
  key: 'MWI',
  version: '1.0.0',
  name: 'Mission and Well-Being Impact',
  description: 'Combined mission prevalence and public well-being impact (CISA coordinator).',
  values: [
    ['L', 'low', 'Low', 'Minimal mission prevalence and minimal well-being impact.'],
    [
      'M',
      'medium',
      'Medium',
      'Supporting mission prevalence with minimal or material well-being impact.',
    ],
    ['H', 'high', 'High', 'Essential mission prevalence or irreversible well-being impact.'],
  ],
});
