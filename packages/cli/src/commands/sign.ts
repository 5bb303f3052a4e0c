import { readKey, serializeProvenanceFile, signDigest } from '@medrisk/core';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { ExitError } from '../errors.js';
import { fileDigest, osRandom, readParsed, warnIfExposed } from '../key-files.js';
import { writeFileAtomic } from '../output.js';

export interface SignFlags {
  readonly key?: string;
  readonly out?: string;
}

/** `medrisk sign FILE --key DIR/medrisk.key --out FILE.sig`: a detached hybrid signature. */
export async function runSign(file: string, flags: SignFlags): Promise<ExitCode> {
  if (typeof flags.key !== 'string')
    throw new ExitError(EXIT.badInput, 'give the secret key with --key DIR/medrisk.key');
  const key = readParsed(flags.key, 'key file', (text) => readKey(text, 'secret'));
  warnIfExposed(flags.key);
  const out = typeof flags.out === 'string' ? flags.out : `${file}.sig`;
  const digest = await fileDigest(file);
  const signature = signDigest(digest, key, osRandom);
  writeFileAtomic(out, serializeProvenanceFile(signature));
  process.stdout.write(
    `signed ${file} (${String(digest.bytes)} bytes, sha256 ${digest.sha256}) with ${signature.signatures.map((s) => s.algorithm).join(' + ')}, key ${key.keyId}\nsignature ${out}\n`,
  );
  return EXIT.ok;
}
