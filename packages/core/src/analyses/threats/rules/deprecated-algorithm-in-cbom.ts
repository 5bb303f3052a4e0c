import { fact } from '../helpers.js';
import { pqcAnalysis } from '../../pqc/view.js';
import type { RuleHit, ThreatRule } from '../types.js';

export const deprecatedAlgorithmInCbom = {
  id: 'deprecated-algorithm-in-cbom',
  version: 1,
  title: 'Deprecated algorithm listed in a component’s CBOM',
  category: 'cryptography',
  stride: ['information-disclosure', 'tampering'],
  fdaCategory: 'cryptography',
  references: {
    cwe: [327, 328],
    fda: ['Premarket App. 1 C (no deprecated or disallowed algorithms, SP 800-131A)'],
    standards: ['NIST SP 800-131A Rev. 2', 'CycloneDX 1.6 CBOM'],
  },
  description:
    'The cryptographic bill of materials of a component lists an algorithm NIST SP 800-131A deprecates or disallows (MD5, SHA-1, DES, Triple DES, RC4, RSA or DH under 2048 bits). The model may not say what it is used for, but code that offers it can be made to use it (downgrade) or already relies on it.',
  detection:
    'A CycloneDX 1.6 `cryptographic-asset` of type algorithm, in a CBOM or SBOM linked to a component (`boms[].component` or `sbom`), that the algorithm table marks deprecated and that no algorithm named in the model for that component already covers (those are reported by deprecated-crypto-algorithm and weak-hash-md5-sha1). One finding per component and asset.',
  falsePositives:
    'The algorithm is only used for something that needs no security (e.g. MD5 as a cache key or a non-security checksum): say so in the CBOM (cryptoFunctions) and accept the finding with that rationale, or remove the algorithm from the build.',
  mitigation:
    'Remove the algorithm from the build or disable it in the library configuration; where data or peers still need it, restrict it to reading legacy data and plan its removal.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'model',
  evaluate(query) {
    return pqcAnalysis(query)
      .uses.filter((u) => u.origin === 'cbom' && u.info.deprecated !== undefined)
      .map((use): RuleHit => ({
        subject: use.element,
        qualifier: use.qualifier,
        rationale: `Component "${use.element.id}" lists ${use.algorithm} in its CBOM (${use.basis}): ${use.info.deprecated ?? ''}.`,
        evidence: use.paths.map((path) =>
          fact(path, `${use.algorithm}: ${use.info.deprecated ?? ''}`),
        ),
      }));
  },
} satisfies ThreatRule;
