import { authenticationOf, type ModelQuery } from '../../../model/query/index.js';
import type { DataFlow } from '../../../model/types.js';
import { SENSITIVE_DATA } from '../../../model/vocabulary.js';
import { fact, flowPath, label } from '../helpers.js';
import {
  endpointAuthentication,
  externalSourceUnproven,
} from '../support/stride-authentication.js';
import { describeContent, severityOfFlow } from '../support/stride-data.js';
import { describeLink, farFieldRadio, handsOnOnly, linkKind } from '../support/stride-links.js';
import type { ThreatRule } from '../types.js';

/**
 * Commands or secrets a client would hand to whoever answers in the process's place. In-process
 * calls and a person at the device's own screen cannot be redirected to an impostor.
 */
function worthImpersonating(flow: DataFlow, query: ModelQuery): boolean {
  const kind = linkKind(flow, query);
  return (
    kind !== 'in-process' &&
    kind !== 'user-interface' &&
    (flow.carries.includes('commands') || flow.data.some((d) => SENSITIVE_DATA.includes(d)))
  );
}

/** A flow with no authentication at all is reported once, by the rule that owns that case. */
function reportedElsewhere(flow: DataFlow, query: ModelQuery): boolean {
  if (authenticationOf(flow) !== undefined) return false;
  return externalSourceUnproven(flow, query) || query.crossedBoundaries(flow).length > 0;
}

/** How far away an impostor can be: radio range raises the default, a closed-off link lowers it. */
function impostorReach(
  flow: DataFlow,
  processId: string,
  query: ModelQuery,
): { readonly level: 'high' | 'low'; readonly reason: string } | undefined {
  const radio = farFieldRadio(flow, query);
  if (radio !== undefined)
    return { level: 'high', reason: `anyone within ${radio} range can pose as the process` };
  const handsOn = handsOnOnly(flow, query);
  if (handsOn !== undefined) return handsOn;
  const inside =
    query.crossedBoundaries(flow).length === 0 ? query.boundariesOf(processId)[0] : undefined;
  return inside === undefined
    ? undefined
    : { level: 'low', reason: `an impostor must already be inside trust boundary "${inside}"` };
}

export const processSpoofing = {
  id: 'process-spoofing',
  version: 1,
  title: 'Clients cannot verify they talk to the genuine process',
  category: 'stride',
  stride: ['spoofing'],
  fdaCategory: 'authentication',
  references: {
    cwe: [300, 322, 295],
    capec: [94, 151],
    attackIcs: ['T0830'],
    fda: ['Premarket App. 1 A (authenticate communication endpoints)'],
  },
  description:
    'A phone app, programmer or gateway that hands commands or patient data to a device or server must know it reached the genuine one. If only the client proves itself, an impostor (a rogue access point, a fake BLE peripheral, a look-alike server) collects the data and credentials, swallows therapy changes, and answers with forged status.',
  detection:
    'A process receiving commands or sensitive data (PHI, PII, credentials, keys, training data) over a flow that does not prove the process: no authentication, or one-way authentication of the sender only (password, PIN, token, API key or another client proof from the initiator; a MAC or signature from the source; a one-way certificate or TLS when the process is the one opening the connection). TLS inferred from https proves the responder. Unauthenticated flows from an external entity or across a trust boundary are left to external-entity-spoofing and boundary-crossing-unauthenticated; in-process calls and a person at the device user interface are skipped. Far-reaching radios raise exploitability; cables, wiring inside one device and links inside one trust boundary lower it.',
  falsePositives:
    'The process is proven by something not on the flow, e.g. a pre-shared key or pairing both ends hold, or mutual TLS: declare it (`authentication: {method, mutual: true}`).',
  mitigation:
    'Authenticate the server or device to the client as well: TLS with certificate validation and pinning for servers, mutual authentication (authenticated pairing, mutual TLS, challenge-response with device keys) for devices, before any command or sensitive data is sent.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    component.type === 'process' &&
    query.flowsTo(component.id).some((flow) => worthImpersonating(flow, query)),
  evaluate(process, query) {
    return query
      .flowsTo(process.id)
      .filter((flow) => worthImpersonating(flow, query) && !reportedElsewhere(flow, query))
      .flatMap((flow) => {
        const authentication = endpointAuthentication(flow);
        if (authentication.target) return [];
        const exploitability = impostorReach(flow, process.id, query);
        return [
          {
            qualifier: flow.id,
            rationale: `"${flow.source}" sends ${describeContent(flow)} to ${label(process)} over flow "${flow.id}", ${describeLink(flow, query)}, but nothing on the flow proves to the sender that it reached the genuine "${process.id}".`,
            evidence: [
              ...authentication.evidence,
              fact(flowPath(flow, 'initiator'), `initiator: ${flow.initiator}`),
            ],
            severity: severityOfFlow(flow, query),
            ...(exploitability === undefined ? {} : { exploitability }),
          },
        ];
      });
  },
} satisfies ThreatRule;
