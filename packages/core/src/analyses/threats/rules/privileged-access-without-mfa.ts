import { componentPath, fact, label, notDeclared } from '../helpers.js';
import type { ThreatRule } from '../types.js';

export const privilegedAccessWithoutMfa = {
  id: 'privileged-access-without-mfa',
  version: 1,
  title: 'Privileged access without multi-factor authentication',
  category: 'fda-design',
  stride: ['elevation-of-privilege'],
  fdaCategory: 'authentication',
  references: {
    cwe: [308],
    capec: [555, 560, 600],
    attackIcs: ['T0859', 'T0822'],
    fda: ['Premarket App. 1 A (multi-factor authentication for privileged access)'],
  },
  description:
    'Administrator, service and maintenance accounts can change configuration, disable protections, load software and reach many patients. A single stolen, phished or guessed factor is then enough to take over the device or the service that manages the fleet.',
  detection:
    'A component that declares `access.privilegedRoles` and whose `access.mfa` is not true. This rule also owns privileged roles protected by a password or PIN alone (password-only-authentication covers command flows).',
  falsePositives:
    'Privileged functions are reachable only with physical possession of a controlled token or in a supervised facility that itself enforces a second factor: declare `access.mfa: true` and describe the factor in a control.',
  mitigation:
    'Require a second factor (hardware token, smart card, authenticator app, device-bound certificate) for every privileged role, log each privileged login, and keep privileged interfaces off the internet where possible.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => (component.access?.privilegedRoles?.length ?? 0) > 0,
  evaluate(component, query) {
    const access = component.access;
    if (access === undefined || access.mfa === true) return undefined;
    const roles = access.privilegedRoles ?? [];
    const factor = access.authentication;
    const mfaPath = componentPath(component, 'access', 'mfa');
    const humanSecret = factor === 'password' || factor === 'pin';
    const internetFacing = query.exposureOf(component)?.internetFacing === true;
    return {
      rationale: `Component ${label(component)} grants privileged roles ${roles.join(', ')} ${factor === undefined ? 'with no declared' : `with ${factor} as the only`} authentication factor.`,
      evidence: [
        fact(
          componentPath(component, 'access', 'privilegedRoles'),
          `privilegedRoles: ${roles.join(', ')}`,
        ),
        access.mfa === undefined ? notDeclared(mfaPath, 'false') : fact(mfaPath, 'mfa: false'),
        ...(factor === undefined
          ? []
          : [
              fact(
                componentPath(component, 'access', 'authentication'),
                `authentication: ${factor}`,
              ),
            ]),
      ],
      ...(internetFacing
        ? {
            exploitability: {
              level: humanSecret ? ('very-high' as const) : ('high' as const),
              reason: `privileged logins on an internet-facing service face phishing and credential stuffing${humanSecret ? ', and the only factor is a human-chosen secret' : ''}`,
            },
          }
        : humanSecret
          ? {
              exploitability: {
                level: 'high' as const,
                reason: `the only factor is a human-chosen ${factor}`,
              },
            }
          : {}),
    };
  },
} satisfies ThreatRule;
