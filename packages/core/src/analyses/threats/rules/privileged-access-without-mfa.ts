import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { primaryWeakness } from '../support/credentials.js';
import { householdPrivilegedAccessReports } from '../support/home-use.js';
import { internetEntries } from '../support/fda-design.js';
import type { ThreatRule } from '../types.js';

export const privilegedAccessWithoutMfa = {
  id: 'privileged-access-without-mfa',
  version: 2,
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
    'A component that declares `access.privilegedRoles` and whose `access.mfa` is not true. This rule also owns privileged roles protected by a password or PIN alone (password-only-authentication covers command flows). Where the household can reach a component whose privileged functions need no authentication at all, household-physical-access reports it and this rule does not: a second factor is moot without a first. When the component declares no user login (`access.authentication` not declared or `none`) but holds password or PIN credentials, those secrets are taken as the privileged login (a service-menu code on a device with no bedside login); when one is hard-coded, shared or a default, the credential rules rate that weakness and this finding keeps the default exploitability. A component is rated as internet-facing only when something outside its internet-facing deployment opens connections to it.',
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
    if (householdPrivilegedAccessReports(component, query)) return undefined;
    const roles = access.privilegedRoles ?? [];
    const declared = access.authentication;
    // With no user login declared, the passwords and PINs the component holds are what its
    // privileged users type (a service-menu code on a device that needs no login at the bedside).
    const secrets =
      declared === undefined || declared === 'none'
        ? component.credentials.filter((c) => c.kind === 'password' || c.kind === 'pin')
        : [];
    const factor =
      secrets.length === 0
        ? declared
        : secrets.some((c) => c.kind === 'password')
          ? 'password'
          : 'pin';
    const mfaPath = componentPath(component, 'access', 'mfa');
    // A fixed, shared or default secret is not one a person chose: its own rule rates it.
    const humanSecret =
      (factor === 'password' || factor === 'pin') &&
      secrets.every((c) => primaryWeakness(c) === undefined);
    const internetFacing = internetEntries(component, query).length > 0;
    const noLogin = factor === undefined || factor === 'none';
    return {
      rationale: `Component ${label(component)} grants privileged roles ${roles.join(', ')} ${noLogin ? `with ${factor === undefined ? 'no declared authentication' : 'no authentication at all'}, let alone a second factor` : `with ${secrets.length === 0 ? factor : `a ${factor} it holds (${secrets.map((c) => `"${c.id}"`).join(', ')})`} as the only authentication factor`}.`,
      evidence: [
        fact(
          componentPath(component, 'access', 'privilegedRoles'),
          `privilegedRoles: ${roles.join(', ')}`,
        ),
        access.mfa === undefined ? notDeclared(mfaPath, 'false') : fact(mfaPath, 'mfa: false'),
        ...(declared === undefined
          ? []
          : [
              fact(
                componentPath(component, 'access', 'authentication'),
                `authentication: ${declared}`,
              ),
            ]),
        ...secrets.map((c) =>
          fact(componentPath(component, 'credentials', c.id), `${c.kind} held by the component`),
        ),
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
