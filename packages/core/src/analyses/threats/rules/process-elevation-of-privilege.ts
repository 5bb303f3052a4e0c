import type { Component } from '../../../model/types.js';
import { componentPath, fact, label } from '../helpers.js';
import { missingFlag } from '../support/stride-facts.js';
import type { RuleHit, ThreatRule } from '../types.js';

function rolesOf(component: Component): string[] {
  const access = component.access;
  return [...new Set([...(access?.roles ?? []), ...(access?.privilegedRoles ?? [])])].sort();
}

export const processElevationOfPrivilege = {
  id: 'process-elevation-of-privilege',
  version: 1,
  title: 'Users can act beyond their role',
  category: 'stride',
  stride: ['elevation-of-privilege'],
  fdaCategory: 'authorization',
  references: {
    cwe: [269, 250, 266],
    capec: [122, 233],
    attackIcs: ['T0890', 'T0859'],
    fda: ['Premarket App. 1 B (authorization, role separation, least privilege)'],
  },
  description:
    'A device or system used by patients, caregivers, clinicians and service staff must keep what each may do apart. If roles are not enforced, a patient reaches clinician settings (dose limits, alarm thresholds) or service functions; if privileged roles hold more rights than their tasks need, one stolen service account or one flaw in privileged code controls everything.',
  detection:
    'A process declaring two or more user roles (`access.roles` and `access.privilegedRoles` together) without `access.roleSeparation: true` (qualifier role-separation), or declaring privileged roles without `access.leastPrivilege: true` (qualifier least-privilege).',
  falsePositives:
    'Separation or least privilege is enforced by a platform the process relies on (e.g. the hospital identity provider): declare the fact true on the process and reference the control.',
  mitigation:
    'Enforce authorization per role on every function (deny by default), keep safety-relevant settings for clinician and service roles, give each role and each process only the rights its tasks need, and review privileged accounts periodically.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) =>
    component.type === 'process' &&
    (rolesOf(component).length > 1 || (component.access?.privilegedRoles ?? []).length > 0),
  evaluate(process) {
    const hits: RuleHit[] = [];
    const roles = rolesOf(process);
    const privileged = process.access?.privilegedRoles ?? [];
    const separation = process.access?.roleSeparation;
    if (roles.length > 1 && separation !== true) {
      hits.push({
        qualifier: 'role-separation',
        rationale: `${label(process)} serves roles ${roles.join(', ')} but does not declare that it separates what each may do: a lower role can reach higher functions.`,
        evidence: [
          missingFlag(componentPath(process, 'access', 'roleSeparation'), separation),
          fact(componentPath(process, 'access', 'roles'), `roles: ${roles.join(', ')}`),
        ],
      });
    }
    const least = process.access?.leastPrivilege;
    if (privileged.length > 0 && least !== true) {
      hits.push({
        qualifier: 'least-privilege',
        rationale: `${label(process)} has privileged roles ${privileged.join(', ')} and does not declare least privilege: misuse of one privileged account or flaw reaches more than the task needs.`,
        evidence: [
          missingFlag(componentPath(process, 'access', 'leastPrivilege'), least),
          fact(
            componentPath(process, 'access', 'privilegedRoles'),
            `privilegedRoles: ${privileged.join(', ')}`,
          ),
        ],
      });
    }
    return hits;
  },
} satisfies ThreatRule;
