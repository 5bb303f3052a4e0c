import { failedChecks, isCloudDependency, lossSeverityOf } from '../support/cloud-sla.js';
import type { ThreatRule } from '../types.js';

export const cloudRtoExceedsTolerance = {
  id: 'cloud-rto-exceeds-tolerance',
  version: 1,
  title: 'Cloud recovery time longer than the clinical function tolerates',
  category: 'cloud',
  stride: ['denial-of-service'],
  fdaCategory: 'resiliency-recovery',
  references: {
    capec: [607],
    attackIcs: ['T0826'],
    fda: [
      'Premarket IV.B (availability objective, including cloud services)',
      'Premarket App. 1 G (independent function when communications are disrupted)',
      'MITRE 2026 evolving technologies (SLAs and resilient architecture for cloud-dependent functions)',
    ],
  },
  description:
    'The recovery time objective (RTO) is how long the provider may take to restore service after an incident, ransomware and region failures included. When it is longer than a dependent clinical function can be interrupted, an incident handled exactly as contracted still harms patients.',
  detection:
    "A cloud dependency of a clinical function whose cloud.sla.rto (or, for a failover group, the shorter of cloud.failoverTime and the primary's RTO) exceeds the function's maxTolerableOutage (plus the offlineDuration of an offline-capable component between them). One finding per dependency and function; the finding id names both.",
  falsePositives:
    'The function keeps going without the dependency for longer (declare the offline mode and its duration), or a tested failover restores service sooner (declare cloud.failover and failoverTime).',
  mitigation:
    'Negotiate an RTO below the tolerance, add a tested failover to a standby region or provider with a switchover time below it, or keep the function going locally until service is back.',
  exploitability: 'moderate',
  harm: 'availability',
  appliesTo: 'component',
  when: (component, query) => isCloudDependency(component.id, query),
  evaluate(component, query) {
    return failedChecks(component.id, 'recovery', query).map(({ fn, check }) => ({
      qualifier: fn.id,
      rationale: check.text,
      evidence: check.evidence,
      severity: lossSeverityOf(fn),
    }));
  },
} satisfies ThreatRule;
