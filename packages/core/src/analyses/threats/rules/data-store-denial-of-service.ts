import { componentPath, label } from '../helpers.js';
import { isTamperResistant } from '../support/stride-data.js';
import { missingFlag } from '../support/stride-facts.js';
import type { ThreatRule } from '../types.js';

export const dataStoreDenialOfService = {
  id: 'data-store-denial-of-service',
  version: 2,
  title: 'Stored data can be destroyed with no way back',
  category: 'stride',
  stride: ['denial-of-service'],
  fdaCategory: 'resiliency-recovery',
  references: {
    cwe: [400],
    attackIcs: ['T0809', 'T0826'],
    fda: ['Premarket App. 1 G (resiliency and recovery)'],
  },
  description:
    'Ransomware, a malicious insider, a faulty update or a filled disk can delete, encrypt or corrupt a data store. Without backups or a redundant copy, the drug library, therapy settings or patient history that clinical functions depend on are gone until rebuilt by hand.',
  detection:
    'A data store that declares neither `storage.backups: true` nor `resilience.redundancy: true`. Secure elements and HSMs are not judged: their keys are meant never to leave them, so they are re-provisioned, not restored. Severity follows what stops when the store is lost.',
  falsePositives:
    'The data can be regenerated from another source of record within the tolerable outage (e.g. a cache): state that in an assumption suppressing this finding, or declare `resilience.redundancy: true` when a replica exists.',
  mitigation:
    'Keep versioned backups with an offline or immutable copy, test restores against the tolerable outage of the functions that depend on the data, replicate critical stores, and cap storage use so one writer cannot exhaust it.',
  exploitability: 'moderate',
  harm: 'availability',
  appliesTo: 'component',
  when: (component) => component.type === 'data-store',
  evaluate(store) {
    const backups = store.storage?.backups;
    const redundancy = store.resilience?.redundancy;
    if (backups === true || redundancy === true || isTamperResistant(store)) return undefined;
    return {
      rationale: `Data store ${label(store)} declares no backups and no redundant copy: deleted, encrypted or corrupted data cannot be restored.`,
      evidence: [
        missingFlag(componentPath(store, 'storage', 'backups'), backups),
        missingFlag(componentPath(store, 'resilience', 'redundancy'), redundancy),
      ],
    };
  },
} satisfies ThreatRule;
