import { compareModelDigests, formatIssue, modelToVerify } from '@medrisk/core';
import { digestFile, readSbomFile } from '@medrisk/core/node';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { ExitError } from '../errors.js';
import { codeOf } from '../key-files.js';
import { colorsFor } from '../output.js';

export interface VerifyModelFlags {
  readonly mlbom?: string;
  readonly modelRef?: string;
  readonly format?: string;
  readonly color?: boolean;
}

/**
 * `medrisk verify-model FILE --mlbom BOM [--model-ref REF]`: the file's digests (streamed) against
 * the hashes the ML-BOM lists for the model. 0 all match, 1 a mismatch, 2 bad input.
 */
export async function runVerifyModel(file: string, flags: VerifyModelFlags): Promise<ExitCode> {
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new ExitError(EXIT.badInput, `unknown format "${format}"; use text or json`);
  if (typeof flags.mlbom !== 'string')
    throw new ExitError(EXIT.badInput, 'give the ML-BOM with --mlbom BOM (CycloneDX JSON or XML)');
  const { result: read } = readSbomFile(flags.mlbom);
  if (!read.ok)
    throw new ExitError(
      EXIT.badInput,
      `cannot read the ML-BOM ${flags.mlbom}`,
      read.issues.map(formatIssue),
    );
  const ref = typeof flags.modelRef === 'string' ? flags.modelRef : undefined;
  const target = modelToVerify(read.value, ref);
  if (!target.ok)
    throw new ExitError(
      EXIT.badInput,
      'nothing to verify the model file against',
      target.issues.map(formatIssue),
    );
  let computed: Awaited<ReturnType<typeof digestFile>>;
  try {
    computed = await digestFile(
      file,
      target.value.hashes.map((h) => h.algorithm.node),
    );
  } catch (error) {
    throw new ExitError(EXIT.badInput, `cannot read ${file} (${codeOf(error)})`);
  }
  const byId = Object.fromEntries(
    target.value.hashes.map((h) => [h.algorithm.id, computed.digests[h.algorithm.node] ?? '']),
  );
  const comparisons = compareModelDigests(target.value, byId);
  const matches = comparisons.every((c) => c.match);
  const model = target.value.model;
  if (format === 'json') {
    const out = {
      file,
      bytes: computed.bytes,
      mlbom: read.value.file,
      model: {
        ref: model.ref,
        name: model.name,
        ...(model.version === undefined ? {} : { version: model.version }),
      },
      matches,
      comparisons,
      skipped: target.value.skipped,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const c = colorsFor(process.stdout, flags.color === false);
    const lines = [
      `model ${model.ref} (${model.name}${model.version === undefined ? '' : ` ${model.version}`}) in ${read.value.file}`,
      ...comparisons.flatMap((x) =>
        x.match
          ? [`${x.algorithm.padEnd(8)} ${c.green('match')}    ${x.actual}`]
          : [
              `${x.algorithm.padEnd(8)} ${c.red('MISMATCH')}`,
              `  expected (ML-BOM) ${x.listed}`,
              `  actual (file)     ${x.actual}`,
            ],
      ),
      ...target.value.skipped.map((s) => `${s.algorithm.padEnd(8)} not checked: ${s.reason}`),
      matches
        ? `${c.green('verified')}: ${file} (${String(computed.bytes)} bytes) is the model the ML-BOM lists`
        : `${c.red('NOT verified')}: ${file} is not the model the ML-BOM lists`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return matches ? EXIT.ok : EXIT.notVerified;
}
