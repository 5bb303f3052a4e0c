import {
  evaluateSsvc,
  formatIssue,
  missingSelections,
  parseSsvcAnswers,
  refOf,
  SSVC_TABLES,
  ssvcTable,
  type DecisionPoint,
  type DecisionTable,
  type Issue,
  type SelectionInput,
  type SsvcEvaluation,
  type SsvcStep,
} from '@medrisk/core';
import { canPrompt, readAnswersText } from '../answers-file.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { ExitError } from '../errors.js';
import { colorsFor, type Colors } from '../output.js';
import { terminalPrompter, type Prompter, type PromptQuestion } from '../prompt.js';

export interface SsvcFlags {
  readonly table?: string;
  readonly answers?: string;
  readonly format?: string;
  readonly color?: boolean;
}

const DEFAULT_TABLE = 'deployer';

/** `medrisk ssvc`: walks an SSVC decision table from an answers file, asking what is missing on a terminal. */
export async function runSsvc(flags: SsvcFlags): Promise<ExitCode> {
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new ExitError(EXIT.badInput, `unknown format "${format}"; use text or json`);
  const flagTable = flags.table === undefined ? undefined : tableOrExit(flags.table);
  const err = colorsFor(process.stderr, flags.color === false);
  const file = flags.answers === undefined ? undefined : loadAnswers(flags.answers);
  if (file?.table !== undefined && flagTable !== undefined && file.table !== flagTable.id)
    throw new ExitError(
      EXIT.badInput,
      `--table ${flagTable.id} disagrees with "table: ${file.table}" in ${flags.answers ?? ''}; remove one`,
    );
  const table = flagTable ?? tableOrExit(file?.table ?? DEFAULT_TABLE);
  let answers: Record<string, SelectionInput> = { ...(file?.answers ?? {}) };
  const locate = file?.locateAnswerIssues ?? ((issues: readonly Issue[]) => [...issues]);

  let result = evaluateSsvc(table, answers);
  const onlyMissing =
    !result.ok &&
    result.issues.every((i) => i.code === 'missing-field' || i.severity === 'warning');
  if (!result.ok && onlyMissing && canPrompt()) {
    const prompter = terminalPrompter(err);
    try {
      answers = await askSsvc(table, answers, prompter);
    } finally {
      prompter.close();
    }
    result = evaluateSsvc(table, answers);
  } else if (file === undefined) {
    throw new ExitError(
      EXIT.badInput,
      'no answers: stdin is not a terminal, so pass --answers FILE (YAML or JSON; see medrisk ssvc --help)',
    );
  }
  for (const warning of result.issues.filter((i) => i.severity === 'warning'))
    process.stderr.write(
      `${err.yellow('warning')}: ${formatIssue(locate([warning])[0] ?? warning)}\n`,
    );
  if (!result.ok) {
    const errors = locate(result.issues.filter((i) => i.severity === 'error'));
    throw new ExitError(
      EXIT.badInput,
      `cannot decide ${table.name}: ${plural(errors.length, 'problem')} in the answers${flags.answers === undefined ? '' : ` (${flags.answers})`}`,
      errors.map(formatIssue),
    );
  }
  const out = colorsFor(process.stdout, flags.color === false);
  process.stdout.write(
    format === 'json'
      ? `${JSON.stringify({ ...(file?.vulnerability === undefined ? {} : { vulnerability: file.vulnerability }), ...result.value }, null, 2)}\n`
      : renderText(table, result.value, file?.vulnerability, out),
  );
  return EXIT.ok;
}

/** Asks every missing decision point, leaves first (Safety and Mission Impact rather than Human Impact). */
export async function askSsvc(
  table: DecisionTable,
  initial: Readonly<Record<string, SelectionInput>>,
  prompter: Prompter,
): Promise<Record<string, SelectionInput>> {
  const answers: Record<string, SelectionInput> = { ...initial };
  for (
    let next = missingSelections(table, answers)[0];
    next !== undefined;
    next = missingSelections(table, answers)[0]
  )
    answers[next.id] = await prompter.choose(questionOf(next));
  return answers;
}

function questionOf(point: DecisionPoint): PromptQuestion {
  return {
    title: `${point.name} (${refOf(point)})`,
    text: point.description,
    choices: point.values.map((v) => ({ value: v.id, description: v.description })),
  };
}

function tableOrExit(id: string): DecisionTable {
  const table = ssvcTable(id);
  if (table === undefined)
    throw new ExitError(
      EXIT.badInput,
      `unknown SSVC table "${id}"; use one of: ${SSVC_TABLES.map((t) => t.id).join(', ')}`,
    );
  return table;
}

function loadAnswers(path: string) {
  const { file, text } = readAnswersText(path);
  const parsed = parseSsvcAnswers(file, text);
  if (!parsed.result.ok)
    throw new ExitError(
      EXIT.badInput,
      `invalid answers file ${path}: ${plural(parsed.result.issues.length, 'problem')}`,
      parsed.result.issues.map(formatIssue),
    );
  return { ...parsed.result.value, locateAnswerIssues: parsed.locateAnswerIssues };
}

function renderText(
  table: DecisionTable,
  evaluation: SsvcEvaluation,
  vulnerability: string | undefined,
  c: Colors,
): string {
  const rows: string[][] = [];
  const add = (step: SsvcStep, depth: number): void => {
    rows.push([`${'  '.repeat(depth)}${step.name}`, step.value, step.source, step.reason ?? '']);
    step.derivedFrom?.steps.forEach((s) => {
      add(s, depth + 1);
    });
  };
  evaluation.path.forEach((s) => {
    add(s, 1);
  });
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const outcome = evaluation.outcome;
  const meaning = table.outcome.values.find((v) => v.key === outcome.valueKey)?.description ?? '';
  const lines = [
    `${c.bold(`SSVC ${table.name} ${table.version}`)} (${evaluation.table.ref})${vulnerability === undefined ? '' : ` for ${vulnerability}`}`,
    `Decision: ${c.bold(outcome.valueName)} — ${meaning}`,
    '',
    ...rows.map(([name = '', value = '', source = '', reason = '']) =>
      `${name.padEnd(widths[0] ?? 0)}  ${c.bold(value.padEnd(widths[1] ?? 0))}  ${(source === 'derived' ? c.cyan : c.dim)(source.padEnd(widths[2] ?? 0))}  ${reason}`.trimEnd(),
    ),
    '',
    c.dim(`Table source: ${table.source}`),
  ];
  return `${lines.join('\n')}\n`;
}

function plural(n: number, word: string): string {
  return `${String(n)} ${word}${n === 1 ? '' : 's'}`;
}
