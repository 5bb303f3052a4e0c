import { classifyAlgorithm } from '../../../model/algorithms.js';
import { componentPath, fact, flowPath } from '../helpers.js';
import type { RuleHit, ThreatRule } from '../types.js';

const WEAK_DIGEST = /(?:^|-)(md[245]|sha-?1)(?:-|with|$)/;
/** Keyed and iterated constructions do not rely on collision resistance (SP 800-131A keeps HMAC-SHA-1). */
const KEYED_CONSTRUCTION = /hmac|pbkdf|hkdf/;

/** Why the algorithm puts MD5 or SHA-1 in a security role, or undefined when it does not. */
function weakDigest(algorithm: string): string | undefined {
  const info = classifyAlgorithm(algorithm);
  if (info.kind === 'hash' && info.deprecated !== undefined) return info.deprecated;
  if (info.kind === 'mac' || KEYED_CONSTRUCTION.test(info.name)) return undefined;
  return WEAK_DIGEST.test(info.name)
    ? 'a signature over an MD5 or SHA-1 digest can be transplanted onto a colliding message (SP 800-131A)'
    : undefined;
}

interface Site {
  readonly subject: { readonly kind: 'component' | 'flow'; readonly id: string };
  readonly qualifier: string;
  readonly path: string;
  readonly algorithm: string;
  /** The name judged, when the context adds to what is written (an HMAC method keys the hash). */
  readonly judged?: string;
  readonly use: string;
}

export const weakHashMd5Sha1 = {
  id: 'weak-hash-md5-sha1',
  version: 1,
  title: 'MD5 or SHA-1 relied on for security',
  category: 'fda-design',
  stride: ['tampering'],
  fdaCategory: 'cryptography',
  references: {
    cwe: [328, 327, 916],
    capec: [97, 473],
    fda: ['Premarket App. 1 C (no deprecated or disallowed algorithms)'],
  },
  description:
    'MD5 and SHA-1 no longer resist collisions: an attacker can prepare two messages or firmware images with the same digest, get one accepted and swap in the other, and password hashes made with them are cracked at billions of guesses per second. A device that relies on them for integrity, signatures or stored credentials accepts forged data or gives up its secrets.',
  detection:
    'MD5, MD4, MD2 or SHA-1 (per the algorithm table) as a flow integrity check not declared `purpose: accidental-corruption`, as a flow authentication algorithm, as the digest of an update signature (e.g. rsa-sha1), or as a credential algorithm. HMAC-SHA-1 and other keyed constructions are not reported; deprecated ciphers and short keys are left to deprecated-crypto-algorithm.',
  falsePositives:
    'The digest only detects accidental corruption and something else provides security: declare the flow integrity `purpose: accidental-corruption`, and the real protection on the flow.',
  mitigation:
    'Use SHA-256 or stronger (SHA-2, SHA-3) inside a MAC or signature, sign with an SP 800-131A approved scheme, and store passwords with a slow salted function (Argon2id, scrypt or PBKDF2 with a high iteration count); plan the change through a signed update.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'model',
  evaluate(query) {
    const sites: Site[] = [];
    for (const flow of query.model.dataFlows) {
      const subject = { kind: 'flow' as const, id: flow.id };
      if (flow.integrity !== undefined && flow.integrity.purpose !== 'accidental-corruption')
        sites.push({
          subject,
          qualifier: 'integrity',
          path: flowPath(flow, 'integrity'),
          algorithm: flow.integrity.algorithm,
          use: 'integrity check',
        });
      if (flow.authentication?.algorithm !== undefined)
        sites.push({
          subject,
          qualifier: 'authentication',
          path: flowPath(flow, 'authentication', 'algorithm'),
          algorithm: flow.authentication.algorithm,
          ...(flow.authentication.method === 'hmac' && !/^hmac/i.test(flow.authentication.algorithm)
            ? { judged: `hmac-${flow.authentication.algorithm}` }
            : {}),
          use: 'authentication',
        });
    }
    for (const component of query.model.components) {
      const subject = { kind: 'component' as const, id: component.id };
      const signature = component.update?.signature;
      if (signature !== undefined)
        sites.push({
          subject,
          qualifier: 'update.signature',
          path: componentPath(component, 'update', 'signature', 'algorithm'),
          algorithm: signature.algorithm,
          use: 'update signature',
        });
      for (const credential of component.credentials)
        if (credential.algorithm !== undefined)
          sites.push({
            subject,
            qualifier: `credentials.${credential.id}`,
            path: componentPath(component, 'credentials', credential.id, 'algorithm'),
            algorithm: credential.algorithm,
            use: `${credential.kind} "${credential.id}"`,
          });
    }
    return sites.flatMap((site): RuleHit[] => {
      const reason = weakDigest(site.judged ?? site.algorithm);
      if (reason === undefined) return [];
      const md5 = /md[245]/.test(classifyAlgorithm(site.judged ?? site.algorithm).name);
      return [
        {
          subject: site.subject,
          qualifier: site.qualifier,
          rationale: `${site.subject.kind === 'flow' ? 'Flow' : 'Component'} "${site.subject.id}" uses ${site.algorithm} for its ${site.use}: ${reason}.`,
          evidence: [fact(site.path, `${site.use}: ${site.algorithm}`)],
          ...(md5
            ? {
                exploitability: {
                  level: 'high' as const,
                  reason: 'MD5 collisions take seconds on ordinary hardware',
                },
              }
            : {}),
        },
      ];
    });
  },
} satisfies ThreatRule;
