import type {
  DeviceModel,
  Component,
  Deployment,
  Exposure,
  Stakeholder,
  ClinicalFunction,
} from '../types.js';
import { buildHarmQueries, type HarmQueries } from './harm.js';
import { buildStructure, type Structure } from './structure.js';
import { buildLossQueries, type LossQueries } from './loss.js';

export type { FunctionImpact, HarmReach } from './harm.js';
export { severityRank, steers } from './harm.js';
export { onlyDistributes, worksWithoutFeed } from './loss.js';
export {
  authenticationOf,
  encryptionOf,
  hasSecurityIntegrity,
  type Protection,
} from './protection.js';

/** The vocabulary every analysis uses to ask questions of a model (pytm's crosses/enters/inside). */
export interface ModelQuery extends Structure, HarmQueries, LossQueries {
  readonly model: DeviceModel;
  deployment(id: string): Deployment | undefined;
  deploymentOf(component: Component): Deployment | undefined;
  /** The component's exposure, or undefined when it has no deployment (then nothing is assumed). */
  exposureOf(component: Component): Exposure | undefined;
  stakeholder(id: string): Stakeholder | undefined;
  clinicalFunction(id: string): ClinicalFunction | undefined;
}

export function buildQuery(model: DeviceModel): ModelQuery {
  const structure = buildStructure(model);
  const deployments = new Map(model.deployments.map((d) => [d.id, d] as const));
  const stakeholders = new Map(model.stakeholders.map((s) => [s.id, s] as const));
  const functions = new Map(model.clinicalFunctions.map((f) => [f.id, f] as const));
  const deploymentOf = (component: Component): Deployment | undefined =>
    component.deployment === undefined ? undefined : deployments.get(component.deployment);
  const harm = buildHarmQueries(model, structure);
  return {
    model,
    ...structure,
    ...harm,
    ...buildLossQueries(model, structure, (id) => harm.servedFunctions(id)),
    deployment: (id) => deployments.get(id),
    deploymentOf,
    exposureOf: (component) => deploymentOf(component)?.exposure,
    stakeholder: (id) => stakeholders.get(id),
    clinicalFunction: (id) => functions.get(id),
  };
}
