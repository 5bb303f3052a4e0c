import { cloudAnalysis } from '../../cloud/analysis.js';
import { isCloudDependencyMember } from '../support/cloud-sla.js';
import type { ThreatRule } from '../types.js';

export const cloudBreachNotificationTooSlow = {
  id: 'cloud-breach-notification-too-slow',
  version: 1,
  title: 'Cloud provider reports breaches later than the hospital or regulation needs',
  category: 'cloud',
  stride: ['information-disclosure', 'repudiation'],
  fdaCategory: 'event-detection-logging',
  references: {
    fda: [
      'Premarket IV.B (security objectives apply to cloud services)',
      'Playbook App. B (using a cloud provider does not transfer the threats to it)',
      'Premarket App. 1 F (security event detection, logging and forensic capture)',
    ],
  },
  description:
    'When a provider that holds patient data or runs a clinical function is breached, the manufacturer and the hospitals can only protect patients, contain the incident and meet their own deadlines (GDPR: the controller reports to the authority within 72 hours; NIS2: essential entities such as hospitals send an early warning within 24 hours; HIPAA: a business associate reports within 60 days at the latest) once the provider tells them. A contractual notification time longer than what they need leaves them blind while the clock runs.',
  detection:
    "A member of a cloud dependency of a clinical function whose cloud.sla.breachNotification is longer than the fastest notification its dependent functions need: clinicalFunctions[].breachNotificationRequired, else device.breachNotificationRequired, else medrisk's default of 72 h (GDPR Art. 33(1)). A missing breachNotification is reported by cloud-sla-not-assessable. The statutory deadlines quoted are listed with their sources in views.cloud.notificationRegimes and docs/cloud.md.",
  falsePositives:
    'A data processing or business associate agreement sets a shorter time than the SLA page: declare that one, with the agreement as cloud.sla.source. The dependants need less urgency: declare breachNotificationRequired on them, with the reason in the model.',
  mitigation:
    'Make the contract (DPA, BAA or SLA) require notification within the time the hospitals and regulators need, with a named contact, the content of the notice and cooperation in the investigation; rehearse the path in incident-response exercises.',
  exploitability: 'low',
  harm: 'privacy',
  appliesTo: 'component',
  when: (component, query) => isCloudDependencyMember(component.id, query),
  evaluate(component, query) {
    const check = cloudAnalysis(query).breach.get(component.id);
    if (check?.verdict !== 'not-met') return undefined;
    return { rationale: check.text, evidence: check.evidence };
  },
} satisfies ThreatRule;
