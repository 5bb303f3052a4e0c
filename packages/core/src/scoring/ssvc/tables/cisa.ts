import { decisionTable } from '../define.js';
import {
  AUTOMATABLE,
  BOD_26_04_TIMELINES,
  CISA_LEVELS,
  EXPLOITATION,
  IN_KEV,
  MISSION_AND_WELL_BEING_IMPACT,
  PUBLICLY_EXPOSED,
  TECHNICAL_IMPACT,
} from '../points/index.js';

const SOURCE = 'CERTCC/SSVC e3b00a2 (2026-07-20), data/json/decision_tables/cisa';

/**
 * CISA Coordinator 2.0.3 (cisa DT_CO): CISA's own tree, outcomes Track, Track*, Attend, Act.
 * Rows are E A TI; columns Mission and Well-Being Impact (L M H).
 */
export const CISA_COORDINATOR_TABLE = decisionTable({
  id: 'cisa',
  namespace: 'cisa',
  key: 'DT_CO',
  version: '2.0.3',
  name: 'CISA Coordinator',
  description: 'CISA’s prioritization into Track, Track*, Attend and Act.',
  inputs: [EXPLOITATION, AUTOMATABLE, TECHNICAL_IMPACT, MISSION_AND_WELL_BEING_IMPACT],
  outcome: CISA_LEVELS,
  source: SOURCE,
  grid: [
    // E A TI | MWI: L M H
    'N N P | T T T',
    'N N T | T T T*',
    'N Y P | T T AT',
    'N Y T | T T AT',
    'P N P | T T T*',
    'P N T | T T* AT',
    'P Y P | T T AT',
    'P Y T | T T* AT',
    'A N P | T T AT',
    'A N T | T AT AC',
    'A Y P | AT AT AC',
    'A Y T | AT AC AC',
  ],
});

/**
 * CISA BOD 26-04 1.0.0 (cisa DT_BOD2604) as encoded in the SSVC repository. The directive binds US
 * federal civilian agencies only; for hospitals and manufacturers it is a reference profile. The
 * directive's own text was not available to us. Rows are KEV PE A; columns Technical Impact (P T).
 */
export const BOD_26_04_TABLE = decisionTable({
  id: 'bod-26-04',
  namespace: 'cisa',
  key: 'DT_BOD2604',
  version: '1.0.0',
  name: 'CISA BOD 26-04',
  description: 'Remediation timeline under CISA Binding Operational Directive 26-04.',
  inputs: [IN_KEV, PUBLICLY_EXPOSED, AUTOMATABLE, TECHNICAL_IMPACT],
  outcome: BOD_26_04_TIMELINES,
  source: SOURCE,
  grid: [
    // KEV PE A | TI: P T
    'N N N | FSU FSU',
    'N N Y | 60D 60D',
    'N Y N | 60D 14D',
    'N Y Y | 14D 3D',
    'Y N N | 14D 14D',
    'Y N Y | 14D 3DF',
    'Y Y N | 14D 3DF',
    'Y Y Y | 3D 3DF',
  ],
});
