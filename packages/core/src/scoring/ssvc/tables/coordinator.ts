import { decisionTable } from '../define.js';
import {
  COORDINATE,
  EXPLOITATION,
  PUBLIC_SAFETY_IMPACT,
  PUBLIC_VALUE_ADDED,
  PUBLISH,
  REPORT_CREDIBILITY,
  REPORT_PUBLIC,
  SUPPLIER_CARDINALITY,
  SUPPLIER_CONTACTED,
  SUPPLIER_ENGAGEMENT,
  SUPPLIER_INVOLVEMENT,
  UTILITY,
} from '../points/index.js';

const SOURCE = 'CERTCC/SSVC e3b00a2 (2026-07-20), data/json/decision_tables/ssvc';

/**
 * Coordinator Triage 1.0.0 (DT_COORD_TRIAGE): whether a coordinator (a CERT, an ISAO, a PSIRT
 * acting for many suppliers) takes a report on. Rows are RP SCON RC SC SE; the six columns run
 * over Utility × Public Safety Impact (L/M L/S E/M E/S S/M S/S). Transcribed as published,
 * including rows some readers find surprising (a not-credible report can still be coordinated).
 */
export const COORDINATOR_TRIAGE_TABLE = decisionTable({
  id: 'coordinator-triage',
  namespace: 'ssvc',
  key: 'DT_COORD_TRIAGE',
  version: '1.0.0',
  name: 'Coordinator Triage',
  description: 'Whether a coordinator declines, tracks or coordinates a report.',
  inputs: [
    REPORT_PUBLIC,
    SUPPLIER_CONTACTED,
    REPORT_CREDIBILITY,
    SUPPLIER_CARDINALITY,
    SUPPLIER_ENGAGEMENT,
    UTILITY,
    PUBLIC_SAFETY_IMPACT,
  ],
  outcome: COORDINATE,
  source: SOURCE,
  grid: [
    // RP SCON RC SC SE | U/PSI: L/M L/S E/M E/S S/M S/S
    'Y N NC O A | D D D D D D',
    'Y N NC O U | D D D D D D',
    'Y N NC M A | D D D D D C',
    'Y N NC M U | D D D D D C',
    'Y N C O A | D D D D D D',
    'Y N C O U | D D D D D D',
    'Y N C M A | D D D D D C',
    'Y N C M U | D D D D D C',
    'Y Y NC O A | D D D D D D',
    'Y Y NC O U | D D D D D D',
    'Y Y NC M A | D D D D D C',
    'Y Y NC M U | D D D D D C',
    'Y Y C O A | D D D D D D',
    'Y Y C O U | D D D D D D',
    'Y Y C M A | D D D D D C',
    'Y Y C M U | D D D D D C',
    'N N NC O A | D D D D D D',
    'N N NC O U | D D D D D D',
    'N N NC M A | D D D D D C',
    'N N NC M U | D D D D D C',
    'N N C O A | D D D D D D',
    'N N C O U | D D D D D D',
    'N N C M A | D D D D D C',
    'N N C M U | D D D D D C',
    'N Y NC O A | D D D T D T',
    'N Y NC O U | D D D T D T',
    'N Y NC M A | D T D T T C',
    'N Y NC M U | D T D T T C',
    'N Y C O A | D D D T D T',
    'N Y C O U | T C C C C C',
    'N Y C M A | D T D T C C',
    'N Y C M U | C C C C C C',
  ],
});

/**
 * Coordinator Publish 1.0.0 (DT_COORD_PUBLISH): whether a coordinator publishes. Rows are
 * SINV E; columns Public Value Added (L A P).
 */
export const COORDINATOR_PUBLISH_TABLE = decisionTable({
  id: 'coordinator-publish',
  namespace: 'ssvc',
  key: 'DT_COORD_PUBLISH',
  version: '1.0.0',
  name: 'Coordinator Publish Decision Table',
  description: 'Whether a coordinator publishes about a vulnerability.',
  inputs: [SUPPLIER_INVOLVEMENT, EXPLOITATION, PUBLIC_VALUE_ADDED],
  outcome: PUBLISH,
  source: SOURCE,
  grid: [
    // SINV E | PVA: L A P
    'FR N | N N P',
    'FR P | N N P',
    'FR A | N P P',
    'C N | N N P',
    'C P | N N P',
    'C A | N P P',
    'UU N | N N P',
    'UU P | N P P',
    'UU A | P P P',
  ],
});
