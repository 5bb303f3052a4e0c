import {
  formatIssue,
  parseRubricAnswers,
  rubricQuestion,
  runRubric,
  scoreVector,
  type Issue,
  type RubricAnswerInput,
  type RubricResult,
} from '@medrisk/core';
import { canPrompt, readAnswersText } from '../answers-file.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { ExitError } from '../errors.js';
import { colorsFor, type Colors } from '../output.js';
import { terminalPrompter, type Prompter, type PromptQuestion } from '../prompt.js';

export interface RubricFlags {
  readonly answers?: string;
  readonly format?: string;
  readonly color?: boolean;
}

/** `medrisk rubric`: the MITRE medical-device CVSS rubric, from an answers file or asked on a terminal. */
export async function runRubricCommand(flags: RubricFlags): Promise<ExitCode> {
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new ExitError(EXIT.badInput, `unknown format "${format}"; use text or json`);
  const err = colorsFor(process.stderr, flags.color === false);
  const file = flags.answers === undefined ? undefined : loadAnswers(flags.answers);
  if (file === undefined && !canPrompt())
    throw new ExitError(
      EXIT.badInput,
      'no answers: stdin is not a terminal, so pass --answers FILE (YAML or JSON; see medrisk rubric --help)',
    );
  const locate = file?.locateAnswerIssues ?? ((issues: readonly Issue[]) => [...issues]);
  let answers: Record<string, RubricAnswerInput> = { ...(file?.answers ?? {}) };
  let result = runRubric(answers);
  if (result.ok && !result.value.complete && canPrompt()) {
    const prompter = terminalPrompter(err);
    try {
      answers = await askRubric(answers, prompter);
    } finally {
      prompter.close();
    }
    result = runRubric(answers);
  }
  for (const warning of result.issues.filter((i) => i.severity === 'warning'))
    process.stderr.write(
      `${err.yellow('warning')}: ${formatIssue(locate([warning])[0] ?? warning)}\n`,
    );
  if (!result.ok)
    throw new ExitError(
      EXIT.badInput,
      `invalid rubric answers${flags.answers === undefined ? '' : ` in ${flags.answers}`}`,
      locate(result.issues.filter((i) => i.severity === 'error')).map(formatIssue),
    );
  const value = result.value;
  if (!value.complete)
    throw new ExitError(
      EXIT.badInput,
      `incomplete rubric answers${flags.answers === undefined ? '' : ` in ${flags.answers}`}: answer ${value.missing.join(', ')} (and the questions they lead to)`,
      value.missing.map((id) => `${id}: ${rubricQuestion(id)?.text ?? ''}`),
    );
  const score = value.vector === undefined ? undefined : scoreVector(value.vector);
  const base =
    score?.ok === true
      ? { baseScore: score.value.baseScore, baseSeverity: score.value.baseSeverity }
      : {};
  const out = colorsFor(process.stdout, flags.color === false);
  process.stdout.write(
    format === 'json'
      ? `${JSON.stringify({ ...(file?.vulnerability === undefined ? {} : { vulnerability: file.vulnerability }), ...value, ...base }, null, 2)}\n`
      : renderText(value, base, file?.vulnerability, out),
  );
  return EXIT.ok;
}

/** Asks the next unanswered question of each chain until every metric is decided. */
export async function askRubric(
  initial: Readonly<Record<string, RubricAnswerInput>>,
  prompter: Prompter,
): Promise<Record<string, RubricAnswerInput>> {
  const answers: Record<string, RubricAnswerInput> = { ...initial };
  for (;;) {
    const result = runRubric(answers);
    const next = result.ok ? result.value.missing[0] : undefined;
    if (next === undefined) return answers;
    answers[next] = await prompter.choose(questionOf(next));
  }
}

function questionOf(id: string): PromptQuestion {
  const question = rubricQuestion(id);
  if (question === undefined) throw new Error(`rubric question ${id} is not in the data`);
  const where = (answer: 'yes' | 'no' | 'unknown'): string => {
    const step = question.next[answer];
    return 'ask' in step ? `next: ${step.ask}` : `${question.metric}:${step.value}`;
  };
  return {
    title: `${question.id} (${question.metric})`,
    text: question.text,
    ...(question.help === undefined ? {} : { help: question.help }),
    choices: [
      { value: 'yes', description: where('yes') },
      { value: 'no', description: where('no') },
      { value: 'unknown', description: `${where('unknown')} (${question.unknownRule})` },
    ],
  };
}

function loadAnswers(path: string) {
  const { file, text } = readAnswersText(path);
  const parsed = parseRubricAnswers(file, text);
  if (!parsed.result.ok)
    throw new ExitError(
      EXIT.badInput,
      `invalid answers file ${path}: ${String(parsed.result.issues.length)} problem${parsed.result.issues.length === 1 ? '' : 's'}`,
      parsed.result.issues.map(formatIssue),
    );
  return { ...parsed.result.value, locateAnswerIssues: parsed.locateAnswerIssues };
}

function renderText(
  result: RubricResult,
  base: { baseScore?: number; baseSeverity?: string },
  vulnerability: string | undefined,
  c: Colors,
): string {
  const score =
    base.baseScore === undefined
      ? ''
      : `  base ${base.baseScore.toFixed(1)} ${base.baseSeverity ?? ''}`;
  const answerOf = new Map(result.path.map((s) => [s.question, s]));
  const metricLines = result.metrics.map((m) => {
    const trail = m.decidedBy.map((id) => `${id} ${answerOf.get(id)?.answer ?? ''}`).join(' → ');
    const unknown = m.fromUnknown ? c.yellow('  (an unknown answer: worst case)') : '';
    return `  ${`${m.metric}:${m.value ?? '?'}`.padEnd(5)} ${trail}${unknown}`;
  });
  const answerLines = result.path.map(
    (s) =>
      `  ${s.question.padEnd(5)} ${s.answer.padEnd(7)} → ${s.leadsTo.padEnd(6)} ${c.dim(s.text)}${s.reason === undefined ? '' : `\n${' '.repeat(25)}reason: ${s.reason}`}`,
  );
  const lines = [
    `${c.bold(result.rubric)}${vulnerability === undefined ? '' : ` for ${vulnerability}`}`,
    `${c.bold(result.vector ?? '')}${score}  (${result.label})`,
    `Answers: ${result.extendedVector}`,
    '',
    'How each metric was decided:',
    ...metricLines,
    '',
    'Answers in the order asked:',
    ...answerLines,
    '',
    c.yellow(`Verification: ${result.verification}`),
  ];
  return `${lines.join('\n')}\n`;
}
