import type { DecisionPoint } from '../types.js';
import {
  IN_KEV,
  MISSION_AND_WELL_BEING_IMPACT,
  MISSION_PREVALENCE,
  PUBLIC_WELL_BEING_IMPACT,
  PUBLICLY_EXPOSED,
} from './cisa.js';
import {
  PUBLIC_VALUE_ADDED,
  REPORT_CREDIBILITY,
  REPORT_PUBLIC,
  SUPPLIER_CARDINALITY,
  SUPPLIER_CONTACTED,
  SUPPLIER_ENGAGEMENT,
  SUPPLIER_INVOLVEMENT,
} from './coordinator.js';
import {
  AUTOMATABLE,
  EXPLOITATION,
  HUMAN_IMPACT,
  MISSION_IMPACT,
  PUBLIC_SAFETY_IMPACT,
  SAFETY_IMPACT,
  SYSTEM_EXPOSURE,
  TECHNICAL_IMPACT,
  UTILITY,
  VALUE_DENSITY,
} from './core.js';
import { BOD_26_04_TIMELINES, CISA_LEVELS, COORDINATE, DSOI, PUBLISH } from './outcomes.js';

/** Every decision point a user can answer, by id, in the order prompts and docs list them. */
export const SSVC_DECISION_POINTS: readonly DecisionPoint[] = [
  EXPLOITATION,
  SYSTEM_EXPOSURE,
  AUTOMATABLE,
  TECHNICAL_IMPACT,
  VALUE_DENSITY,
  UTILITY,
  SAFETY_IMPACT,
  MISSION_IMPACT,
  HUMAN_IMPACT,
  PUBLIC_SAFETY_IMPACT,
  REPORT_PUBLIC,
  SUPPLIER_CONTACTED,
  REPORT_CREDIBILITY,
  SUPPLIER_CARDINALITY,
  SUPPLIER_ENGAGEMENT,
  SUPPLIER_INVOLVEMENT,
  PUBLIC_VALUE_ADDED,
  IN_KEV,
  PUBLICLY_EXPOSED,
  MISSION_PREVALENCE,
  PUBLIC_WELL_BEING_IMPACT,
  MISSION_AND_WELL_BEING_IMPACT,
];

/** Outcome sets: decision points no user answers, the tables compute them. */
export const SSVC_OUTCOME_SETS: readonly DecisionPoint[] = [
  DSOI,
  COORDINATE,
  PUBLISH,
  CISA_LEVELS,
  BOD_26_04_TIMELINES,
];

export * from './cisa.js';
export * from './coordinator.js';
export * from './core.js';
export * from './outcomes.js';
