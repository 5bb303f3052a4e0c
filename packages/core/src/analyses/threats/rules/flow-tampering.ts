import { classifyAlgorithm, type AlgorithmInfo } from '../../../model/algorithms.js';
import { encryptionOf, type ModelQuery } from '../../../model/query/index.js';
import type { DataFlow } from '../../../model/types.js';
import { fact, flowPath, label, notDeclared } from '../helpers.js';
import { crcReliedOnForSecurity } from '../support/integrity.js';
import { loadsCodeFromRemovableMedia } from '../support/software-update.js';
import { describeContent } from '../support/stride-data.js';
import { handsOnOnly, linkKind } from '../support/stride-links.js';
import type { ThreatRule } from '../types.js';

interface Mechanism {
  readonly algorithm: string;
  readonly info: AlgorithmInfo;
}

/** Mechanisms that stop a deliberate change: the attacker cannot recompute them without a key. */
const KEYED_KINDS: readonly AlgorithmInfo['kind'][] = ['mac', 'signature', 'aead', 'channel'];

/** Integrity relied on for security: the declared check, and encryption that authenticates. */
function mechanisms(flow: DataFlow): Mechanism[] {
  const found: Mechanism[] = [];
  const declared = flow.integrity;
  if (declared !== undefined && declared.purpose !== 'accidental-corruption')
    found.push({ algorithm: declared.algorithm, info: classifyAlgorithm(declared.algorithm) });
  const encryption = encryptionOf(flow);
  if (encryption?.info.kind === 'aead' || encryption?.info.kind === 'channel')
    found.push(encryption);
  return found;
}

/**
 * Weak, home-made and CRC-as-security mechanisms have rules of their own, and so has code loaded
 * from a memory card (removable-media-code-load, or unauthenticated-update-path when the device
 * declares an update path): one finding is enough.
 */
function reportedElsewhere(
  flow: DataFlow,
  found: readonly Mechanism[],
  query: ModelQuery,
): boolean {
  if (found.some((m) => m.info.proprietary || m.info.deprecated !== undefined)) return true;
  return crcReliedOnForSecurity(flow) || loadsCodeFromRemovableMedia(flow, query);
}

function weakness(flow: DataFlow, found: readonly Mechanism[]): string {
  const declared = flow.integrity;
  if (declared?.purpose === 'accidental-corruption')
    return `its ${declared.algorithm} check is declared for accidental corruption only`;
  const [first] = found;
  if (first === undefined || first.info.kind === 'none')
    return 'it declares no integrity protection';
  switch (first.info.kind) {
    case 'checksum':
      return `${first.algorithm} detects accidents, not attackers, who recompute it`;
    case 'hash':
      return `${first.algorithm} is an unkeyed digest that whoever alters the message recomputes`;
    default:
      return `${first.algorithm} is not recognised as a keyed integrity mechanism`;
  }
}

export const flowTampering = {
  id: 'flow-tampering',
  version: 2,
  title: 'Data in transit can be altered undetected',
  category: 'stride',
  stride: ['tampering'],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    cwe: [345, 924, 353],
    capec: [94, 384],
    attackIcs: ['T0830', 'T0831', 'T0832'],
    fda: ['Premarket App. 1 A (authenticity and integrity of information in transit)'],
  },
  description:
    'Anyone positioned on a link (a compromised router, a rogue access point, a radio within range, a tap on a cable) can change messages in flight: a dose, a setting, a glucose reading, an alarm. Unless each message carries a check the attacker cannot recompute, the receiver acts on the altered content.',
  detection:
    'A data flow (other than an in-process call or a person at a user interface) with no keyed integrity mechanism: no MAC, signature, authenticated encryption or secure channel (TLS, DTLS, SSH, inferred from https and similar), only an unkeyed hash, a CRC kept for accidental corruption, or nothing. Flows whose only check is a CRC relied on for security (declared so, or the only check on commands, code or safety data, exactly as crc-as-security-integrity judges it) are left to that rule; deprecated and home-made algorithms to the cryptography rules; code loaded through an SD-card slot to removable-media-code-load and unauthenticated-update-path.',
  falsePositives:
    'Integrity is provided by a layer the model does not show (e.g. link-layer encryption with message authentication): declare it as `integrity` or `encryption` on the flow with its algorithm.',
  mitigation:
    'Authenticate every message with a MAC or signature over content, sequence number and destination, or carry the flow in an authenticated channel (TLS 1.3, DTLS 1.3, AES-CCM/GCM link encryption), and reject messages that fail the check.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'flow',
  when: (flow, query) => {
    const kind = linkKind(flow, query);
    return kind !== 'in-process' && kind !== 'user-interface';
  },
  evaluate(flow, query) {
    const found = mechanisms(flow);
    const keyed = found.some(
      (m) =>
        KEYED_KINDS.includes(m.info.kind) &&
        m.info.cryptographic &&
        m.info.deprecated === undefined,
    );
    if (keyed || reportedElsewhere(flow, found, query)) return undefined;
    const declared = flow.integrity;
    const encryption = encryptionOf(flow);
    const handsOn = handsOnOnly(flow, query);
    return {
      rationale: `Flow ${label(flow)} carries ${describeContent(flow)} from "${flow.source}" to "${flow.target}" and ${weakness(flow, found)}: a change in transit goes unnoticed.`,
      evidence: [
        declared === undefined
          ? notDeclared(flowPath(flow, 'integrity'), 'none')
          : fact(
              flowPath(flow, 'integrity'),
              `integrity: ${declared.algorithm}${declared.purpose === undefined ? '' : ` (purpose: ${declared.purpose})`}`,
            ),
        ...(encryption === undefined
          ? []
          : [
              fact(
                flowPath(flow, encryption.basis === 'declared' ? 'encryption' : 'protocol'),
                `${encryption.algorithm} encrypts but does not authenticate messages`,
              ),
            ]),
      ],
      ...(handsOn === undefined ? {} : { exploitability: handsOn }),
    };
  },
} satisfies ThreatRule;
