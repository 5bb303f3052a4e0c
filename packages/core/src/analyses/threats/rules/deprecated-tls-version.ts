import { classifyAlgorithm, normalizeAlgorithmName } from '../../../model/algorithms.js';
import type { DataFlow } from '../../../model/types.js';
import type { Protocol } from '../../../model/vocabulary.js';
import { fact, flowPath, label } from '../helpers.js';
import type { ThreatRule } from '../types.js';

/** Protocols whose `version` is a TLS or DTLS version (for https, the TLS underneath). */
const VERSIONED_PROTOCOLS: Readonly<Partial<Record<Protocol, string>>> = {
  tls: 'tls',
  https: 'tls',
  dtls: 'dtls',
};

/** A TLS-family version the flow states, from its protocol version or its encryption algorithm. */
interface StatedVersion {
  readonly path: string;
  readonly written: string;
  readonly deprecated?: string;
}

export const deprecatedTlsVersion = {
  id: 'deprecated-tls-version',
  version: 1,
  title: 'Deprecated TLS, DTLS or SSL version',
  category: 'cryptography',
  stride: ['information-disclosure', 'tampering'],
  fdaCategory: 'cryptography',
  references: {
    cwe: [327, 757],
    capec: [620, 94],
    attackIcs: ['T0830', 'T0842'],
    fda: ['Premarket App. 1 C (use current protocol versions; no downgrade to weaker ones)'],
  },
  description:
    'SSL and TLS 1.0 and 1.1 (and DTLS 1.0) have known attacks on their handshakes and ciphers and are deprecated by RFC 8996. An adversary on the network, which FDA asks to assume for every setting, can read or alter what the channel carries, or force a peer that still accepts the old version to downgrade to it.',
  detection:
    'A flow whose protocol is tls, https or dtls with a declared version below 1.2 (or an SSL version), or whose encryption algorithm names SSL, TLS 1.0/1.1 or DTLS 1.0. Flows that state no version are not judged by this rule.',
  falsePositives:
    'For https, medrisk reads protocol.version as the TLS version, not the HTTP version: write the HTTP version in the description instead. A peer that only offers the old version for a documented legacy client and refuses it otherwise: model that client flow separately.',
  mitigation:
    'Require TLS 1.3 (or at least TLS 1.2 with AEAD cipher suites) and DTLS 1.2 or later on both ends, disable SSL and TLS 1.0/1.1 in the library configuration, and reject downgrades; log any fallback that safety requires.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'flow',
  when: (flow) => statedVersions(flow).length > 0,
  evaluate(flow) {
    const old = statedVersions(flow).filter(
      (v): v is Required<StatedVersion> => v.deprecated !== undefined,
    );
    if (old.length === 0) return undefined;
    return {
      rationale: `Flow ${label(flow)} uses ${old.map((v) => v.written).join(' and ')}, which is deprecated: an adversary on the network can attack its handshake and ciphers, or force a peer that accepts it down to it.`,
      evidence: old.map((v) => fact(v.path, `${v.written}: ${v.deprecated}`)),
    };
  },
} satisfies ThreatRule;

function statedVersions(flow: DataFlow): StatedVersion[] {
  const stated: StatedVersion[] = [];
  const protocol = flow.protocol;
  const family = protocol === undefined ? undefined : VERSIONED_PROTOCOLS[protocol.name];
  if (protocol?.version !== undefined && family !== undefined) {
    const version = normalizeAlgorithmName(protocol.version);
    // A version may be written on its own (`1.1`) or with its family (`TLSv1.1`, `ssl3`).
    const name = /^(ssl|d?tls)/.test(version) ? version : `${family}-${version}`;
    stated.push({
      path: flowPath(flow, 'protocol', 'version'),
      written: `${protocol.name} version ${protocol.version}`,
      ...deprecation(name),
    });
  }
  const algorithm = flow.encryption?.algorithm;
  if (algorithm !== undefined && /^(ssl|d?tls-?v?\d)/.test(normalizeAlgorithmName(algorithm)))
    stated.push({
      path: flowPath(flow, 'encryption'),
      written: `encryption ${algorithm}`,
      ...deprecation(algorithm),
    });
  return stated;
}

function deprecation(name: string): { deprecated?: string } {
  const why = classifyAlgorithm(name).deprecated;
  return why === undefined ? {} : { deprecated: why };
}
