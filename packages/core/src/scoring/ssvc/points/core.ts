import { decisionPoint } from '../define.js';

/*
 * The SSVC decision points used by the deployer and supplier tables, at the versions those tables
 * pin (CERTCC/SSVC e3b00a2, data/json/decision_points/ssvc). Keys, names and versions are the
 * standard's; descriptions are ours.
 */

/** Exploitation 1.1.0. Since 1.1.0, `P` means a *public* PoC (1.0.0 also counted private ones). */
export const EXPLOITATION = decisionPoint({
  id: 'exploitation',
  namespace: 'ssvc',
  key: 'E',
  version: '1.1.0',
  name: 'Exploitation',
  description: 'How far exploitation of the vulnerability has got today.',
  values: [
    [
      'N',
      'none',
      'None',
      'No evidence of exploitation in the wild and no public proof of concept.',
    ],
    [
      'P',
      'public-poc',
      'Public PoC',
      'A proof of concept is public (e.g. Metasploit, Exploit-DB), or the way to exploit it is well known.',
    ],
    [
      'A',
      'active',
      'Active',
      'Credible, shared, public evidence that attackers use it in the wild.',
    ],
  ],
});

/** System Exposure 1.0.1 (1.0.0 called Open "Unavoidable"). Judged in the deployed context. */
export const SYSTEM_EXPOSURE = decisionPoint({
  id: 'systemExposure',
  namespace: 'ssvc',
  key: 'EXP',
  version: '1.0.1',
  name: 'System Exposure',
  description: 'How reachable the affected system is for an attacker, as deployed.',
  values: [
    ['S', 'small', 'Small', 'A local service or program, or a tightly controlled network.'],
    [
      'C',
      'controlled',
      'Controlled',
      'Networked, but behind access restrictions or mitigations that reliably stop an attack (chained exploits included).',
    ],
    [
      'O',
      'open',
      'Open',
      'On the internet or another widely reachable network where access cannot plausibly be restricted.',
    ],
  ],
});

/** Automatable 2.0.0 (replaced Virulence). */
export const AUTOMATABLE = decisionPoint({
  id: 'automatable',
  namespace: 'ssvc',
  key: 'A',
  version: '2.0.0',
  name: 'Automatable',
  description:
    'Can an attacker reliably automate reconnaissance, weaponization, delivery and exploitation?',
  values: [
    ['N', 'no', 'No', 'At least one of kill-chain steps 1–4 cannot be reliably automated.'],
    ['Y', 'yes', 'Yes', 'Kill-chain steps 1–4 can all be reliably automated.'],
  ],
});

export const TECHNICAL_IMPACT = decisionPoint({
  id: 'technicalImpact',
  namespace: 'ssvc',
  key: 'TI',
  version: '1.0.0',
  name: 'Technical Impact',
  description: 'How much control or information an exploit gives over the vulnerable software.',
  values: [
    [
      'P',
      'partial',
      'Partial',
      'Limited control or limited information, or total control only by a small chance.',
    ],
    [
      'T',
      'total',
      'Total',
      'Total control of the software, or disclosure of all information on its system.',
    ],
  ],
});

export const VALUE_DENSITY = decisionPoint({
  id: 'valueDensity',
  namespace: 'ssvc',
  key: 'VD',
  version: '1.0.0',
  name: 'Value Density',
  description: 'How much an attacker gains from one successful exploitation.',
  values: [
    ['D', 'diffuse', 'Diffuse', 'Few resources per target (typically one user’s system).'],
    [
      'C',
      'concentrated',
      'Concentrated',
      'Many resources per target (typically a system run by operators for many users).',
    ],
  ],
});

/** Utility 1.0.1: derived from Automatable × Value Density (table DT_U). */
export const UTILITY = decisionPoint({
  id: 'utility',
  namespace: 'ssvc',
  key: 'U',
  version: '1.0.1',
  name: 'Utility',
  description: 'How useful the exploit is to an attacker (Automatable × Value Density).',
  values: [
    ['L', 'laborious', 'Laborious', 'Not automatable and diffuse value.'],
    ['E', 'efficient', 'Efficient', 'Automatable or concentrated value, not both.'],
    ['S', 'super-effective', 'Super Effective', 'Automatable and concentrated value.'],
  ],
});

export const MISSION_IMPACT = decisionPoint({
  id: 'missionImpact',
  namespace: 'ssvc',
  key: 'MI',
  version: '2.0.0',
  name: 'Mission Impact',
  description: 'Effect on the mission essential functions (MEFs) of the organization.',
  values: [
    [
      'D',
      'degraded',
      'Degraded',
      'None, up to degraded non-essential functions (harmful only if it lasts).',
    ],
    [
      'MSC',
      'mef-support-crippled',
      'MEF Support Crippled',
      'What directly supports an essential function is crippled; the function goes on for a while.',
    ],
    [
      'MEF',
      'mef-failure',
      'MEF Failure',
      'One essential function fails for longer than acceptable; the mission goes on, degraded.',
    ],
    [
      'MF',
      'mission-failure',
      'Mission Failure',
      'Several or all essential functions fail and recovery is impaired; the mission fails.',
    ],
  ],
});

/** Safety Impact 2.0.1, after IEC 61508 with SSVC's additions (1.0.0 had five other levels). */
export const SAFETY_IMPACT = decisionPoint({
  id: 'safetyImpact',
  namespace: 'ssvc',
  key: 'SI',
  version: '2.0.1',
  name: 'Safety Impact',
  description:
    'Worst safety consequence (physical, operator, system, environment, financial, psychological).',
  values: [
    ['N', 'negligible', 'Negligible', 'Minor injuries at worst; small loss of safety margin.'],
    [
      'M',
      'marginal',
      'Marginal',
      'Major injuries to one or more people; safety margin effectively gone.',
    ],
    ['R', 'critical', 'Critical', 'Loss of life; parts of the cyber-physical system break.'],
    [
      'C',
      'catastrophic',
      'Catastrophic',
      'Multiple loss of life; the whole cyber-physical system is lost.',
    ],
  ],
});

/** Public Safety Impact 2.0.1: derived from Safety Impact (table DT_PSI). */
export const PUBLIC_SAFETY_IMPACT = decisionPoint({
  id: 'publicSafetyImpact',
  namespace: 'ssvc',
  key: 'PSI',
  version: '2.0.1',
  name: 'Public Safety Impact',
  description: 'Coarse safety impact for suppliers and coordinators (from Safety Impact).',
  values: [
    ['M', 'minimal', 'Minimal', 'Safety Impact is Negligible.'],
    ['S', 'significant', 'Significant', 'Safety Impact is Marginal, Critical or Catastrophic.'],
  ],
});

/**
 * Human Impact 2.0.2: derived from Safety × Mission Impact (table DT_HI). The value texts in the
 * repository disagree with its own table (see docs/ssvc.md); we describe, and use, the table.
 */
export const HUMAN_IMPACT = decisionPoint({
  id: 'humanImpact',
  namespace: 'ssvc',
  key: 'HI',
  version: '2.0.2',
  name: 'Human Impact',
  description: 'Combined safety and mission impact for deployers (table DT_HI 1.0.0).',
  values: [
    ['L', 'low', 'Low', 'Negligible or Marginal safety impact with Degraded or Crippled mission.'],
    [
      'M',
      'medium',
      'Medium',
      'MEF Failure with Negligible or Marginal safety, or Critical safety with Degraded mission.',
    ],
    ['H', 'high', 'High', 'Critical safety impact with MEF support crippled or MEF failure.'],
    ['VH', 'very-high', 'Very High', 'Catastrophic safety impact or Mission Failure.'],
  ],
});
