import type { DecisionTable } from '../types.js';
import { BOD_26_04_TABLE, CISA_COORDINATOR_TABLE } from './cisa.js';
import { COORDINATOR_PUBLISH_TABLE, COORDINATOR_TRIAGE_TABLE } from './coordinator.js';
import { DEPLOYER_TABLE, SUPPLIER_TABLE } from './patch-priority.js';
import {
  HUMAN_IMPACT_TABLE,
  MISSION_AND_WELL_BEING_TABLE,
  PUBLIC_SAFETY_IMPACT_TABLE,
  UTILITY_TABLE,
} from './sub-tables.js';

/** Every decision table, by id: the decision tables first, then the sub-tables that derive inputs. */
export const SSVC_TABLES: readonly DecisionTable[] = [
  DEPLOYER_TABLE,
  SUPPLIER_TABLE,
  COORDINATOR_TRIAGE_TABLE,
  COORDINATOR_PUBLISH_TABLE,
  CISA_COORDINATOR_TABLE,
  BOD_26_04_TABLE,
  HUMAN_IMPACT_TABLE,
  PUBLIC_SAFETY_IMPACT_TABLE,
  UTILITY_TABLE,
  MISSION_AND_WELL_BEING_TABLE,
];

/**
 * Sub-tables that can supply a missing input, keyed by the decision point they compute: a user may
 * give Human Impact directly, or Safety and Mission Impact and let the table derive it.
 */
export const SSVC_DERIVATIONS: ReadonlyMap<string, DecisionTable> = new Map(
  [HUMAN_IMPACT_TABLE, PUBLIC_SAFETY_IMPACT_TABLE, UTILITY_TABLE, MISSION_AND_WELL_BEING_TABLE].map(
    (table) => [table.outcome.id, table],
  ),
);

/** The table with this id, or undefined. */
export function ssvcTable(id: string): DecisionTable | undefined {
  return SSVC_TABLES.find((table) => table.id === id);
}
