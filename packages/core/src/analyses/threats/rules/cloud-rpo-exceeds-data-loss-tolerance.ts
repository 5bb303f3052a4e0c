import { failedChecks, isCloudDependency, lossSeverityOf } from '../support/cloud-sla.js';
import type { ThreatRule } from '../types.js';

export const cloudRpoExceedsDataLossTolerance = {
  id: 'cloud-rpo-exceeds-data-loss-tolerance',
  version: 1,
  title: 'Cloud recovery point loses more data than the clinical function tolerates',
  category: 'cloud',
  stride: ['denial-of-service', 'tampering'],
  fdaCategory: 'resiliency-recovery',
  references: {
    capec: [607],
    attackIcs: ['T0809', 'T0826'],
    fda: [
      'Premarket IV.B (availability objective, including cloud services)',
      'Premarket App. 1 G (resiliency and recovery)',
      'MITRE 2026 evolving technologies (multi-region backups for cloud-dependent functions)',
    ],
  },
  description:
    "The recovery point objective (RPO) is how much recent data a restore after an incident may lose: a database restored from last night's backup after ransomware or a region failure comes back without the readings, results or settings of the last hours. When that is more than a dependent function can lose, care continues on missing or outdated data.",
  detection:
    "A cloud dependency of a clinical function that keeps data (a data store, declared storage, or a declared RPO) whose cloud.sla.rpo (the largest of a failover group's members) exceeds the function's maxTolerableDataLoss. Functions without maxTolerableDataLoss are not judged; a data-keeping dependency without an RPO is reported by cloud-sla-not-assessable.",
  falsePositives:
    "The data is also kept elsewhere and re-synchronised after a restore (the device buffers readings until they are acknowledged): declare the smaller effective loss as the function's maxTolerableDataLoss and say why in the model.",
  mitigation:
    'Use continuous replication or point-in-time recovery with an RPO below the tolerance, keep immutable backups in another region, have devices buffer data until the cloud acknowledges it, and test restores.',
  exploitability: 'low',
  harm: 'availability',
  appliesTo: 'component',
  when: (component, query) => isCloudDependency(component.id, query),
  evaluate(component, query) {
    return failedChecks(component.id, 'data-loss', query).map(({ fn, check }) => ({
      qualifier: fn.id,
      rationale: check.text,
      evidence: check.evidence,
      severity: lossSeverityOf(fn),
    }));
  },
} satisfies ThreatRule;
