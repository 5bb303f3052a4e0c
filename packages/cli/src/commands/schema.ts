import { modelJsonSchema } from '@medrisk/core';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { writeFileAtomic } from '../output.js';

/** Prints (or writes) the model's JSON Schema for editor completion. */
export function runSchema(flags: { readonly out?: string }): ExitCode {
  const text = `${JSON.stringify(modelJsonSchema(), null, 2)}\n`;
  if (flags.out === undefined) process.stdout.write(text);
  else writeFileAtomic(flags.out, text);
  return EXIT.ok;
}
