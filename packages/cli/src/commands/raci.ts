import { RACI_FORMATS, renderRaci, responsibilityOf, type RaciFormat } from '@medrisk/core';
import { extname } from 'node:path';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { ExitError } from '../errors.js';
import { loadModelOrExit } from '../load.js';
import { parseSize } from '../size.js';
import { writeChunks, writeFileAtomic } from '../output.js';

export interface RaciFlags {
  readonly format?: string;
  readonly out?: string;
  readonly quiet?: boolean;
  readonly maxInputSize?: string | number;
}

const BY_EXTENSION: Readonly<Record<string, RaciFormat>> = {
  '.csv': 'csv',
  '.json': 'json',
  '.md': 'markdown',
  '.txt': 'table',
};

/**
 * The shared-responsibility matrix of a model: every control, mitigation, transferred risk and duty
 * × stakeholder, with problems and the contract checklist. Problems do not change the exit code:
 * `medrisk analyze --fail-on` gates on the findings they raise.
 */
export function runRaci(modelPath: string, flags: RaciFlags): ExitCode {
  const format =
    flags.format ??
    (flags.out === undefined
      ? 'table'
      : (BY_EXTENSION[extname(flags.out).toLowerCase()] ?? 'table'));
  if (!isRaciFormat(format))
    throw new ExitError(
      EXIT.badInput,
      `unknown format "${format}"; use one of: ${RACI_FORMATS.join(', ')}`,
    );
  const { model, warnings } = loadModelOrExit(modelPath, parseSize(flags.maxInputSize));
  if (flags.quiet !== true)
    for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  const matrix = responsibilityOf(model);
  const chunks = renderRaci(matrix, format);
  if (flags.out === undefined) writeChunks(chunks, (text) => process.stdout.write(text));
  else {
    writeFileAtomic(flags.out, chunks);
    if (flags.quiet !== true)
      process.stderr.write(
        `wrote ${flags.out} (${format}): ${String(matrix.rows.length)} items × ${String(matrix.stakeholders.length)} stakeholders, ${String(matrix.problems.length)} problem${matrix.problems.length === 1 ? '' : 's'}\n`,
      );
  }
  return EXIT.ok;
}

function isRaciFormat(value: string): value is RaciFormat {
  return (RACI_FORMATS as readonly string[]).includes(value);
}
