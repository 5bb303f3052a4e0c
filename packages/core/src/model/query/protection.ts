import { classifyAlgorithm, type AlgorithmInfo } from '../algorithms.js';
import type { DataFlow, FlowAuthentication } from '../types.js';
import type { Protocol } from '../vocabulary.js';

/** A protection a flow has, with the declared or inferred algorithm and where we got it from. */
export interface Protection {
  readonly algorithm: string;
  readonly info: AlgorithmInfo;
  /** `declared` when written on the flow; otherwise the field it was inferred from. */
  readonly basis: 'declared' | 'protocol' | 'encryption';
}

/** Protocols that always run inside TLS/SSH; anything else protects nothing by itself. */
const SECURE_CHANNEL: Partial<Record<Protocol, string>> = {
  https: 'tls',
  tls: 'tls',
  dtls: 'dtls',
  ssh: 'ssh',
  sftp: 'ssh',
};

function protocolChannel(flow: DataFlow): string | undefined {
  const name = flow.protocol?.name;
  if (name === undefined) return undefined;
  const channel = SECURE_CHANNEL[name];
  if (channel === undefined) return undefined;
  const version = flow.protocol?.version;
  return version === undefined ? channel : `${channel}-${version}`;
}

/** Encryption of the flow: declared, or implied by a secure-channel protocol (https, tls, ssh …). */
export function encryptionOf(flow: DataFlow): Protection | undefined {
  if (flow.encryption !== undefined) {
    const info = classifyAlgorithm(flow.encryption.algorithm);
    return info.kind === 'none'
      ? undefined
      : { algorithm: flow.encryption.algorithm, info, basis: 'declared' };
  }
  const channel = protocolChannel(flow);
  return channel === undefined
    ? undefined
    : { algorithm: channel, info: classifyAlgorithm(channel), basis: 'protocol' };
}

/**
 * Integrity protection: declared, or implied by authenticated encryption or a secure channel. A CRC
 * is returned as declared (so rules can say it is not a security control), never upgraded.
 */
function integrityOf(flow: DataFlow): Protection | undefined {
  if (flow.integrity !== undefined) {
    const info = classifyAlgorithm(flow.integrity.algorithm);
    return info.kind === 'none'
      ? undefined
      : { algorithm: flow.integrity.algorithm, info, basis: 'declared' };
  }
  const encryption = encryptionOf(flow);
  if (
    encryption !== undefined &&
    (encryption.info.kind === 'aead' || encryption.info.kind === 'channel')
  ) {
    return { ...encryption, basis: encryption.basis === 'declared' ? 'encryption' : 'protocol' };
  }
  return undefined;
}

/**
 * True when the flow's integrity check would stop a deliberate change: a MAC, an AEAD, a signature
 * or a secure channel. CRCs and checksums never qualify, and neither does a bare hash — anyone who
 * changes the message recomputes it — nor anything deprecated.
 */
export function hasSecurityIntegrity(flow: DataFlow): boolean {
  const keyed = (p: Protection | undefined): boolean =>
    p !== undefined &&
    p.info.cryptographic &&
    p.info.deprecated === undefined &&
    KEYED_KINDS.includes(p.info.kind);
  // A declared CRC does not cancel the integrity that authenticated encryption or a channel gives.
  const encryption = encryptionOf(flow);
  return (
    keyed(integrityOf(flow)) ||
    (encryption !== undefined &&
      (encryption.info.kind === 'aead' || encryption.info.kind === 'channel') &&
      keyed(encryption))
  );
}

const KEYED_KINDS: readonly AlgorithmInfo['kind'][] = ['mac', 'aead', 'signature', 'channel'];

/**
 * Authentication of the flow's endpoints. HTTPS/TLS without a declared method authenticates the
 * server only (one-way), which is what we infer; a declared method (a client token, say) keeps the
 * channel's server authentication, flagged by `serverAuthenticatedByChannel`; `none` stays none.
 */
export function authenticationOf(flow: DataFlow):
  | (FlowAuthentication & {
      readonly basis: 'declared' | 'protocol';
      readonly serverAuthenticatedByChannel: boolean;
    })
  | undefined {
  const channel = protocolChannel(flow) !== undefined;
  if (flow.authentication !== undefined) {
    return flow.authentication.method === 'none'
      ? undefined
      : { ...flow.authentication, basis: 'declared', serverAuthenticatedByChannel: channel };
  }
  return channel
    ? {
        method: 'certificate',
        mutual: false,
        basis: 'protocol',
        serverAuthenticatedByChannel: true,
      }
    : undefined;
}
