import type { ModelQuery } from '../../../model/query/index.js';
import type { Component } from '../../../model/types.js';
import { componentPath, label } from '../helpers.js';
import {
  dataClassesAt,
  flowsCarryingEvidence,
  isTamperResistant,
  SECRET_DATA,
  sensitiveOf,
  severityOfLeakedSecrets,
} from '../support/stride-data.js';
import { missingFlag } from '../support/stride-facts.js';
import { physicalExposure } from '../support/stride-links.js';
import type { ThreatRule } from '../types.js';

/** The store itself and whoever reads secrets from it: leaked secrets unlock them. */
function unlockedBySecrets(store: Component, query: ModelQuery): string[] {
  const readers = query
    .flowsFrom(store.id)
    .filter((flow) => flow.data.some((d) => SECRET_DATA.includes(d)))
    .map((flow) => flow.target);
  return [store.id, ...readers];
}

export const dataStoreInformationDisclosure = {
  id: 'data-store-information-disclosure',
  version: 1,
  title: 'Sensitive data stored unencrypted',
  category: 'stride',
  stride: ['information-disclosure'],
  fdaCategory: 'confidentiality',
  references: {
    cwe: [311, 312, 922],
    capec: [37, 150],
    attackIcs: ['T0811', 'T0893'],
    fda: ['Premarket App. 1 E (confidentiality of data at rest)'],
  },
  description:
    'Databases, file stores and logs holding patient records, identities, training data, credentials or keys are copied in bulk when storage media, backups, snapshots or the host are exposed. Unencrypted, every record is readable at once; stored credentials and keys also give control of the components that use them.',
  detection:
    'A data store with sensitive data on its flows (PHI, PII, training data, credentials, keys) whose `storage.encryptedAtRest` is not true; a secure element or HSM is taken as protected by what it is. Severity is a privacy breach unless credentials or keys are stored; then it is what the store and the components reading those secrets can do to patients. Exploitability follows who can handle the storage hardware.',
  falsePositives:
    'The platform encrypts the volume with keys the manufacturer controls (e.g. cloud volume encryption with customer-managed keys): declare `storage.encryptedAtRest: true` and name the algorithm in `storage.encryptionAlgorithm`.',
  mitigation:
    'Encrypt the store at rest (AES-256-GCM or platform volume encryption) with keys kept in a KMS or HSM and rotated; encrypt backups and snapshots too; keep secrets in a dedicated vault rather than a general database.',
  exploitability: 'moderate',
  harm: 'privacy',
  appliesTo: 'component',
  when: (component, query) =>
    component.type === 'data-store' && dataClassesAt(component.id, query).length > 0,
  evaluate(store, query) {
    const encrypted = store.storage?.encryptedAtRest;
    const data = sensitiveOf(dataClassesAt(store.id, query));
    if (encrypted === true || isTamperResistant(store) || data.length === 0) return undefined;
    const exposure = physicalExposure(store, query);
    const severity = data.some((d) => SECRET_DATA.includes(d))
      ? severityOfLeakedSecrets(unlockedBySecrets(store, query), query)
      : undefined;
    return {
      rationale: `Data store ${label(store)} holds ${data.join(', ')} and does not declare encryption at rest${exposure === undefined ? '' : `; ${exposure.reason}`}.`,
      evidence: [
        missingFlag(componentPath(store, 'storage', 'encryptedAtRest'), encrypted),
        ...flowsCarryingEvidence(store.id, data, query),
      ],
      ...(exposure === undefined ? {} : { exploitability: exposure }),
      ...(severity === undefined ? {} : { severity }),
    };
  },
} satisfies ThreatRule;
