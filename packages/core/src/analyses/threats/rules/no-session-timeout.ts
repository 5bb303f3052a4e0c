import type { Component } from '../../../model/types.js';
import type { ComponentKind } from '../../../model/vocabulary.js';
import { componentPath, label, notDeclared } from '../helpers.js';
import type { ThreatRule } from '../types.js';

/** Kinds where a person logs in and a session can be left open. */
const USER_FACING: readonly ComponentKind[] = [
  'web-portal',
  'web-api',
  'clinician-workstation',
  'programmer',
  'mobile-app',
  'desktop-app',
  'home-monitor',
  'medical-device',
];

function userRoles(component: Component): string[] {
  return [...(component.access?.roles ?? []), ...(component.access?.privilegedRoles ?? [])];
}

export const noSessionTimeout = {
  id: 'no-session-timeout',
  version: 1,
  title: 'User sessions without a timeout',
  category: 'fda-design',
  stride: ['elevation-of-privilege'],
  fdaCategory: 'authorization',
  references: {
    cwe: [613],
    capec: [593, 60],
    fda: ['Premarket App. 1 B (timed session termination)'],
  },
  description:
    'A session that never ends lets the next person at an unattended programmer, workstation or phone act with the rights of whoever logged in, and keeps a stolen session token useful indefinitely. In wards and homes screens are left unattended all the time.',
  detection:
    'A user-facing component (web portal, web API, clinician workstation, programmer, mobile or desktop app, home monitor, medical device) that declares user roles (`access.roles` or `access.privilegedRoles`) but no `access.sessionTimeoutMinutes`.',
  falsePositives:
    'The session ends another way the model does not show (e.g. the programmer session ends when the wand is lifted from the implant): declare that bound as `access.sessionTimeoutMinutes`.',
  mitigation:
    'End or lock sessions after a period of inactivity suited to the clinical workflow, require re-authentication for harmful operations after it, and expire server-side session tokens.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => USER_FACING.includes(component.kind) && userRoles(component).length > 0,
  evaluate(component, query) {
    if (component.access?.sessionTimeoutMinutes !== undefined) return undefined;
    const physical = query.exposureOf(component)?.physicalAccess;
    return {
      rationale: `Component ${label(component)} is a ${component.kind} where roles ${userRoles(component).join(', ')} log in, but it declares no session timeout.`,
      evidence: [
        notDeclared(componentPath(component, 'access', 'sessionTimeoutMinutes'), 'no timeout'),
      ],
      ...(physical === 'public' || physical === 'staff'
        ? {
            exploitability: {
              level: 'high' as const,
              reason: `in a ${physical === 'staff' ? 'shared clinical' : 'public'} area others walk up to an unattended session`,
            },
          }
        : {}),
    };
  },
} satisfies ThreatRule;
