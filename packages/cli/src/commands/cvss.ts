import { readFileSync } from 'node:fs';
import {
  cvssSeverityOf,
  cvssVersion,
  scoreVector,
  type CvssMetricValue,
  type CvssResult,
  type CvssSeverity,
} from '@medrisk/core';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { ExitError } from '../errors.js';
import { colorsFor, type Colors } from '../output.js';

export interface CvssFlags {
  readonly format?: string;
  readonly color?: boolean;
}

/** One vector to score and where it came from, for error messages. */
interface Entry {
  readonly text: string;
  readonly where: string;
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? String(error);
    throw new ExitError(EXIT.badInput, `cannot read stdin (${code})`);
  }
}

/** Arguments, with `-` replaced by stdin's lines (blank lines and `#` comments skipped). */
function entriesOf(vectors: readonly string[]): Entry[] {
  const entries: Entry[] = [];
  for (const [index, arg] of vectors.entries()) {
    if (arg !== '-') {
      entries.push({ text: arg, where: `argument ${String(index + 1)}` });
      continue;
    }
    const lines = readStdin().split(/\r?\n/);
    for (const [n, line] of lines.entries()) {
      const text = line.trim();
      if (text !== '' && !text.startsWith('#'))
        entries.push({ text, where: `stdin line ${String(n + 1)}` });
    }
  }
  return entries;
}

/**
 * cac's parser (mri) drops a lone `-` and takes the argument after it as the value of an unnamed
 * option, so both would vanish silently. When `-` was written, the positional arguments are read
 * again from argv: everything after the command that is not an option or an option's value.
 */
function positionals(vectors: readonly string[], argv: readonly string[]): readonly string[] {
  const start = argv.indexOf('cvss');
  if (start < 0 || !argv.slice(start + 1).includes('-')) return vectors;
  const out: string[] = [];
  for (let i = start + 1; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      out.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--format') i++;
    else if (arg === '-' || !arg.startsWith('-')) out.push(arg);
  }
  return out;
}

/** `medrisk cvss VECTOR... | -`: validates, scores and explains CVSS v2.0, v3.0, v3.1 and v4.0 vectors. */
export function runCvss(parsed: readonly string[], flags: CvssFlags): ExitCode {
  const vectors = positionals(parsed, process.argv);
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new ExitError(EXIT.badInput, `unknown format "${format}"; use text or json`);
  if (vectors.length === 0)
    throw new ExitError(EXIT.badInput, 'give one or more vectors, or - to read them from stdin');
  if (vectors.filter((v) => v === '-').length > 1)
    throw new ExitError(EXIT.badInput, 'stdin (-) can be read only once');
  const entries = entriesOf(vectors);
  const out = colorsFor(process.stdout, flags.color === false);
  const err = colorsFor(process.stderr, flags.color === false);
  let bad = 0;
  for (const [index, entry] of entries.entries()) {
    const result = scoreVector(entry.text);
    if (!result.ok) {
      bad++;
      process.stderr.write(`medrisk: ${entry.where}: ${err.bold(entry.text)}\n`);
      for (const issue of result.issues) {
        const hint = issue.hint === undefined ? '' : err.dim(` (${issue.hint})`);
        process.stderr.write(`  ${issue.message}${hint}\n`);
      }
      continue;
    }
    if (format === 'json') process.stdout.write(`${JSON.stringify(jsonOf(result.value))}\n`);
    else process.stdout.write(`${index > 0 ? '\n' : ''}${explain(entry.text, result.value, out)}`);
  }
  if (entries.length === 0) throw new ExitError(EXIT.badInput, 'no vector on stdin');
  if (bad > 0)
    throw new ExitError(
      EXIT.badInput,
      `${String(bad)} of ${String(entries.length)} vectors ${bad === 1 ? 'is' : 'are'} invalid`,
    );
  return EXIT.ok;
}

function metricJson(m: CvssMetricValue) {
  return { id: m.id, name: m.name, group: m.group, value: m.value, valueName: m.valueName };
}

/**
 * One JSON Lines record. Every key is always present so consumers see one shape: v2/v3 have null
 * `nomenclature` and `supplemental`; v4.0 has null `temporalScore` and `environmentalScore`; v2/v3
 * have null temporal/environmental scores when the vector defines no metric of that group.
 */
function jsonOf(result: CvssResult) {
  return {
    version: result.version,
    vector: result.vector,
    baseScore: result.baseScore,
    temporalScore: result.temporalScore ?? null,
    environmentalScore: result.environmentalScore ?? null,
    score: result.score,
    severity: result.severity,
    baseSeverity: result.baseSeverity,
    nomenclature: result.nomenclature ?? null,
    metrics: result.metrics.map(metricJson),
    supplemental: result.supplemental?.map(metricJson) ?? null,
  };
}

function severityText(severity: CvssSeverity, c: Colors): string {
  const name = severity.charAt(0).toUpperCase() + severity.slice(1);
  if (severity === 'critical') return c.bold(c.red(name));
  if (severity === 'high') return c.red(name);
  if (severity === 'medium') return c.yellow(name);
  return severity === 'low' ? c.green(name) : c.dim(name);
}

const GROUP_TITLES = {
  base: 'Base metrics',
  temporal: 'Temporal metrics',
  threat: 'Threat metrics',
  environmental: 'Environmental metrics',
  supplemental: 'Supplemental metrics (reported, never scored)',
} as const;

/** What an absent group means for the score, per version. */
function absentNote(result: CvssResult, group: keyof typeof GROUP_TITLES): string {
  if (group === 'threat')
    return 'none defined: Exploit Maturity is scored as Attacked (worst case)';
  if (group === 'environmental' && result.version === '4.0')
    return 'none defined: CR/IR/AR are scored as High, modified metrics take the base values';
  if (group === 'temporal') return 'none defined (the temporal score would equal the base score)';
  return 'none defined';
}

function scoresLine(result: CvssResult, c: Colors): string {
  const show = (label: string, score: number, severity: CvssSeverity): string =>
    `${label} ${c.bold(score.toFixed(1))} ${severityText(severity, c)}`;
  const version = result.version;
  if (result.nomenclature !== undefined) {
    const parts = [show(result.nomenclature, result.score, result.severity)];
    if (result.nomenclature !== 'CVSS-B')
      parts.push(show('CVSS-B (base only)', result.baseScore, result.baseSeverity));
    return parts.join(' · ');
  }
  const parts = [show('Base', result.baseScore, result.baseSeverity)];
  if (result.temporalScore !== undefined)
    parts.push(
      show('Temporal', result.temporalScore, cvssSeverityOf(version, result.temporalScore)),
    );
  if (result.environmentalScore !== undefined)
    parts.push(
      show(
        'Environmental',
        result.environmentalScore,
        cvssSeverityOf(version, result.environmentalScore),
      ),
    );
  return parts.join(' · ');
}

/** The human explanation: scores, then every metric with its value name and meaning. */
function explain(input: string, result: CvssResult, c: Colors): string {
  const version = cvssVersion(result.version);
  const all = [...result.metrics, ...(result.supplemental ?? [])];
  const lines = [c.bold(result.vector)];
  if (input !== result.vector) lines.push(c.dim(`  written as ${input}`));
  lines.push(`  ${version.displayName} · ${scoresLine(result, c)}`);
  const groups = [...new Set(version.metrics.map((m) => m.group))];
  const idWidth = Math.max(...all.map((m) => m.id.length), 2);
  const nameWidth = Math.max(...all.map((m) => m.name.length), 4);
  const valueWidth = Math.max(...all.map((m) => m.valueName.length), 4);
  for (const group of groups) {
    const metrics = all.filter((m) => m.group === group);
    if (metrics.length === 0) {
      lines.push(`  ${GROUP_TITLES[group]}: ${c.dim(absentNote(result, group))}`);
      continue;
    }
    lines.push(`  ${GROUP_TITLES[group]}`);
    for (const m of metrics)
      lines.push(
        `    ${c.bold(`${m.id}:${m.value}`.padEnd(idWidth + 6))} ${m.name.padEnd(nameWidth)}  ${m.valueName.padEnd(valueWidth)}  ${c.dim(m.meaning)}`,
      );
  }
  return `${lines.join('\n')}\n`;
}
