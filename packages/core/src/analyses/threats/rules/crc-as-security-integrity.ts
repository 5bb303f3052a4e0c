import { fact, flowPath, label } from '../helpers.js';
import { crcReliedOnForSecurity } from '../support/integrity.js';
import type { ThreatRule } from '../types.js';

export const crcAsSecurityIntegrity = {
  id: 'crc-as-security-integrity',
  version: 1,
  title: 'CRC or checksum relied on as a security integrity check',
  category: 'fda-design',
  stride: ['tampering'],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    cwe: [353, 328],
    capec: [94],
    attackIcs: ['T0831'],
    fda: ['Premarket App. 1 A (authenticity, integrity)'],
  },
  description:
    'A CRC or checksum detects accidental corruption only. An attacker who changes a message recomputes it in microseconds, so a flow whose only integrity check is a CRC has no protection against deliberate tampering. FDA names CRCs as inadequate for security-relevant integrity.',
  detection:
    'A data flow whose integrity algorithm is a CRC or checksum and that is either declared as relied on for security, or carries commands, code or safety-relevant data without any other cryptographic integrity protection.',
  falsePositives:
    'The flow runs inside a channel that already authenticates every message (declare that channel as `encryption` with an AEAD algorithm or TLS, and the CRC as `purpose: accidental-corruption`).',
  mitigation:
    'Protect the message with a cryptographic MAC (e.g. HMAC-SHA-256, AES-CMAC) or a signature, or carry it inside an authenticated channel (TLS 1.3, DTLS, AES-CCM/GCM with fresh nonces). Keep the CRC only for transmission errors.',
  exploitability: 'high',
  harm: 'patient',
  appliesTo: 'flow',
  evaluate(flow) {
    const integrity = flow.integrity;
    if (integrity === undefined || !crcReliedOnForSecurity(flow)) return undefined;
    const why =
      integrity.purpose === 'security'
        ? 'is declared as the security integrity check'
        : 'is the only integrity check on a flow carrying commands, code or safety data';
    return {
      rationale: `Flow ${label(flow)} uses ${integrity.algorithm}, which ${why}; anyone on the link can alter the message and recompute it.`,
      evidence: [
        fact(
          flowPath(flow, 'integrity'),
          `integrity: ${integrity.algorithm}${integrity.purpose === undefined ? '' : ` (purpose: ${integrity.purpose})`}`,
        ),
        fact(
          flowPath(flow, 'data'),
          `carries ${flow.carries.join(', ')}${flow.data.length > 0 ? `: ${flow.data.join(', ')}` : ''}`,
        ),
      ],
    };
  },
} satisfies ThreatRule;
