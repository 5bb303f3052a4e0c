import { cloudAnalysis } from '../../cloud/analysis.js';
import { lossSeverityOf } from '../support/cloud-sla.js';
import type { ThreatRule } from '../types.js';

export const cloudAvailabilityBelowTolerance = {
  id: 'cloud-availability-below-tolerance',
  version: 1,
  title: 'Cloud SLA availability permits a longer outage than the clinical function tolerates',
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
    'An availability commitment is a downtime budget, not a limit on one outage: 99.9 % allows 8h 45m 36s a year, and unless the SLA also caps how long one incident may last, the whole budget can be spent at once while the provider owes nothing but service credits. A clinical function that stops with the cloud then stops for longer than patients tolerate, for every patient at once, without the SLA being breached.',
  detection:
    'A clinical function that stops when cloud dependencies stop (the loss query; a function behind a device-side offline mode with a declared offlineDuration tolerates that duration on top). The availabilities of all the dependencies it needs are multiplied (serial chain; a failover group counts as 1 − Π(1 − a)), and the downtime the composite allows over one measurement period (a month when every SLA is measured monthly, otherwise a year; year = 365 days, month = 30.44 days) is compared with clinicalFunctions[].maxTolerableOutage. When every dependency also commits to an RTO or a tested failover time below that allowance, the longest of those bounds one outage instead and cloud-rto-exceeds-tolerance judges it. Missing availability or tolerance is reported by cloud-sla-not-assessable.',
  falsePositives:
    'The function does not stop with the cloud: declare the device-side offline mode (resilience.offlineMode and offlineDuration) or remove the function from flows it does not need at run time. The contract caps incident duration: declare it as cloud.sla.rto. The SLA is measured monthly: declare measurementPeriod: month.',
  mitigation:
    'Negotiate an availability and an incident-duration (RTO) commitment that fit the tolerance, add a tested failover to another region or provider (cloud.failover, failoverTime), or keep the function going locally for longer than the SLA allows the cloud to be down.',
  exploitability: 'moderate',
  harm: 'availability',
  appliesTo: 'function',
  when: (fn, query) => cloudAnalysis(query).checks.has(fn.id),
  evaluate(fn, query) {
    const failed = (cloudAnalysis(query).checks.get(fn.id) ?? []).filter(
      (c) => c.check === 'availability' && c.verdict === 'not-met' && c.boundBy === 'availability',
    );
    return failed.map((check) => ({
      rationale: check.text,
      evidence: check.evidence,
      severity: lossSeverityOf(fn),
      ...(check.shield === undefined ? {} : { qualifier: check.shield.component }),
    }));
  },
} satisfies ThreatRule;
