import { classifyAlgorithm } from '../../../model/algorithms.js';
import { authenticationOf, encryptionOf, type ModelQuery } from '../../../model/query/index.js';
import type { DataFlow } from '../../../model/types.js';
import { SAFETY_DATA } from '../../../model/vocabulary.js';
import { fact, flowPath, label, notDeclared } from '../helpers.js';
import { describeHarm, isSeriousOrWorse, remoteLinkOf } from '../support/fda-design.js';
import type { ThreatRule } from '../types.js';

const KEYED = ['mac', 'signature', 'aead'];

/**
 * What proves to the receiver that the data came from the genuine source. A keyed check proves it;
 * a server-only TLS channel (inferred, or `mutual: false`) authenticates the responder, which is the
 * source only when the target opened the connection.
 */
function originProof(flow: DataFlow): string | undefined {
  const integrity =
    flow.integrity === undefined ? undefined : classifyAlgorithm(flow.integrity.algorithm);
  if (
    integrity !== undefined &&
    KEYED.includes(integrity.kind) &&
    integrity.deprecated === undefined
  )
    return `integrity ${flow.integrity?.algorithm ?? ''}`;
  const encryption = encryptionOf(flow);
  if (encryption?.info.kind === 'aead') return `authenticated encryption ${encryption.algorithm}`;
  const auth = authenticationOf(flow);
  const serverOnly =
    auth === undefined
      ? encryption?.info.kind === 'channel'
      : auth.basis === 'protocol' || auth.mutual === false;
  if (auth !== undefined && !serverOnly) return `authentication ${auth.method}`;
  return serverOnly && flow.initiator === 'target'
    ? 'a server-authenticated channel the target opens'
    : undefined;
}

/** The scope of crc-as-security-integrity: commands, code or safety data (alarms included). */
function carriesSafetyData(flow: DataFlow): boolean {
  return (
    flow.carries.includes('commands') ||
    flow.carries.includes('code') ||
    flow.data.some((d) => SAFETY_DATA.includes(d))
  );
}

/** crc-as-security-integrity forgives a CRC inside declared AEAD or channel encryption. */
function inAuthenticatedEncryption(flow: DataFlow): boolean {
  const kind =
    flow.encryption === undefined ? undefined : classifyAlgorithm(flow.encryption.algorithm).kind;
  return kind === 'aead' || kind === 'channel';
}

/** Cases whose root cause other rules already report. */
function reportedElsewhere(flow: DataFlow, query: ModelQuery): boolean {
  const integrity = flow.integrity;
  const crcReliedOn =
    integrity !== undefined &&
    classifyAlgorithm(integrity.algorithm).kind === 'checksum' &&
    (integrity.purpose === 'security' ||
      (integrity.purpose === undefined &&
        carriesSafetyData(flow) &&
        !inAuthenticatedEncryption(flow)));
  const fromExternal = query.component(flow.source)?.type === 'external-entity';
  const unauthenticatedAcross =
    authenticationOf(flow) === undefined && query.crossedBoundaries(flow).length > 0;
  return crcReliedOn || fromExternal || unauthenticatedAcross;
}

export const spoofableSafetyTelemetry = {
  id: 'spoofable-safety-telemetry',
  version: 1,
  title: 'Safety-relevant telemetry or alarms accepted without proof of origin',
  category: 'fda-design',
  stride: ['spoofing', 'tampering'],
  fdaCategory: 'authentication',
  references: {
    cwe: [345, 290, 346],
    capec: [148, 151],
    attackIcs: ['T0856', 'T0832'],
    fda: ['Premarket App. 1 A (authenticity of telemetry whose spoofing can harm)'],
  },
  description:
    'Sensor readings and alarms drive therapy and clinical decisions: a glucose value sets an insulin dose, implant telemetry guides reprogramming, an alarm summons a nurse. If the receiver cannot tell genuine readings from forged ones, an attacker in radio or network range can inject false values and trigger wrong therapy or hide a real emergency.',
  detection:
    'A flow carrying telemetry or alarms into a component (or for a function) whose harm is serious or worse, with no keyed integrity (MAC, signature, AEAD) and no authentication that covers the sender; server-only TLS covers the sender only when the target opens the connection. Left to other rules: a CRC relied on for security (crc-as-security-integrity), flows from an external entity (external-entity-spoofing, which judges every proof of an external source), and flows with no authentication at all that cross a trust boundary (boundary-crossing-unauthenticated).',
  falsePositives:
    'The receiver authenticates the sender in a way the model does not show (e.g. bonded BLE with LE secure connections): declare it as `authentication` or `encryption` on the flow.',
  mitigation:
    'Authenticate every reading or alarm with a MAC or signature under a per-device key (or carry it in a mutually authenticated channel), include a counter or timestamp, and make the receiver discard and report data that fails the check.',
  exploitability: 'high',
  harm: 'patient',
  appliesTo: 'flow',
  when: (flow, query) =>
    flow.data.some((d) => d === 'telemetry' || d === 'alarm') &&
    isSeriousOrWorse(query.harmOfFlow(flow.id).severity),
  evaluate(flow, query) {
    if (originProof(flow) !== undefined || reportedElsewhere(flow, query)) return undefined;
    const auth = authenticationOf(flow);
    const localProtocol = remoteLinkOf(flow, query) === undefined ? flow.protocol?.name : undefined;
    return {
      rationale: `Flow ${label(flow)} delivers ${flow.data.filter((d) => d === 'telemetry' || d === 'alarm').join(' and ')} that ${describeHarm(query.harmOfFlow(flow.id))}, and nothing proves to "${flow.target}" that it came from "${flow.source}".`,
      evidence: [
        auth === undefined
          ? notDeclared(flowPath(flow, 'authentication'), 'none')
          : fact(
              flowPath(flow, auth.basis === 'protocol' ? 'protocol' : 'authentication'),
              `${auth.method} authenticates only the side "${flow.source}" connects to`,
            ),
        flow.integrity === undefined
          ? notDeclared(flowPath(flow, 'integrity'), 'none')
          : fact(flowPath(flow, 'integrity'), `${flow.integrity.algorithm} is not a keyed check`),
      ],
      ...(localProtocol !== undefined
        ? {
            exploitability: {
              level: 'low' as const,
              reason: `the ${localProtocol} link needs access to the hardware or its software`,
            },
          }
        : {}),
    };
  },
} satisfies ThreatRule;
