import type { Credential } from './credentials.js';

/**
 * Private and symmetric keys: secrets whose theft lets someone act as the device. Certificates and
 * public keys are meant to be shared; passwords, PINs and tokens are left to the credential rules.
 */
export function isSecretKey(credential: Credential): boolean {
  return credential.kind === 'private-key' || credential.kind === 'symmetric-key';
}
