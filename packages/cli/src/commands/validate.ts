import { formatIssue } from '@medrisk/core';
import { readModelFile } from '@medrisk/core/node';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { ExitError } from '../errors.js';
import { parseSize } from '../size.js';
import { colorsFor } from '../output.js';

export interface ValidateFlags {
  readonly format?: string;
  readonly maxInputSize?: string | number;
  readonly color?: boolean;
}

/** Checks a model without analysing it: every problem at once, located, with a hint. */
export function runValidate(modelPath: string, flags: ValidateFlags): ExitCode {
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new ExitError(EXIT.badInput, `unknown format "${format}"; use text or json`);
  const { result } = readModelFile(modelPath, {
    ...(flags.maxInputSize === undefined ? {} : { maxBytes: parseSize(flags.maxInputSize) }),
  });
  if (format === 'json') {
    process.stdout.write(
      `${JSON.stringify({ valid: result.ok, issues: result.issues }, null, 2)}\n`,
    );
    return result.ok ? EXIT.ok : EXIT.badInput;
  }
  const c = colorsFor(process.stderr, flags.color === false);
  for (const issue of result.issues) {
    const mark = issue.severity === 'error' ? c.red('✖') : c.yellow('⚠');
    process.stderr.write(`${mark} ${formatIssue(issue)}\n`);
  }
  if (!result.ok) {
    const errors = result.issues.filter((i) => i.severity === 'error').length;
    process.stderr.write(
      `${c.red(`invalid model: ${String(errors)} problem${errors === 1 ? '' : 's'}`)}\n`,
    );
    return EXIT.badInput;
  }
  const m = result.value;
  process.stdout.write(
    `${c.green('✔')} ${modelPath} is valid: ${String(m.components.length)} components, ${String(m.dataFlows.length)} data flows, ${String(m.trustBoundaries.length)} trust boundaries, ${String(m.clinicalFunctions.length)} clinical functions${m.files.length > 1 ? ` (${String(m.files.length)} files)` : ''}\n`,
  );
  return EXIT.ok;
}
