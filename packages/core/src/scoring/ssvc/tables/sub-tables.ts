import { decisionTable } from '../define.js';
import {
  AUTOMATABLE,
  HUMAN_IMPACT,
  MISSION_AND_WELL_BEING_IMPACT,
  MISSION_IMPACT,
  MISSION_PREVALENCE,
  PUBLIC_SAFETY_IMPACT,
  PUBLIC_WELL_BEING_IMPACT,
  SAFETY_IMPACT,
  UTILITY,
  VALUE_DENSITY,
} from '../points/index.js';

const SOURCE = 'CERTCC/SSVC e3b00a2 (2026-07-20), data/json/decision_tables/ssvc';

/**
 * Human Impact 1.0.0 (DT_HI), outcome HI 2.0.2. Rows Safety Impact; columns Mission Impact
 * (D MSC MEF MF). The value texts of HI 2.0.2 disagree in four cells (they give Marginal ×
 * Degraded and Marginal × Crippled Medium, Marginal × MEF Failure High, Critical × Degraded
 * High) and leave Critical × MEF Failure undefined; we implement the machine-readable table and
 * report the discrepancy (docs/ssvc.md, REQUIREMENTS.md C6 and D7).
 */
export const HUMAN_IMPACT_TABLE = decisionTable({
  id: 'human-impact',
  namespace: 'ssvc',
  key: 'DT_HI',
  version: '1.0.0',
  name: 'Human Impact',
  description: 'Human Impact from Safety Impact and Mission Impact.',
  inputs: [SAFETY_IMPACT, MISSION_IMPACT],
  outcome: HUMAN_IMPACT,
  source: SOURCE,
  grid: [
    // SI | MI: D MSC MEF MF
    'N | L L M VH',
    'M | L L M VH',
    'R | M H H VH',
    'C | VH VH VH VH',
  ],
});

/** Public Safety Impact 1.0.0 (DT_PSI): columns Safety Impact (N M R C). */
export const PUBLIC_SAFETY_IMPACT_TABLE = decisionTable({
  id: 'public-safety-impact',
  namespace: 'ssvc',
  key: 'DT_PSI',
  version: '1.0.0',
  name: 'Public Safety Impact',
  description: 'Public Safety Impact from Safety Impact.',
  inputs: [SAFETY_IMPACT],
  outcome: PUBLIC_SAFETY_IMPACT,
  source: SOURCE,
  grid: [
    // SI: N M R C
    ' | M S S S',
  ],
});

/** Utility 1.0.0 (DT_U): rows Automatable; columns Value Density (D C). */
export const UTILITY_TABLE = decisionTable({
  id: 'utility',
  namespace: 'ssvc',
  key: 'DT_U',
  version: '1.0.0',
  name: 'Utility',
  description: 'Utility from Automatable and Value Density.',
  inputs: [AUTOMATABLE, VALUE_DENSITY],
  outcome: UTILITY,
  source: SOURCE,
  grid: [
    // A | VD: D C
    'N | L E',
    'Y | E S',
  ],
});

/**
 * Mission and Well-Being Impact from Mission Prevalence × Public Well-Being Impact. Not a CERT/CC
 * table: the repository defines MWI 1.0.0 only by its value texts (Low = MP Minimal and PWI
 * Minimal; Medium = MP Support and PWI Minimal or Material; High = MP Essential or PWI
 * Irreversible), which leave MP Minimal × PWI Material undefined. We fill that cell with Medium,
 * the more cautious of the two values monotonicity allows (it lies between Low and Medium cells).
 * Private namespace under the reserved `.invalid` domain until the project has its own.
 */
export const MISSION_AND_WELL_BEING_TABLE = decisionTable({
  id: 'mission-well-being',
  namespace: 'x_invalid.medrisk#derived',
  key: 'DT_MWI',
  version: '1.0.0',
  name: 'Mission and Well-Being Impact (from the MWI 1.0.0 value definitions)',
  description:
    'Mission and Well-Being Impact from Mission Prevalence and Public Well-Being Impact.',
  inputs: [MISSION_PREVALENCE, PUBLIC_WELL_BEING_IMPACT],
  outcome: MISSION_AND_WELL_BEING_IMPACT,
  source: 'medrisk, from the value definitions of ssvc:MWI:1.0.0 (CERTCC/SSVC e3b00a2)',
  grid: [
    // MP | PWI: M MA I
    'M | L M H',
    'S | M M H',
    'E | H H H',
  ],
});
