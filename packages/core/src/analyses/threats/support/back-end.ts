import type { ModelQuery } from '../../../model/query/index.js';
import type { Component } from '../../../model/types.js';
import type { ComponentKind, DeploymentType } from '../../../model/vocabulary.js';

const BACK_END_DEPLOYMENTS: readonly DeploymentType[] = [
  'cloud-manufacturer-tenant',
  'cloud-third-party-saas',
  'manufacturer-backend',
  'manufacturer-offline',
];
/** Kinds that are back-end infrastructure wherever they are deployed. */
const BACK_END_KINDS: readonly ComponentKind[] = [
  'cloud-service',
  'update-server',
  'signing-service',
  'ci-cd',
];

/**
 * Cloud and manufacturer back-end components: shared by the whole fleet, so what happens there
 * (a malicious release, a forged log) happens to every patient at once.
 */
export function isBackEnd(component: Component, query: ModelQuery): boolean {
  const type = query.deploymentOf(component)?.type;
  return (
    (type !== undefined && BACK_END_DEPLOYMENTS.includes(type)) ||
    BACK_END_KINDS.includes(component.kind)
  );
}

/** Why the component counts as back end, for rationales. */
export function backEndReason(component: Component, query: ModelQuery): string {
  const deployment = query.deploymentOf(component);
  return deployment !== undefined && BACK_END_DEPLOYMENTS.includes(deployment.type)
    ? `runs in ${deployment.type} deployment "${deployment.id}"`
    : `is a ${component.kind}`;
}
