import type { AlgorithmKind } from '../../../model/algorithms.js';
import { fact } from '../helpers.js';
import {
  algorithmUses,
  describeUse,
  disclosureSeverity,
  useHit,
} from '../support/algorithm-uses.js';
import type { ThreatRule } from '../types.js';

/** Reported by their own rules: weak hashes by weak-hash-md5-sha1, old TLS/SSL by deprecated-tls-version. */
const OWN_RULE_KINDS: readonly AlgorithmKind[] = ['hash', 'channel'];

export const deprecatedCryptoAlgorithm = {
  id: 'deprecated-crypto-algorithm',
  version: 1,
  title: 'Deprecated or disallowed cryptographic algorithm',
  category: 'cryptography',
  stride: ['information-disclosure', 'tampering'],
  fdaCategory: 'cryptography',
  references: {
    cwe: [327, 326],
    capec: [20, 97, 475],
    attackIcs: ['T0842', 'T0830'],
    fda: ['Premarket App. 1 C (no deprecated or disallowed algorithms, SP 800-131A)'],
  },
  description:
    'DES, Triple DES, RC4 and other obsolete ciphers, and RSA, DSA or Diffie-Hellman keys under 2048 bits, no longer give the security their use assumes: recorded traffic can be decrypted and signatures or key exchanges forged with affordable computing. A device that relies on them for therapy commands, firmware or credentials can be controlled by whoever breaks them.',
  detection:
    'An algorithm that NIST SP 800-131A deprecates or disallows (see classifyAlgorithm) named as a flow encryption algorithm or key exchange, a flow integrity or authentication algorithm, a storage encryption algorithm, an update signature algorithm or a credential algorithm. Hashes (MD5, SHA-1) are left to weak-hash-md5-sha1 and old TLS or SSL versions to deprecated-tls-version. One finding per element and use.',
  falsePositives:
    'The algorithm is kept only to read legacy data and protects nothing new: remove it from the model, or accept the finding with that rationale (FDA expects legacy use to be discussed in a pre-submission).',
  mitigation:
    'Replace it with an approved algorithm at an adequate strength: AES-128 or AES-256 in GCM or CCM mode, ECDH or RSA of at least 2048 bits (3072 for use past 2030), ECDSA P-256 or stronger, and plan the post-quantum migration at the same time.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'model',
  evaluate(query) {
    return algorithmUses(query).flatMap((use) => {
      const why = use.info.deprecated;
      if (why === undefined || OWN_RULE_KINDS.includes(use.info.kind)) return [];
      const severity = disclosureSeverity(use);
      return [
        {
          ...useHit(use),
          rationale: `${describeUse(use)}: ${why}.`,
          evidence: [fact(use.path, `${use.algorithm}: ${why}`)],
          ...(severity === undefined ? {} : { severity }),
        },
      ];
    });
  },
} satisfies ThreatRule;
