import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateKey, serializeProvenanceFile } from '@medrisk/core';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { ExitError } from '../errors.js';
import { osRandom, writeNewFile } from '../key-files.js';

export interface KeygenFlags {
  readonly out?: string;
  readonly force?: boolean;
}

/** `medrisk keygen --out DIR`: a hybrid Ed25519 + ML-DSA-65 key pair (docs/signing.md). */
export function runKeygen(flags: KeygenFlags): ExitCode {
  if (flags.out === undefined || typeof flags.out !== 'string')
    throw new ExitError(EXIT.badInput, 'give the directory for the keys with --out DIR');
  const secretPath = join(flags.out, 'medrisk.key');
  const publicPath = join(flags.out, 'medrisk.pub');
  const force = flags.force === true;
  if (!force)
    for (const path of [secretPath, publicPath])
      if (existsSync(path))
        throw new ExitError(
          EXIT.badInput,
          `${path} already exists; pass --force to replace the key pair`,
        );
  const key = generateKey(osRandom);
  // The secret key first: a public key without its secret would be useless, the reverse is not.
  writeNewFile(secretPath, serializeProvenanceFile(key.secret), 0o600, force);
  try {
    writeNewFile(publicPath, serializeProvenanceFile(key.public), 0o644, force);
  } catch (error) {
    // Never leave half a pair: a secret key whose public half was not written cannot be used.
    rmSync(secretPath, { force: true });
    throw error;
  }
  process.stdout.write(
    [
      `key id     ${key.public.keyId}`,
      `algorithms ${key.public.algorithms.join(' + ')} (both required to verify)`,
      `secret key ${secretPath} (mode 600; keep it private, back it up offline)`,
      `public key ${publicPath} (give it to whoever verifies)`,
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}
