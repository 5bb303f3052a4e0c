import { componentPath, label } from '../helpers.js';
import { dataClassesAt, isTamperResistant } from '../support/stride-data.js';
import { missingFlag } from '../support/stride-facts.js';
import type { ThreatRule } from '../types.js';

export const dataStoreRepudiation = {
  id: 'data-store-repudiation',
  version: 2,
  title: 'Access to stored data is not recorded',
  category: 'stride',
  stride: ['repudiation'],
  fdaCategory: 'event-detection-logging',
  references: {
    cwe: [778, 223],
    capec: [268],
    fda: ['Premarket App. 1 F (event detection and logging)'],
  },
  description:
    'When nobody records who read, changed or deleted stored records, a changed drug library, a deleted alarm history or a bulk export of patient data cannot be traced to whoever did it; the change can be denied and the same abuse goes on unnoticed. For stores holding audit logs, unrecorded access lets an intruder erase their own trail.',
  detection:
    'A data store whose `storage.accessLogged` is not true, unless its own security log attributes actions to users (`logging.security` and `logging.userAttribution` true), which records who changed what. Secure elements and HSMs are not judged: only the firmware that owns them can change what they hold, and nobody acts on them directly. The data classes on its flows are named; severity follows what the store can affect (`harmOfComponent`).',
  falsePositives:
    'Access is recorded by the only process that can reach the store (its log attributes every change): declare `storage.accessLogged: true` and name that process in a control. If the playbook choice is to analyse repudiation at the managing process, mark this cell not applicable in an assumption.',
  mitigation:
    'Log reads of sensitive records and every change or deletion with the identity, time and what changed; send the records to a log store the writers cannot alter, and review them.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => component.type === 'data-store',
  evaluate(store, query) {
    const logged = store.storage?.accessLogged;
    if (logged === true || isTamperResistant(store)) return undefined;
    if (store.logging?.security === true && store.logging.userAttribution === true)
      return undefined;
    const data = dataClassesAt(store.id, query);
    const auditTrail = store.kind === 'log-store' || data.includes('audit-log');
    return {
      rationale: `Data store ${label(store)}${data.length > 0 ? ` holds ${data.join(', ')} and` : ''} does not declare that access to it is logged: changes and deletions cannot be traced to who made them${auditTrail ? ', including deletion of the audit trail it keeps' : ''}.`,
      evidence: [missingFlag(componentPath(store, 'storage', 'accessLogged'), logged)],
    };
  },
} satisfies ThreatRule;
