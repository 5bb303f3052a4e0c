import { readFileSync, statSync } from 'node:fs';
import { EXIT } from './exit-codes.js';
import { ExitError } from './errors.js';

/** Answers files are a few hundred bytes; anything this large is the wrong file. */
const MAX_ANSWERS_BYTES = 1024 * 1024;

/** Reads an answers file or exits 2 with the reason. */
export function readAnswersText(path: string): { file: string; text: string } {
  try {
    const size = statSync(path).size;
    if (size > MAX_ANSWERS_BYTES)
      throw new ExitError(
        EXIT.badInput,
        `${path} is ${String(size)} bytes; an answers file is at most 1 MiB — is it the right file?`,
      );
    return { file: path, text: readFileSync(path, 'utf8') };
  } catch (error) {
    if (error instanceof ExitError) throw error;
    const code = (error as { code?: string }).code ?? String(error);
    throw new ExitError(EXIT.badInput, `cannot read answers file ${path} (${code})`);
  }
}

/** Interactive questions need a person at a terminal; a pipe or CI never gets a prompt. */
export function canPrompt(): boolean {
  return process.stdin.isTTY;
}
