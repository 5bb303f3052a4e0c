import { decisionTable } from '../define.js';
import {
  AUTOMATABLE,
  DSOI,
  EXPLOITATION,
  HUMAN_IMPACT,
  PUBLIC_SAFETY_IMPACT,
  SYSTEM_EXPOSURE,
  TECHNICAL_IMPACT,
  UTILITY,
} from '../points/index.js';

const SOURCE = 'CERTCC/SSVC e3b00a2 (2026-07-20), data/json/decision_tables/ssvc';

/**
 * Deployer Patch Application Priority 1.0.0 (DT_DP): for whoever installs the fix — for medical
 * devices, the hospital (HDO) or the patient's caregiver. Rows are E EXP A; columns Human Impact.
 */
export const DEPLOYER_TABLE = decisionTable({
  id: 'deployer',
  namespace: 'ssvc',
  key: 'DT_DP',
  version: '1.0.0',
  name: 'Deployer Patch Application Priority',
  description: 'How soon a deployer should apply a fix.',
  inputs: [EXPLOITATION, SYSTEM_EXPOSURE, AUTOMATABLE, HUMAN_IMPACT],
  outcome: DSOI,
  source: SOURCE,
  grid: [
    // E EXP A | HI: L M H VH
    'N S N | D D S S',
    'N S Y | D S S S',
    'N C N | D S S S',
    'N C Y | S S S S',
    'N O N | D S S S',
    'N O Y | S S S O',
    'P S N | D S S S',
    'P S Y | S S S S',
    'P C N | D S S S',
    'P C Y | S S S O',
    'P O N | S S S O',
    'P O Y | S S O O',
    'A S N | S S O O',
    'A S Y | S O O O',
    'A C N | S S O O',
    'A C Y | O O O O',
    'A O N | S O O I',
    'A O Y | O O I I',
  ],
});

/**
 * Supplier Patch Development Priority 1.0.0 (DT_SP): for whoever builds the fix — for medical
 * devices, the manufacturer (MDM). Rows are E U TI; columns Public Safety Impact.
 */
export const SUPPLIER_TABLE = decisionTable({
  id: 'supplier',
  namespace: 'ssvc',
  key: 'DT_SP',
  version: '1.0.0',
  name: 'Supplier Patch Development Priority',
  description: 'How soon a supplier should develop a fix.',
  inputs: [EXPLOITATION, UTILITY, TECHNICAL_IMPACT, PUBLIC_SAFETY_IMPACT],
  outcome: DSOI,
  source: SOURCE,
  grid: [
    // E U TI | PSI: M S
    'N L P | D S',
    'N L T | S O',
    'N E P | S O',
    'N E T | S O',
    'N S P | S O',
    'N S T | O O',
    'P L P | S O',
    'P L T | S I',
    'P E P | S I',
    'P E T | O I',
    'P S P | O I',
    'P S T | O I',
    'A L P | O I',
    'A L T | O I',
    'A E P | O I',
    'A E T | O I',
    'A S P | I I',
    'A S T | I I',
  ],
});
