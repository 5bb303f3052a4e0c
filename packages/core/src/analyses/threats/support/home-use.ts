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

/** Role names that mean rights beyond the patient's own (free text in the model, so matched loosely). */
const PRIVILEGED_ROLE =
  /\b(clinician|physician|nurse|service|servicer|technician|admin|administrator)\b/i;

/** Declared privileged roles, and roles whose names say they are clinical or service roles. */
export function privilegedRolesOf(component: Component): string[] {
  const access = component.access;
  if (access === undefined) return [];
  const named = (access.roles ?? []).filter((role) => PRIVILEGED_ROLE.test(role));
  return [...new Set([...(access.privilegedRoles ?? []), ...named])].sort();
}

/** Physical access the household has to the component, when it has any. */
export function householdReach(
  component: Component,
  query: ModelQuery,
): 'household' | 'patient-only' | undefined {
  const physical = query.exposureOf(component)?.physicalAccess;
  return physical === 'household' || physical === 'patient-only' ? physical : undefined;
}

/**
 * True when household-physical-access reports the component: privileged functions with no
 * authentication at all where the household can reach it. A missing second factor is then moot.
 */
export function householdPrivilegedAccessReports(component: Component, query: ModelQuery): boolean {
  const authentication = component.access?.authentication;
  return (
    householdReach(component, query) !== undefined &&
    privilegedRolesOf(component).length > 0 &&
    (authentication === undefined || authentication === 'none')
  );
}
