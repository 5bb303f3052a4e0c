import type { Component } from '../../../model/types.js';
import type { AuthMethod, ComponentKind, DeploymentType } from '../../../model/vocabulary.js';
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

/**
 * Methods that authenticate a device or a program, not a person: no one logs in, so there is no
 * user session to leave open. `none` means nobody logs in at all; that missing login is reported by
 * the authentication rules, and a timeout would not fix it.
 */
const NO_USER_SESSION: readonly AuthMethod[] = [
  'none',
  'pairing',
  'pre-shared-key',
  'certificate',
  'hmac',
  'signature',
  'api-key',
];

/** Shared clinical areas, where patients, visitors and colleagues pass unattended screens all day. */
const CLINICAL_AREAS: readonly DeploymentType[] = ['hospital-clinical-network', 'clinic'];

function userRoles(component: Component): string[] {
  return [
    ...new Set([...(component.access?.roles ?? []), ...(component.access?.privilegedRoles ?? [])]),
  ].sort();
}

function hasUserLogin(component: Component): boolean {
  const method = component.access?.authentication;
  return method === undefined || !NO_USER_SESSION.includes(method);
}

export const noSessionTimeout = {
  id: 'no-session-timeout',
  version: 2,
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
    'A user-facing component (web portal, web API, clinician workstation, programmer, mobile or desktop app, home monitor, medical device) that declares user roles (`access.roles` or `access.privilegedRoles`) and a login people use (`access.authentication` not declared, or a password, PIN, biometric, smart card, proximity badge, token or other), but no `access.sessionTimeoutMinutes`. Exploitability is high in public places and shared clinical areas (hospital wards, clinics), where others walk up to unattended screens. Components whose `access.authentication` is `none` have no session to end (the missing login is what the authentication rules report), and pairing, pre-shared keys, certificates, MACs, signatures and API keys authenticate devices and programs, not people.',
  falsePositives:
    'The session ends another way the model does not show (e.g. the programmer session ends when the wand is lifted from the implant): declare that bound as `access.sessionTimeoutMinutes`.',
  mitigation:
    'End or lock sessions after a period of inactivity suited to the clinical workflow, require re-authentication for harmful operations after it, and expire server-side session tokens.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) =>
    USER_FACING.includes(component.kind) &&
    userRoles(component).length > 0 &&
    hasUserLogin(component),
  evaluate(component, query) {
    if (component.access?.sessionTimeoutMinutes !== undefined) return undefined;
    const physical = query.exposureOf(component)?.physicalAccess;
    const type = query.deploymentOf(component)?.type;
    const walkUp =
      physical === 'public' ||
      (physical === 'staff' && type !== undefined && CLINICAL_AREAS.includes(type));
    return {
      rationale: `Component ${label(component)} is a ${component.kind} where roles ${userRoles(component).join(', ')} log in, but it declares no session timeout.`,
      evidence: [
        notDeclared(componentPath(component, 'access', 'sessionTimeoutMinutes'), 'no timeout'),
      ],
      ...(walkUp
        ? {
            exploitability: {
              level: 'high' as const,
              reason: `in ${physical === 'staff' ? 'a shared clinical area' : 'a public area'} others walk up to an unattended session`,
            },
          }
        : {}),
    };
  },
} satisfies ThreatRule;
