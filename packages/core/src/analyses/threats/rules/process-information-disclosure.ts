import type { ModelQuery } from '../../../model/query/index.js';
import type { Component } from '../../../model/types.js';
import type { DataClass } from '../../../model/vocabulary.js';
import { componentPath, label } from '../helpers.js';
import {
  dataClassesAt,
  flowsCarryingEvidence,
  SECRET_DATA,
  sensitiveOf,
  severityOfLeakedSecrets,
} from '../support/stride-data.js';
import { missingFlag } from '../support/stride-facts.js';
import { physicalExposure } from '../support/stride-links.js';
import type { ThreatRule } from '../types.js';

/**
 * Sensitive data the process handles that this rule judges. Secrets of a component that declares
 * its credentials are judged per credential (key-storage-unprotected, hardcoded-credentials).
 */
function judgedData(process: Component, query: ModelQuery): DataClass[] {
  const sensitive = sensitiveOf(dataClassesAt(process.id, query));
  return process.credentials.length > 0
    ? sensitive.filter((d) => !SECRET_DATA.includes(d))
    : sensitive;
}

const OTHERS_TOUCH = ['public', 'household', 'patient-only', 'staff'];

export const processInformationDisclosure = {
  id: 'process-information-disclosure',
  version: 1,
  title: 'Sensitive data readable from a device others can handle',
  category: 'stride',
  stride: ['information-disclosure'],
  fdaCategory: 'confidentiality',
  references: {
    cwe: [311, 312, 922],
    capec: [37, 507],
    attackIcs: ['T0893', 'T0882'],
    fda: ['Premarket App. 1 E (confidentiality of data at rest)'],
  },
  description:
    'Devices in homes, on the body and on hospital wards are lost, stolen, returned, resold and serviced. Whatever a device or app keeps unencrypted in flash, logs or caches (patient records, identities, tokens, keys) can be read by whoever holds it, and stolen credentials open the rest of the system.',
  detection:
    'A process in a deployment where others can handle the hardware (physical access public, household, patient-only or staff) that sends or receives sensitive data (PHI, PII, training data, and credentials or keys when the component declares no credentials of its own), and whose `storage.encryptedAtRest` is not true. Severity rises above a privacy breach when credentials or keys are exposed.',
  falsePositives:
    'The process keeps nothing at rest, not even logs, caches or crash dumps: record that in an assumption that suppresses this finding. Storage encrypted under a hardware-held key: declare `storage.encryptedAtRest: true`.',
  mitigation:
    'Keep as little as possible on the device; encrypt what stays with keys held in a secure element or the platform keystore; wipe data on decommissioning and return, and describe secure disposal in the labeling.',
  exploitability: 'moderate',
  harm: 'privacy',
  appliesTo: 'component',
  when: (component, query) => {
    const access = query.exposureOf(component)?.physicalAccess;
    return (
      component.type === 'process' &&
      access !== undefined &&
      OTHERS_TOUCH.includes(access) &&
      dataClassesAt(component.id, query).length > 0
    );
  },
  evaluate(process, query) {
    const encrypted = process.storage?.encryptedAtRest;
    const data = judgedData(process, query);
    if (encrypted === true || data.length === 0) return undefined;
    const exposure = physicalExposure(process, query);
    const severity = data.some((d) => SECRET_DATA.includes(d))
      ? severityOfLeakedSecrets([process.id], query)
      : undefined;
    return {
      rationale: `${process.kind} ${label(process)} handles ${data.join(', ')} and does not declare its storage encrypted at rest${exposure === undefined ? '' : `; ${exposure.reason}`}.`,
      evidence: [
        missingFlag(componentPath(process, 'storage', 'encryptedAtRest'), encrypted),
        ...flowsCarryingEvidence(process.id, data, query),
      ],
      ...(exposure === undefined ? {} : { exploitability: exposure }),
      ...(severity === undefined ? {} : { severity }),
    };
  },
} satisfies ThreatRule;
