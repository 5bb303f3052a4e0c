import { encryptionOf, type Protection } from '../../../model/query/index.js';
import type { DataFlow } from '../../../model/types.js';
import { SENSITIVE_DATA } from '../../../model/vocabulary.js';
import { fact, flowPath, label, notDeclared } from '../helpers.js';
import { SECRET_DATA, severityOfLeakedSecrets } from '../support/stride-data.js';
import { describeLink, farFieldRadio, handsOnOnly, linkKind } from '../support/stride-links.js';
import type { ThreatRule } from '../types.js';

const ENCRYPTING_KINDS: readonly Protection['info']['kind'][] = ['aead', 'cipher', 'channel'];

const sensitiveData = (flow: DataFlow) => flow.data.filter((d) => SENSITIVE_DATA.includes(d));

export const flowInformationDisclosure = {
  id: 'flow-information-disclosure',
  version: 1,
  title: 'Sensitive data sent in the clear',
  category: 'stride',
  stride: ['information-disclosure'],
  fdaCategory: 'confidentiality',
  references: {
    cwe: [319, 311],
    capec: [157, 158, 651],
    attackIcs: ['T0842', 'T0887'],
    fda: ['Premarket App. 1 E (confidentiality of information in transit)'],
  },
  description:
    'Patient records, identities, passwords and keys sent without encryption can be read by anyone who can listen on the link: a radio receiver in range, a compromised switch, a shared home network. Leaked health data is a privacy breach; leaked credentials and keys let the listener act as a legitimate user or device.',
  detection:
    'A data flow (other than an in-process call or a person at a user interface) carrying PHI, PII, credentials, keys or training data with no encryption declared or inferred (https, TLS, DTLS, SSH and SFTP imply a channel), or with an algorithm that does not encrypt (a hash, MAC, signature or checksum). Deprecated and home-made ciphers are left to the cryptography rules. Severity is a privacy breach unless credentials or keys travel on the flow; then it is what the receiving component can do to patients. Far-reaching radios raise exploitability; cables and wiring inside one device lower it.',
  falsePositives:
    'The data is encrypted end to end above the transport the model shows (e.g. an encrypted payload inside MQTT): declare that as the flow `encryption`. The data is de-identified: use data class `de-identified` instead of `phi`.',
  mitigation:
    'Encrypt the flow with TLS 1.3 or DTLS 1.3, or authenticated link encryption (AES-CCM/GCM) with per-device keys; never send passwords or keys in the clear, even on internal links.',
  exploitability: 'moderate',
  harm: 'privacy',
  appliesTo: 'flow',
  when: (flow, query) => {
    const kind = linkKind(flow, query);
    return kind !== 'in-process' && kind !== 'user-interface' && flow.data.length > 0;
  },
  evaluate(flow, query) {
    const data = sensitiveData(flow);
    if (data.length === 0) return undefined;
    const encryption = encryptionOf(flow);
    if (encryption !== undefined) {
      const { info } = encryption;
      if (info.proprietary || info.deprecated !== undefined) return undefined;
      if (ENCRYPTING_KINDS.includes(info.kind)) return undefined;
    }
    const radio = farFieldRadio(flow, query);
    const handsOn = handsOnOnly(flow, query);
    const severity = data.some((d) => SECRET_DATA.includes(d))
      ? severityOfLeakedSecrets([flow.target], query)
      : undefined;
    return {
      rationale: `Flow ${label(flow)} carries ${data.join(', ')} from "${flow.source}" to "${flow.target}" over ${describeLink(flow, query)} ${encryption === undefined ? 'without encryption' : `protected only by ${encryption.algorithm}, which does not encrypt`}: anyone who can listen reads it.`,
      evidence: [
        flow.encryption === undefined
          ? notDeclared(flowPath(flow, 'encryption'), 'none')
          : fact(
              flowPath(flow, 'encryption'),
              `encryption: ${flow.encryption.algorithm}${encryption === undefined ? '' : ` (${encryption.info.kind})`}`,
            ),
        fact(flowPath(flow, 'data'), `carries ${data.join(', ')}`),
      ],
      ...(severity === undefined ? {} : { severity }),
      ...(radio !== undefined
        ? {
            exploitability: {
              level: 'high' as const,
              reason: `anyone within ${radio} range can listen without being noticed`,
            },
          }
        : handsOn === undefined
          ? {}
          : { exploitability: handsOn }),
    };
  },
} satisfies ThreatRule;
