import { cloudAnalysis } from '../../cloud/analysis.js';
import { isCloudDependencyMember } from '../support/cloud-sla.js';
import type { ThreatRule } from '../types.js';

export const cloudSlaNotAssessable = {
  id: 'cloud-sla-not-assessable',
  version: 1,
  title: 'Cloud dependency whose SLA cannot be checked against clinical tolerance',
  category: 'cloud',
  stride: ['denial-of-service'],
  fdaCategory: 'resiliency-recovery',
  references: {
    fda: [
      'Premarket IV.B (availability objective, including cloud services)',
      'Playbook App. B (using a cloud provider does not transfer the threats to it)',
      'MITRE 2026 evolving technologies (SLAs and clear roles for cloud services)',
    ],
  },
  description:
    'A clinical function depends on a cloud service whose service-level terms, or whose own tolerance, the model does not state. Whether the service can be down longer than patients tolerate, lose more data than they can afford, or report a breach too late is then unknown: not assessed, which is not the same as acceptable.',
  detection:
    'A member of a cloud dependency of a clinical function with no cloud.sla, or an SLA without availabilityPercent or breachNotification (the minimum every SLA of a clinical dependency should state), without an rpo where it keeps data and a dependant declares maxTolerableDataLoss, a failover group without cloud.failoverTime, or a dependent function without maxTolerableOutage. An RTO is not required: the availability term bounds an outage without it.',
  falsePositives:
    'The terms exist in a contract but not in the model: declare them under cloud.sla with the contract as source. The function does not need the service at run time: remove the function from the flows it does not need.',
  mitigation:
    "Obtain the provider's SLA (availability, measurement period, RTO, RPO, support response, breach notification, data residency), record it with its source in cloud.sla, and state each dependent function's maximum tolerable outage and data loss.",
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'component',
  when: (component, query) => isCloudDependencyMember(component.id, query),
  evaluate(component, query) {
    const analysis = cloudAnalysis(query);
    const gaps = analysis.gaps.get(component.id);
    if (gaps === undefined) return undefined;
    const group = analysis.groups.find((g) => g.members.some((m) => m.id === component.id));
    const dependants = [
      ...new Set(
        analysis.dependences.filter((d) => d.group === group?.id).map((d) => d.functionId),
      ),
    ];
    return {
      rationale: `Clinical function${dependants.length > 1 ? 's' : ''} ${dependants.join(', ')} depend${dependants.length > 1 ? '' : 's'} on "${component.id}", but ${gaps.map((g) => g.text).join('; ')}.`,
      evidence: gaps.map((g) => ({ path: g.path, text: g.text })),
    };
  },
} satisfies ThreatRule;
