import {
  formatIssue,
  PQC_FORMATS,
  pqcOf,
  renderPqc,
  type DeviceModel,
  type Issue,
  type PqcFormat,
  type SupplyChainInput,
} from '@medrisk/core';
import { readSbomFile } from '@medrisk/core/node';
import { dirname, extname, relative, resolve } from 'node:path';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { ExitError } from '../errors.js';
import { loadModelOrExit } from '../load.js';
import { parseSize } from '../size.js';
import { writeChunks, writeFileAtomic } from '../output.js';

export interface PqcFlags {
  readonly format?: string;
  readonly out?: string;
  readonly asOf?: string | number;
  readonly yearsToCrqc?: string | number;
  readonly quiet?: boolean;
  readonly maxInputSize?: string | number;
}

const BY_EXTENSION: Readonly<Record<string, PqcFormat>> = {
  '.json': 'json',
  '.md': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/**
 * The post-quantum readiness of a model: crypto inventory (model and CBOMs), deadlines, Mosca,
 * feasibility, agility and migration plan. Like `raci`, it reports and does not gate: the findings
 * the same analysis raises gate `medrisk analyze --fail-on`.
 */
export function runPqc(modelPath: string, flags: PqcFlags): ExitCode {
  const format = formatOf(flags);
  const asOf = analysisDate(flags.asOf);
  const yearsToCrqc = years(flags.yearsToCrqc);
  const { model, warnings } = loadModelOrExit(modelPath, parseSize(flags.maxInputSize));
  if (flags.quiet !== true)
    for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  const supplyChain = readModelBoms(model, modelPath, flags);
  const view = pqcOf(model, {
    ...(supplyChain === undefined ? {} : { supplyChain }),
    parameters: { asOf, ...(yearsToCrqc === undefined ? {} : { yearsToCrqc }) },
  });
  if (flags.quiet !== true)
    for (const note of view.scenario.notes) process.stderr.write(`warning: ${note}\n`);
  const chunks = renderPqc(view, model, format);
  if (flags.out === undefined) writeChunks(chunks, (text) => process.stdout.write(text));
  else {
    writeFileAtomic(flags.out, chunks);
    if (flags.quiet !== true) {
      const s = view.summary;
      process.stderr.write(
        `wrote ${flags.out} (${format}): ${String(s.uses)} crypto uses, ${String(s.vulnerable)} quantum-vulnerable, ${String(s.atRisk)} at risk (Mosca), ${String(s.infeasible)} without a feasible replacement\n`,
      );
    }
  }
  return EXIT.ok;
}

function formatOf(flags: PqcFlags): PqcFormat {
  const format =
    flags.format ??
    (flags.out === undefined
      ? 'markdown'
      : (BY_EXTENSION[extname(flags.out).toLowerCase()] ?? 'markdown'));
  if (!(PQC_FORMATS as readonly string[]).includes(format))
    throw new ExitError(
      EXIT.badInput,
      `unknown format "${format}"; use one of: ${PQC_FORMATS.join(', ')}`,
    );
  return format as PqcFormat;
}

/** `--as-of YYYY-MM-DD`, or today (the shell reads the clock; the core never does). */
function analysisDate(value: string | number | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  const text = String(value);
  const time = Date.parse(`${text}T00:00:00Z`);
  // Date.parse accepts 2026-02-30 as 2 March: the round trip catches it.
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(text) &&
    !Number.isNaN(time) &&
    new Date(time).toISOString().slice(0, 10) === text;
  if (!valid)
    throw new ExitError(EXIT.badInput, `invalid --as-of "${text}"; write a date as YYYY-MM-DD`);
  return text;
}

function years(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 100)
    throw new ExitError(
      EXIT.badInput,
      `invalid --years-to-crqc "${String(value)}"; write a number of years between 0 and 100, e.g. 12`,
    );
  return n;
}

/**
 * The model's CBOMs and SBOMs (paths relative to the model file), read for their crypto assets; no
 * advisories are needed. An unreadable BOM stops the command with its located problems.
 */
function readModelBoms(
  model: DeviceModel,
  modelPath: string,
  flags: PqcFlags,
): SupplyChainInput | undefined {
  const read = model.boms.filter((b) => b.type === 'cbom' || b.type === 'sbom');
  if (read.length === 0) return undefined;
  const base = dirname(resolve(modelPath));
  const maxBytes = parseSize(flags.maxInputSize);
  const problems: Issue[] = [];
  const boms = read.map((b) => {
    const file = relative(process.cwd(), resolve(base, b.path)).split('\\').join('/');
    const { result } = readSbomFile(file, maxBytes === undefined ? {} : { maxBytes });
    if (!result.ok) {
      problems.push(...result.issues.filter((i) => i.severity === 'error'));
      return { id: b.id, file };
    }
    return { id: b.id, file, inventory: result.value };
  });
  if (problems.length > 0)
    throw new ExitError(
      EXIT.badInput,
      `cannot read the model's ${problems.length === 1 ? 'BOM' : 'BOMs'} (boms[] in ${modelPath}); nothing was written`,
      problems.map(formatIssue),
    );
  return { boms };
}
