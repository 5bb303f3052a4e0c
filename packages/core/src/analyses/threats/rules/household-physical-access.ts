import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { householdReach, privilegedRolesOf } from '../support/home-use.js';
import type { ThreatRule } from '../types.js';

export const householdPhysicalAccess = {
  id: 'household-physical-access',
  version: 1,
  title: 'Privileged settings open to anyone in the household',
  category: 'home-use',
  stride: ['tampering', 'elevation-of-privilege'],
  fdaCategory: 'authorization',
  references: {
    cwe: [306, 269, 1263],
    capec: [122, 115],
    attackIcs: ['T0836', 'T0858'],
    fda: [
      'Premarket App. 1 B (authorization, role separation for patient, caregiver and provider)',
      'Premarket App. 1 A (authenticate users before privileged operations)',
    ],
  },
  description:
    'At home nobody controls who touches the device: children, visitors, a confused or curious patient, or someone who wishes the patient harm. When clinician or service functions (therapy limits, alarm thresholds, calibration) are reachable on the device without authentication, anyone in the house can change how it treats the patient.',
  detection:
    'A component deployed where physical access is household or patient-only (patient home, patient phone, on-body, implanted) whose `access` names privileged roles (`privilegedRoles`, or `roles` such as clinician or service) while `access.authentication` is not declared or is `none`. A missing second factor for privileged roles is reported by privileged-access-without-mfa; this rule is about having no authentication at all where the household can reach the device.',
  falsePositives:
    'Privileged functions are not reachable locally at all (only from the clinic programmer): remove the privileged roles from the component `access`, or describe them on the component that really offers them. A physical key or tool gates the service menu: declare it as `access.authentication` (e.g. `proximity` or `other`).',
  mitigation:
    'Require authentication for clinician and service functions (a clinic-issued code, a paired clinician app with user identity, or a service tool with device-unique credentials), keep patient-level settings within prescribed limits, and log privileged changes with the identity that made them.',
  exploitability: 'high',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    householdReach(component, query) !== undefined && privilegedRolesOf(component).length > 0,
  evaluate(component, query) {
    const authentication = component.access?.authentication;
    if (authentication !== undefined && authentication !== 'none') return undefined;
    const reach = householdReach(component, query);
    const roles = privilegedRolesOf(component);
    const path = componentPath(component, 'access', 'authentication');
    return {
      rationale: `Component ${label(component)} offers ${roles.join(', ')} functions locally with ${authentication === undefined ? 'no declared' : 'no'} authentication, and sits where physical access is ${reach ?? 'uncontrolled'}: anyone who can reach the device can use them.`,
      evidence: [
        authentication === undefined
          ? notDeclared(path, 'none')
          : fact(path, 'authentication: none'),
        fact(componentPath(component, 'access'), `privileged roles: ${roles.join(', ')}`),
      ],
      ...(reach === 'patient-only'
        ? {
            exploitability: {
              level: 'moderate' as const,
              reason:
                'the device is worn or implanted, so others reach it only while the patient is asleep, unwell or not paying attention',
            },
          }
        : {}),
    };
  },
} satisfies ThreatRule;
