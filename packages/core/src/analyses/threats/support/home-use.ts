import type { ModelQuery } from '../../../model/query/index.js';
import type { Component } from '../../../model/types.js';
import type { DeploymentType } from '../../../model/vocabulary.js';

/**
 * Deployments the patient carries through public places (a bus, a waiting room): anyone within radio
 * range can try to pair with, wake or flood the device, not only people in the household.
 */
const CARRIED_DEPLOYMENTS: readonly DeploymentType[] = [
  'on-body',
  'implanted',
  'patient-mobile-device',
];

export function deploymentTypeOf(
  component: Component,
  query: ModelQuery,
): DeploymentType | undefined {
  return query.deploymentOf(component)?.type;
}

/** The deployment type when the patient carries the component around, otherwise undefined. */
export function carriedDeployment(
  component: Component,
  query: ModelQuery,
): DeploymentType | undefined {
  const type = deploymentTypeOf(component, query);
  return type !== undefined && CARRIED_DEPLOYMENTS.includes(type) ? type : undefined;
}

/** A mobile app installed on the patient's own phone: an external, possibly rooted, entity. */
export function isPatientPhoneApp(component: Component, query: ModelQuery): boolean {
  return (
    component.kind === 'mobile-app' &&
    deploymentTypeOf(component, query) === 'patient-mobile-device'
  );
}
