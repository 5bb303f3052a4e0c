import type { ModelQuery } from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
import { componentPath, label } from '../helpers.js';
// The exact scope of no-security-logging, so that the two rules never judge the same process.
import { isBackEnd } from '../support/back-end.js';
import { reachableFromOutside, seriousFunctionsServed } from '../support/fda-design.js';
import { missingFlag } from '../support/stride-facts.js';
import type { ThreatRule } from '../types.js';

const changesBehaviour = (flow: DataFlow): boolean =>
  flow.carries.includes('commands') ||
  flow.data.includes('configuration') ||
  flow.data.includes('therapy-command');

const judgedByNoSecurityLogging = (process: Component, query: ModelQuery): boolean =>
  isBackEnd(process, query) ||
  reachableFromOutside(process, query).length > 0 ||
  seriousFunctionsServed(process, query).length > 0;

export const processRepudiation = {
  id: 'process-repudiation',
  version: 2,
  title: 'Commands received with no audit trail',
  category: 'stride',
  stride: ['repudiation'],
  fdaCategory: 'event-detection-logging',
  references: {
    cwe: [778, 223],
    fda: [
      'Premarket App. 1 F (event detection and logging)',
      'Playbook Table 2 (repudiation: denying that a prescribed treatment was given)',
    ],
  },
  description:
    'A process that acts on commands or configuration changes but records neither its security events nor the commands it executed leaves no trace of who changed what. A wrong or malicious change cannot be reconstructed after an incident, and whoever made it can deny it.',
  detection:
    'A process receiving commands or configuration (a flow into it carries commands, configuration or therapy commands) that declares neither `logging.security` nor `logging.userAttribution` true. Processes that others reach from outside their trust boundary, that serve a function of serious harm or worse, or that run in the cloud or back end (including the air-gapped manufacturer-offline deployment) are judged by no-security-logging and cloud-audit-log-missing instead, so this rule covers the internal, lower-harm command receivers they leave out.',
  falsePositives:
    'Another component keeps the audit trail of these commands (e.g. the sender logs every command with its issuer): declare the logging there and mark repudiation not applicable for this process in an assumption.',
  mitigation:
    'Record every command and configuration change the process executes, with time, source and issuer where known, in a log it cannot rewrite; forward it to the component that keeps the device audit trail.',
  exploitability: 'low',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    component.type === 'process' &&
    query.flowsTo(component.id).some(changesBehaviour) &&
    !judgedByNoSecurityLogging(component, query),
  evaluate(process, query) {
    const security = process.logging?.security;
    const attribution = process.logging?.userAttribution;
    if (security === true || attribution === true) return undefined;
    const flows = query.flowsTo(process.id).filter(changesBehaviour);
    return {
      rationale: `${label(process)} acts on ${flows.map((f) => `"${f.id}" from "${f.source}"`).join(', ')} but keeps no security log and no record of who issued the commands.`,
      evidence: [
        missingFlag(componentPath(process, 'logging', 'security'), security),
        missingFlag(componentPath(process, 'logging', 'userAttribution'), attribution),
      ],
    };
  },
} satisfies ThreatRule;
