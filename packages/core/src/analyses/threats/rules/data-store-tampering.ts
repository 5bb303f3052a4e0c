import { componentPath, label } from '../helpers.js';
import { dataClassesAt, isTamperResistant } from '../support/stride-data.js';
import { missingFlag } from '../support/stride-facts.js';
import { isPipeline } from '../support/software-update.js';
import type { ThreatRule } from '../types.js';

export const dataStoreTampering = {
  id: 'data-store-tampering',
  version: 2,
  title: 'Stored data can be altered undetected',
  category: 'stride',
  stride: ['tampering'],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    cwe: [345, 353],
    capec: [75, 165],
    attackIcs: ['T0836'],
    fda: [
      'Premarket App. 1 A (authenticity of information at rest)',
      'Premarket App. 1 D (code, data and execution integrity)',
    ],
  },
  description:
    'Drug libraries, therapy settings, patient records and AI models are read back and acted on. Whoever can write to the store (an insider, malware on the host, a compromised service) can change them, and without an integrity check the readers act on the altered values as if they were genuine.',
  detection:
    'A data store whose `storage.integrityProtected` is not true; a secure element or HSM is taken as protected by what it is. Source repositories and artifact stores are left to ci-cd-compromise, which judges the safeguards that keep the code in them genuine (signed commits, protected branches, integrity-protected artifacts). The data classes on its flows and the components reading from it are named; severity follows what those readers do with the data (`harmOfComponent`).',
  falsePositives:
    'Integrity is verified by the readers (a signature or MAC on each record or file checked before use): declare `storage.integrityProtected: true` and describe the mechanism in a control.',
  mitigation:
    'Sign or MAC safety-relevant records and files (drug libraries, configurations, models) and verify them before use; restrict write access to the processes that own the data; keep versioned, write-once copies to detect and undo changes.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => component.type === 'data-store',
  evaluate(store, query) {
    const integrity = store.storage?.integrityProtected;
    if (integrity === true || isTamperResistant(store) || isPipeline(store)) return undefined;
    const data = dataClassesAt(store.id, query);
    const readers = query.flowsFrom(store.id).map((flow) => flow.target);
    return {
      rationale: `Data store ${label(store)}${data.length > 0 ? ` holds ${data.join(', ')} and` : ''} does not declare integrity protection${readers.length > 0 ? `; ${readers.map((r) => `"${r}"`).join(', ')} would act on altered data` : ''}.`,
      evidence: [missingFlag(componentPath(store, 'storage', 'integrityProtected'), integrity)],
    };
  },
} satisfies ThreatRule;
