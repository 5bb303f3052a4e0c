import type { Component } from '../../../model/types.js';
import type { CredentialKind } from '../../../model/vocabulary.js';

export type Credential = Component['credentials'][number];

/** Secrets that prove who is connecting, as opposed to cryptographic keys. */
export const AUTH_SECRETS: readonly CredentialKind[] = ['password', 'pin', 'api-key', 'token'];
/** Secrets an owner or administrator is expected to be able to set or rotate. */
export const SETTABLE_SECRETS: readonly CredentialKind[] = ['password', 'pin', 'api-key'];
const KEYS: readonly CredentialKind[] = ['private-key', 'symmetric-key'];

/** Which rule reports a credential: `shared-key` is left to shared-key-across-fleet. */
export type CredentialWeakness =
  'hardcoded' | 'not-changeable' | 'shared-key' | 'default' | 'shared';

/**
 * The one weakness a credential is reported for. Several flags often describe one root cause (a
 * default that cannot be changed is a fixed secret), so the most fundamental flag wins and each
 * credential yields one finding; the rationale still names the other flags.
 */
export function primaryWeakness(credential: Credential): CredentialWeakness | undefined {
  if (credential.hardcoded === true || credential.storage === 'firmware-image') return 'hardcoded';
  if (credential.changeable === false && SETTABLE_SECRETS.includes(credential.kind))
    return 'not-changeable';
  if (credential.sharedAcrossDevices === true && KEYS.includes(credential.kind))
    return 'shared-key';
  if (credential.default === true) return 'default';
  if (credential.sharedAcrossDevices === true && AUTH_SECRETS.includes(credential.kind))
    return 'shared';
  return undefined;
}

/** `password, default: true, sharedAcrossDevices: true`: the declared facts, for evidence. */
export function credentialFacts(credential: Credential): string {
  const flags = (
    ['default', 'sharedAcrossDevices', 'changeable', 'derivedFrom', 'storage'] as const
  ).flatMap((key) => (credential[key] === undefined ? [] : [`${key}: ${String(credential[key])}`]));
  return [credential.kind, ...flags].join(', ');
}

/** Derivation inputs anyone can learn, and how they leak. */
export const PREDICTABLE_SOURCE = {
  'serial-number': 'the serial number, printed on the label and often broadcast over the air',
  'device-identifier': 'a device identifier that the device discloses to anyone who asks',
  'mac-address': 'the MAC address, sent in clear in every radio or network frame',
  fixed: 'a fixed value, the same on every device',
} as const;

export function isPredictable(
  source: string | undefined,
): source is keyof typeof PREDICTABLE_SOURCE {
  return source !== undefined && source in PREDICTABLE_SOURCE;
}

/**
 * True when key-derived-from-serial-number reports the credential: anyone can compute it from a
 * public value, so where it is stored no longer matters (a fixed value that is also hard-coded is
 * left to hardcoded-credentials).
 */
export function derivedFromPublicValue(credential: Credential): boolean {
  const source = credential.derivedFrom;
  return (
    isPredictable(source) && !(source === 'fixed' && primaryWeakness(credential) === 'hardcoded')
  );
}
