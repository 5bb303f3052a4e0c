import type { ModelQuery } from '../../../model/query/index.js';
import type { DataFlow } from '../../../model/types.js';
import { fact, flowPath, label } from '../helpers.js';
import {
  endpointAuthentication,
  processSpoofingReports,
  worthImpersonating,
} from '../support/stride-authentication.js';
import { describeContent, severityOfFlow } from '../support/stride-data.js';
import {
  describeLink,
  farFieldRadio,
  handsOnOnly,
  insideOneDevice,
  linkKind,
  physicalExposure,
} from '../support/stride-links.js';
import type { ThreatRule } from '../types.js';

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
  // A near-field link (an NFC reader, an inductive coil) puts the impostor within centimetres of the
  // sender: where only authorised people reach the sender, such as a provisioning line, that is hard.
  const source = query.component(flow.source);
  const senderAccess =
    linkKind(flow, query) === 'radio' && source !== undefined
      ? physicalExposure(source, query)
      : undefined;
  if (senderAccess?.level === 'low')
    return {
      level: 'low',
      reason: `the link reaches centimetres from "${flow.source}", and ${senderAccess.reason}`,
    };
  const inside =
    query.crossedBoundaries(flow).length === 0 ? query.boundariesOf(processId)[0] : undefined;
  return inside === undefined
    ? undefined
    : { level: 'low', reason: `an impostor must already be inside trust boundary "${inside}"` };
}

export const processSpoofing = {
  id: 'process-spoofing',
  version: 2,
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
    'A process receiving commands or sensitive data (PHI, PII, credentials, keys, training data) over a flow that does not prove the process: no authentication, or one-way authentication of the sender only (password, PIN, token, API key or another client proof from the initiator; a MAC or signature from the source; a one-way certificate or TLS when the process is the one opening the connection). TLS inferred from https proves the responder. Unauthenticated flows from an external entity or across a trust boundary are left to external-entity-spoofing and boundary-crossing-unauthenticated; in-process calls and a person at the device user interface are skipped. Wiring between two parts of one device is left to flow-tampering, which reports that link (an impostor on an internal bus means an opened device). Far-reaching radios raise exploitability; cables, links inside one trust boundary, and near-field links (NFC, inductive) whose sender sits where physical access is restricted lower it.',
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
    return (
      query
        .flowsTo(process.id)
        // A part of the same device posing as its neighbour on the internal bus means opening the
        // device: flow-tampering reports that link, and one finding is enough.
        .filter(
          (flow) =>
            processSpoofingReports(flow, query) && insideOneDevice(flow, query) === undefined,
        )
        .flatMap((flow) => {
          const authentication = endpointAuthentication(flow);
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
        })
    );
  },
} satisfies ThreatRule;
