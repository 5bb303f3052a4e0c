import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { isBackEnd } from '../support/back-end.js';
import { reachableFromOutside, seriousFunctionsServed } from '../support/fda-design.js';
import type { ThreatRule } from '../types.js';

export const noSecurityLogging = {
  id: 'no-security-logging',
  version: 2,
  title: 'No security event logging on an exposed or safety-relevant process',
  category: 'fda-design',
  stride: ['repudiation'],
  fdaCategory: 'event-detection-logging',
  references: {
    cwe: [778, 223],
    fda: ['Premarket App. 1 F (security event detection and logging)'],
  },
  description:
    'Without a record of logins, failed authentication, configuration changes and anomalous traffic, an attack on the device goes unnoticed, cannot be investigated after a patient is harmed, and cannot be told apart from a malfunction. FDA expects devices to detect and log security events so that users and the manufacturer can respond.',
  detection:
    'A process that others can reach from outside its trust boundary (a flow opened into it from outside its internet-facing deployment, an enabled network or radio interface that accepts connections, or a flow initiated into it across a boundary) or that serves a clinical function of serious harm or worse, whose `logging.security` is not true. Cloud and back-end components (the same scope as cloud-audit-log-missing, including the air-gapped manufacturer-offline deployment) are left to cloud-audit-log-missing; commands received without an audit trail to process-repudiation and commands-not-attributable.',
  falsePositives:
    'The process is too constrained to log and another component records its security events (e.g. the paired gateway): declare `logging.security: true` on this component and describe where the events go in a control.',
  mitigation:
    'Log security events (successful and failed logins, pairing, configuration and therapy-setting changes, software updates, rejected messages, anomalous traffic) with time and source, protect the log against change, and make it exportable to the HDO or the manufacturer for monitoring and forensics.',
  exploitability: 'low',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    component.type === 'process' &&
    !isBackEnd(component, query) &&
    (reachableFromOutside(component, query).length > 0 ||
      seriousFunctionsServed(component, query).length > 0),
  evaluate(component, query) {
    const declared = component.logging?.security;
    if (declared === true) return undefined;
    const why = [
      ...reachableFromOutside(component, query),
      ...seriousFunctionsServed(component, query).map((f) => `it serves ${f}`),
    ];
    const path = componentPath(component, 'logging', 'security');
    return {
      rationale: `Process ${label(component)} records no security events, although ${why.join('; ')}.`,
      evidence: [
        declared === undefined ? notDeclared(path, 'false') : fact(path, 'security: false'),
      ],
    };
  },
} satisfies ThreatRule;
