import type { ModelQuery } from '../../../model/query/index.js';
import type { Component } from '../../../model/types.js';
import type { DeploymentType } from '../../../model/vocabulary.js';

const CLOUD_DEPLOYMENTS: readonly DeploymentType[] = [
  'cloud-manufacturer-tenant',
  'cloud-third-party-saas',
  'manufacturer-backend',
];

/** Why the component counts as cloud, or undefined when it does not. */
export function cloudBasis(component: Component, query: ModelQuery): string | undefined {
  const type = query.deploymentOf(component)?.type;
  if (type !== undefined && CLOUD_DEPLOYMENTS.includes(type)) return `runs in ${type}`;
  return component.kind === 'cloud-service' ? 'is a cloud-service' : undefined;
}

export function isCloud(component: Component, query: ModelQuery): boolean {
  return cloudBasis(component, query) !== undefined;
}
