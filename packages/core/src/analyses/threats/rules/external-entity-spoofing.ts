import type { ModelQuery } from '../../../model/query/index.js';
import type { DataFlow } from '../../../model/types.js';
import { fact, flowPath, label } from '../helpers.js';
import {
  endpointAuthentication,
  externalSourceUnproven,
  externalTargetUnproven,
  userLogin,
} from '../support/stride-authentication.js';
import { describeContent, severityOfFlow } from '../support/stride-data.js';
import { describeLink, linkKind, physicalExposure } from '../support/stride-links.js';
import type { ThreatRule } from '../types.js';

/**
 * Where the impostor has to be: at a cable or port, or standing at the device's own user interface,
 * which takes whatever physical access the device's setting gives (a ward, a clinic, a home).
 */
function impostorAccess(flow: DataFlow, query: ModelQuery) {
  const kind = linkKind(flow, query);
  if (kind === 'physical')
    return {
      exploitability: {
        level: 'moderate' as const,
        reason: 'an impostor needs access to the cable or port',
      },
    };
  const device = query.component(flow.target);
  const exposure =
    kind === 'user-interface' && device !== undefined ? physicalExposure(device, query) : undefined;
  return exposure === undefined
    ? {}
    : {
        exploitability: {
          level: exposure.level,
          reason: `an impostor has to stand at "${device?.id ?? flow.target}": ${exposure.reason}`,
        },
      };
}

export const externalEntitySpoofing = {
  id: 'external-entity-spoofing',
  version: 2,
  title: 'External entity can be impersonated',
  category: 'stride',
  stride: ['spoofing'],
  fdaCategory: 'authentication',
  references: {
    cwe: [306, 290, 287],
    capec: [151, 194],
    attackIcs: ['T0855', 'T0856', 'T0848'],
    fda: ['Premarket App. 1 A (authenticate communication endpoints)'],
  },
  description:
    'People and systems outside the device (a clinician, an EHR, the patient, a third-party service) feed it data and commands and receive its results. When nothing proves who is at the other end, anyone who reaches the link can pose as that entity: forged orders, readings or alarm acknowledgements are accepted as genuine, and patient data or commands meant for the entity go to the impostor.',
  detection:
    "An external entity that is the source of a flow into a process or data store, where nothing proves the external entity's identity: the flow declares no authentication, `none`, or a method that proves only the other end (a one-way certificate, or TLS inferred from https, proves the server; when the external entity opens the connection it stays unproven), and, for a person, the flow carries commands and the receiving component declares no user login (`access.authentication`); a person who only hands over data is not worth impersonating. A person at the device's own user interface is rated by the physical access of the device's setting (staff, household, restricted …), a cable or port lowers exploitability. The same holds for a flow carrying commands or sensitive data to the external entity whose receiving end nothing proves (an unauthenticated flow of that kind across a trust boundary is left to boundary-crossing-unauthenticated). A person at a user interface is not judged as a receiver. One finding per such flow.",
  falsePositives:
    'The entity is authenticated somewhere the model does not show: declare the method on the flow (`authentication: {method, mutual}`) or, for people, on the receiving component (`access.authentication`). If its input cannot affect care or privacy, state that in an assumption marking spoofing not applicable.',
  mitigation:
    'Authenticate every external source before acting on its input: mutual TLS or signed messages for systems, individual user authentication for people, and reject unauthenticated input at the boundary.',
  exploitability: 'high',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    component.type === 'external-entity' && query.flowsOf(component.id).length > 0,
  evaluate(entity, query) {
    const name = entity.name ?? entity.id;
    const sent = query
      .flowsFrom(entity.id)
      .filter((flow) => externalSourceUnproven(flow, query))
      .map((flow) => {
        const login = userLogin(flow, query);
        return {
          qualifier: flow.id,
          rationale: `External entity ${label(entity)} sends ${describeContent(flow)} to "${flow.target}" over flow "${flow.id}", ${describeLink(flow, query)}, and nothing proves the sender is really ${name}: an impostor's input would be accepted.`,
          evidence: [
            ...endpointAuthentication(flow).evidence,
            ...(login === undefined ? [] : [login.evidence]),
            fact(flowPath(flow, 'data'), `carries ${describeContent(flow)}`),
          ],
          severity: severityOfFlow(flow, query),
          ...impostorAccess(flow, query),
        };
      });
    const received = query
      .flowsTo(entity.id)
      .filter((flow) => externalTargetUnproven(flow, query))
      .map((flow) => ({
        qualifier: flow.id,
        rationale: `"${flow.source}" sends ${describeContent(flow)} to external entity ${label(entity)} over flow "${flow.id}", ${describeLink(flow, query)}, and nothing proves the receiver is really ${name}: an impostor would receive it.`,
        evidence: [
          ...endpointAuthentication(flow).evidence,
          fact(flowPath(flow, 'data'), `carries ${describeContent(flow)}`),
        ],
        severity: severityOfFlow(flow, query),
        ...impostorAccess(flow, query),
      }));
    return [...sent, ...received];
  },
} satisfies ThreatRule;
