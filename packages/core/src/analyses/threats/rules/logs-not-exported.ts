import { componentPath, fact, label, notDeclared } from '../helpers.js';
import type { ThreatRule } from '../types.js';

export const logsNotExported = {
  id: 'logs-not-exported',
  version: 1,
  title: 'Security events logged but never leave an unmonitored device',
  category: 'logging',
  stride: ['repudiation'],
  fdaCategory: 'event-detection-logging',
  references: {
    cwe: [778],
    attackIcs: ['T0872'],
    fda: ['Premarket App. 1 F (export logs off the device to SIEM or IDS tools)'],
  },
  description:
    "A device in a patient's home or a small clinic records login attempts and configuration changes, but nobody there reads them and nothing sends them anywhere. Attacks stay invisible until a patient is harmed, the evidence is lost when the device is reset or replaced, and the manufacturer cannot tell whether other devices are under the same attack.",
  detection:
    'A component with `logging.security: true` in a deployment that is not monitored (patient home, clinic, on-body, implanted, phone, service depot), whose `logging.export` is not declared or is `none`. Components that log nothing are reported by no-security-logging instead.',
  falsePositives:
    'Logs do reach the manufacturer or operator (through a companion app, a home monitor or the cloud) but the model does not say so: declare `logging.export: cloud` or `siem`. A device whose logs are retrieved only at service visits should declare `local-download` and accept the delay in detection.',
  mitigation:
    'Forward security events off the device in a documented, SIEM-consumable format (for example syslog or JSON over an authenticated channel, relayed by the app or home monitor), buffer them across connectivity gaps, and have someone (manufacturer or operator) monitor them.',
  exploitability: 'low',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    component.logging?.security === true && query.exposureOf(component)?.monitored === false,
  evaluate(component, query) {
    const exported = component.logging?.export;
    if (exported !== undefined && exported !== 'none') return undefined;
    const deployment = query.deploymentOf(component);
    const path = componentPath(component, 'logging', 'export');
    return {
      rationale: `${label(component)} logs security events, but ${exported === undefined ? 'no export is declared' : 'export is declared none'} and its ${deployment?.type ?? 'deployment'} setting is not monitored: nobody sees an attack while it happens.`,
      evidence: [
        exported === undefined ? notDeclared(path, 'none') : fact(path, 'export: none'),
        fact(componentPath(component, 'logging', 'security'), 'security: true'),
      ],
    };
  },
} satisfies ThreatRule;
