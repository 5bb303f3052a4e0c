import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { backEndReason, isBackEnd } from '../support/back-end.js';
import type { ThreatRule } from '../types.js';

export const cloudAuditLogMissing = {
  id: 'cloud-audit-log-missing',
  version: 1,
  title: 'Cloud or back-end component without a tamper-protected audit log',
  category: 'logging',
  stride: ['repudiation', 'tampering'],
  fdaCategory: 'event-detection-logging',
  references: {
    cwe: [778, 353],
    capec: [268],
    attackIcs: ['T0872'],
    fda: [
      'Premarket App. 1 F (security event logging and forensic capture)',
      'Playbook App. B (cloud log tampering)',
    ],
  },
  description:
    'The back end sees the whole fleet: releases published, configurations pushed, accounts created, data exported. An intruder there who can act without leaving a record, or who can delete the record afterwards, can push harmful changes to many patients and hide them; the manufacturer then cannot say which devices or patients were affected.',
  detection:
    'A process or data store in a cloud, manufacturer-backend or manufacturer-offline deployment, or of kind cloud-service, update-server, signing-service or ci-cd, whose `logging.security` is not declared true, or whose security log is not declared `tamperProtected`. Only the outermost back-end component is judged: parts nested in a service log through it. Device-side logs are judged by logs-tamperable.',
  falsePositives:
    "The platform keeps the audit trail (for example the cloud provider's audit service with write-once retention) but the model does not say so: declare `logging.security: true` and `tamperProtected: true` on the component, and name the provider's service in its description.",
  mitigation:
    'Log administrative actions, releases, configuration pushes, logins and data exports with the identity behind them; ship the logs to a separate account or write-once store the application and its administrators cannot modify; alert on log-delivery gaps; and keep the logs as long as the device is supported.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    component.type !== 'external-entity' &&
    isBackEnd(component, query) &&
    !query.ancestors(component.id).some((a) => isBackEnd(a, query)),
  evaluate(component, query) {
    const { security, tamperProtected } = component.logging ?? {};
    if (security === true && tamperProtected === true) return undefined;
    const securityPath = componentPath(component, 'logging', 'security');
    const tamperPath = componentPath(component, 'logging', 'tamperProtected');
    if (security !== true)
      return {
        rationale: `${label(component)} ${backEndReason(component, query)} but keeps no declared security audit log: actions taken there against the fleet leave no record.`,
        evidence: [
          security === undefined
            ? notDeclared(securityPath, 'absent')
            : fact(securityPath, 'security: false'),
        ],
      };
    return {
      rationale: `${label(component)} ${backEndReason(component, query)} and logs security events, but the log is ${tamperProtected === false ? 'declared unprotected' : 'not declared tamper-protected'}: an intruder can erase the record of what was done to the fleet.`,
      evidence: [
        fact(securityPath, 'security: true'),
        tamperProtected === undefined
          ? notDeclared(tamperPath, 'absent')
          : fact(tamperPath, 'tamperProtected: false'),
      ],
    };
  },
} satisfies ThreatRule;
