import { readKey, readSignature, verifyDigest } from '@medrisk/core';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { ExitError } from '../errors.js';
import { fileDigest, readParsed } from '../key-files.js';
import { colorsFor } from '../output.js';

export interface VerifyFlags {
  readonly signature?: string;
  readonly key?: string;
  readonly format?: string;
  readonly color?: boolean;
}

/**
 * `medrisk verify FILE --signature FILE.sig --key DIR/medrisk.pub`: exit 0 only when every algorithm
 * of the key verifies; 1 when the signature does not (which algorithm, and why); 2 for bad input.
 */
export async function runVerify(file: string, flags: VerifyFlags): Promise<ExitCode> {
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new ExitError(EXIT.badInput, `unknown format "${format}"; use text or json`);
  if (typeof flags.key !== 'string')
    throw new ExitError(EXIT.badInput, 'give the public key with --key DIR/medrisk.pub');
  const signaturePath = typeof flags.signature === 'string' ? flags.signature : `${file}.sig`;
  const key = readParsed(flags.key, 'key file', (text) => readKey(text, 'public'));
  const signature = readParsed(signaturePath, 'signature file', readSignature);
  const digest = await fileDigest(file);
  const result = verifyDigest(digest, signature, key);
  if (format === 'json') {
    const out = { file, bytes: digest.bytes, sha256: digest.sha256, keyId: key.keyId, ...result };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const c = colorsFor(process.stdout, flags.color === false);
    const width = Math.max(...result.algorithms.map((a) => a.algorithm.length));
    const lines = [
      ...result.algorithms.map(
        (a) =>
          `${a.algorithm.padEnd(width)}  ${a.status === 'valid' ? c.green('valid') : c.red(a.status === 'missing' ? 'MISSING' : 'INVALID')}`,
      ),
      ...result.problems.map((p) => `${c.red('!')} ${p}`),
      result.verified
        ? `${c.green('verified')}: ${file} was signed with key ${key.keyId}`
        : `${c.red('NOT verified')}: ${file} (every algorithm of the key must verify)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return result.verified ? EXIT.ok : EXIT.notVerified;
}
