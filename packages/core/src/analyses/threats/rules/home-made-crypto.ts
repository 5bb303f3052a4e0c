import { fact } from '../helpers.js';
import {
  algorithmUses,
  describeUse,
  disclosureSeverity,
  useHit,
} from '../support/algorithm-uses.js';
import type { ThreatRule } from '../types.js';

export const homeMadeCrypto = {
  id: 'home-made-crypto',
  version: 1,
  title: 'Proprietary or home-made cryptography',
  category: 'cryptography',
  stride: ['information-disclosure', 'tampering'],
  fdaCategory: 'cryptography',
  references: {
    cwe: [327, 656, 1240],
    capec: [97],
    attackIcs: ['T0842', 'T0830'],
    fda: [
      'Premarket App. 1 C (standard, strong cryptography)',
      'Premarket App. 2 (expert analysis of proprietary or modified algorithms)',
    ],
  },
  description:
    'A custom cipher, XOR scrambling or an undisclosed algorithm has not survived public cryptanalysis, and its secrecy is usually its only strength: once one device or app is reverse-engineered the scheme is known for every device. Medical device protocols protected this way have repeatedly been decoded and their commands replayed or forged.',
  detection:
    'An algorithm that classifyAlgorithm marks proprietary (proprietary, custom, home-made, obfuscation, xor …) named anywhere the model states cryptography: flow encryption, key exchange, integrity or authentication, storage encryption, update signatures or credentials. One finding per element and use.',
  falsePositives:
    'The name hides a standard algorithm (e.g. a vendor label for AES-CCM): name the algorithm itself. A proprietary layer on top of a standard one protects nothing by itself: model only the standard layer, and keep the expert analysis FDA asks for.',
  mitigation:
    'Replace it with a standard, reviewed construction (AES-GCM or AES-CCM, HMAC-SHA-256, ECDSA or EdDSA, TLS 1.3 or DTLS 1.3) from a maintained library; if that is impossible, commission the expert cryptographic analysis FDA Appendix 2 calls for and state the residual risk.',
  exploitability: 'high',
  harm: 'patient',
  appliesTo: 'model',
  evaluate(query) {
    return algorithmUses(query)
      .filter((use) => use.info.proprietary)
      .map((use) => {
        const severity = disclosureSeverity(use);
        return {
          ...useHit(use),
          rationale: `${describeUse(use)}, a proprietary algorithm that has had no public cryptanalysis; reverse-engineering one copy reveals it for all.`,
          evidence: [fact(use.path, `${use.algorithm}: proprietary`)],
          ...(severity === undefined ? {} : { severity }),
        };
      });
  },
} satisfies ThreatRule;
