import { componentPath, flowPath, label } from '../helpers.js';
import { describeContent, severityOfFlow } from '../support/stride-data.js';
import { missingFlag } from '../support/stride-facts.js';
import { userLogin } from '../support/stride-authentication.js';
import type { ThreatRule } from '../types.js';

export const externalEntityRepudiation = {
  id: 'external-entity-repudiation',
  version: 2,
  title: 'Commands from an external entity cannot be attributed',
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
    'When a clinician, an order system or a remote operator sends a command and nothing records who sent it, a wrong or malicious therapy change cannot be traced to its author after the fact: the author can deny it, investigations stall, and the same abuse can repeat unnoticed.',
  detection:
    'An external entity that sources a flow carrying commands into a process, where the flow does not authenticate the person or system issuing them (`authentication.userIdentity` not true) and the receiving process does not log commands with the identity that issued them (`logging.userAttribution` not true). A person is identified by the login of the component they use (`access.authentication` other than `none`), as a badge or password login names who is at the screen. One finding per such flow.',
  falsePositives:
    'The identity is recorded elsewhere, e.g. the order system signs each order with the prescriber identity: declare `authentication.userIdentity: true` on the flow, or `logging.userAttribution: true` on the process that keeps the attributed audit trail.',
  mitigation:
    'Authenticate individual users (not shared device accounts) on command paths and log every command with who issued it, when, and the resulting change, in a log the issuer cannot alter.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    component.type === 'external-entity' &&
    query
      .flowsFrom(component.id)
      .some(
        (flow) =>
          flow.carries.includes('commands') && query.component(flow.target)?.type === 'process',
      ),
  evaluate(entity, query) {
    return query.flowsFrom(entity.id).flatMap((flow) => {
      const target = query.component(flow.target);
      if (!flow.carries.includes('commands') || target?.type !== 'process') return [];
      const login = userLogin(flow, query);
      const identified = flow.authentication?.userIdentity === true || login?.proven === true;
      const attributed = target.logging?.userAttribution === true;
      if (identified || attributed) return [];
      return [
        {
          qualifier: flow.id,
          rationale: `External entity ${label(entity)} sends ${describeContent(flow)} to ${label(target)} over flow "${flow.id}"; the flow does not identify who issues them and "${target.id}" does not log commands with their issuer, so a harmful command cannot be traced to its author.`,
          evidence: [
            missingFlag(
              flowPath(flow, 'authentication', 'userIdentity'),
              flow.authentication?.userIdentity,
            ),
            ...(login === undefined ? [] : [login.evidence]),
            missingFlag(
              componentPath(target, 'logging', 'userAttribution'),
              target.logging?.userAttribution,
            ),
          ],
          severity: severityOfFlow(flow, query),
        },
      ];
    });
  },
} satisfies ThreatRule;
