import {
  analyze,
  buildReportDocument,
  isRiskLevel,
  REPORT_FORMATS,
  reportFormat,
  riskRank,
  type Finding,
  type RiskLevel,
} from '@medrisk/core';
import { extname } from 'node:path';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { ExitError } from '../errors.js';
import { loadModelOrExit } from '../load.js';
import { parseSize } from '../size.js';
import { colorsFor, progress, writeChunks, writeFileAtomic } from '../output.js';
import { scanModelBoms, type ModelBomFlags } from '../model-boms.js';
import { analysisDate, eolDataFor, type LifecycleFlags } from '../lifecycle-inputs.js';
import { renderTerminalSummary } from '../terminal-summary.js';

export interface AnalyzeFlags extends ModelBomFlags, LifecycleFlags {
  readonly format?: string;
  readonly out?: string;
  readonly failOn?: string;
  readonly quiet?: boolean;
  readonly color?: boolean;
  readonly maxInputSize?: string | number;
}

const FORMATS = ['table', ...REPORT_FORMATS.map((f) => f.id)];
const BY_EXTENSION: Readonly<Record<string, string>> = {
  '.json': 'json',
  '.md': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.sarif': 'sarif',
  '.csv': 'csv',
  '.txt': 'table',
};

export async function runAnalyze(modelPath: string, flags: AnalyzeFlags): Promise<ExitCode> {
  const format =
    flags.format ??
    (flags.out === undefined
      ? 'table'
      : (BY_EXTENSION[extname(flags.out).toLowerCase()] ?? 'table'));
  if (!FORMATS.includes(format))
    throw new ExitError(
      EXIT.badInput,
      `unknown format "${format}"; use one of: ${FORMATS.join(', ')}`,
    );
  const failOn = parseFailOn(flags.failOn);
  const asOf = analysisDate(flags);
  const say = progress(flags.quiet === true);

  say(`reading ${modelPath}`);
  const { model, inputs, warnings } = loadModelOrExit(modelPath, parseSize(flags.maxInputSize));
  if (flags.quiet !== true)
    for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  say(
    `analysing ${String(model.components.length)} components, ${String(model.dataFlows.length)} data flows`,
  );
  const supplyChain = await scanModelBoms(model, modelPath, flags, say);
  const eol = await eolDataFor(model, flags, say);
  const analysis = analyze(model, {
    inputs,
    ...(supplyChain === undefined ? {} : { supplyChain }),
    parameters: { asOf },
    ...(eol === undefined ? {} : { eol }),
  });
  const doc = buildReportDocument(model, analysis);
  say(`rendering ${format}`);
  const colors = colorsFor(process.stdout, flags.color === false || flags.out !== undefined);
  const chunks =
    format === 'table'
      ? [renderTerminalSummary(doc, colors)]
      : await reportFormat(format).render(doc);

  if (flags.out === undefined) writeChunks(chunks, (text) => process.stdout.write(text));
  else {
    writeFileAtomic(flags.out, chunks);
    if (flags.quiet !== true)
      process.stderr.write(
        `wrote ${flags.out} (${format}): ${describeCounts(analysis.summary.byLevel, analysis.summary.findings)}\n`,
      );
  }
  const failing =
    failOn === undefined
      ? []
      : analysis.findings.filter((f) => gates(f) && riskRank(f.level) >= riskRank(failOn));
  if (failing.length > 0 && flags.quiet !== true) {
    process.stderr.write(
      `${String(failing.length)} open finding${failing.length === 1 ? '' : 's'} at or above --fail-on ${failOn ?? ''}\n`,
    );
  }
  return failing.length > 0 ? EXIT.findings : EXIT.ok;
}

/**
 * `--fail-on` counts findings nobody has decided on: open ones, and accepted or transferred ones whose
 * decision is incomplete. A complete, approved acceptance is a decision, not a CI failure.
 */
function gates(finding: Finding): boolean {
  return finding.status === 'open' || (finding.treatment?.problems.length ?? 0) > 0;
}

function parseFailOn(value: string | undefined): RiskLevel | undefined {
  if (value === undefined || value === 'none') return undefined;
  if (!isRiskLevel(value))
    throw new ExitError(
      EXIT.badInput,
      `invalid --fail-on "${value}"; use one of: none, info, low, medium, high, critical`,
    );
  return value;
}

function describeCounts(byLevel: Readonly<Record<RiskLevel, number>>, total: number): string {
  const parts = (['critical', 'high', 'medium', 'low', 'info'] as const)
    .filter((l) => byLevel[l] > 0)
    .map((l) => `${String(byLevel[l])} ${l}`);
  return `${String(total)} finding${total === 1 ? '' : 's'}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}
