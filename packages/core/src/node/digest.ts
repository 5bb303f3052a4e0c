import { createHash } from 'node:crypto';
import type { InputDigest } from '../analyze.js';
import type { ModelInput } from '../model/load.js';

/** SHA-256 of every input file, sorted by path: the provenance a reviewer uses to reproduce a report. */
export function digestInputs(inputs: readonly ModelInput[]): InputDigest[] {
  return inputs
    .map((input) => ({
      file: input.file.split('\\').join('/'),
      sha256: createHash('sha256').update(input.text, 'utf8').digest('hex'),
    }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
