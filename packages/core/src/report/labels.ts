import { DEPLOYMENT_PROFILES } from '../model/deployment-defaults.js';
import { DEPLOYMENT_TYPES, type DeploymentType } from '../model/vocabulary.js';

export const DEPLOYMENT_LABELS: Readonly<Record<DeploymentType, string>> = Object.fromEntries(
  DEPLOYMENT_TYPES.map((type) => [type, DEPLOYMENT_PROFILES[type].label]),
) as Record<DeploymentType, string>;
