import type { Issue } from '../../common/issue.js';
import type { ParseResult } from '../../common/result.js';
import { didYouMean } from '../../common/suggest.js';
import { formatExtendedVector } from './extended-vector.js';
import {
  RUBRIC_CHAINS,
  RUBRIC_NAME,
  RUBRIC_QUESTIONS,
  RUBRIC_VERIFICATION,
  rubricQuestion,
} from './questions.js';
import {
  RUBRIC_METRICS,
  type RubricAnswer,
  type RubricChain,
  type RubricMetricResult,
  type RubricPathStep,
  type RubricResult,
} from './types.js';

/** An answer as callers give it: `yes`/`no`/`unknown` (or y/n/u), optionally with a reason. */
export type RubricAnswerInput = string | { readonly value: string; readonly reason?: string };

interface Given {
  readonly answer: RubricAnswer;
  readonly reason?: string;
}

/** Impact values from least to most severe; the highest class decides C, I and A. */
const IMPACT_ORDER = ['N', 'L', 'H'];

/**
 * Runs the rubric over the answers given. Unknown question ids and answers other than yes, no and
 * unknown are errors; answers the path never reaches are warnings. Unanswered questions are not
 * errors: `missing` lists the next one of each unfinished chain, and `vector` is set only once
 * every metric is decided.
 */
export function runRubric(
  answers: Readonly<Record<string, RubricAnswerInput>>,
): ParseResult<RubricResult> {
  const { given, issues } = readAnswers(answers);
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  const path: RubricPathStep[] = [];
  const missing: string[] = [];
  const chainValues = new Map<RubricChain, { value: string; asked: string[]; unknown: boolean }>();
  for (const chain of RUBRIC_CHAINS) {
    const walked = walkChain(chain, given, path);
    if ('missing' in walked) missing.push(walked.missing);
    else chainValues.set(chain, walked);
  }
  const visited = new Set(path.map((s) => s.question));
  for (const id of given.keys())
    if (!visited.has(id))
      issues.push({
        code: 'unmatched-reference',
        severity: 'warning',
        path: [id],
        message: `the answer to ${id} is not used: earlier answers lead past it`,
      });
  const metrics = RUBRIC_METRICS.map((metric) => metricResult(metric, chainValues));
  const complete = metrics.every((m) => m.value !== undefined);
  const vector = complete
    ? `CVSS:3.1/${metrics.map((m) => `${m.metric}:${m.value ?? ''}`).join('/')}`
    : undefined;
  return {
    ok: true,
    value: {
      label: 'rubric-derived',
      rubric: RUBRIC_NAME,
      complete,
      ...(vector === undefined ? {} : { vector }),
      metrics,
      path,
      answers: Object.fromEntries([...given].map(([id, g]) => [id, g.answer])),
      missing,
      extendedVector: formatExtendedVector(path),
      verification: RUBRIC_VERIFICATION,
    },
    issues,
  };
}

function walkChain(
  chain: RubricChain,
  given: ReadonlyMap<string, Given>,
  path: RubricPathStep[],
): { value: string; asked: string[]; unknown: boolean } | { missing: string } {
  const asked: string[] = [];
  let unknown = false;
  let id = chain.start;
  // Chains are acyclic and short (at most four questions); the bound guards a data mistake.
  for (const _bound of RUBRIC_QUESTIONS) {
    const question = rubricQuestion(id);
    if (question === undefined) throw new Error(`rubric data: unknown question ${id}`);
    const answer = given.get(id);
    if (answer === undefined) return { missing: id };
    const step = question.next[answer.answer];
    asked.push(id);
    unknown ||= answer.answer === 'unknown';
    path.push({
      question: id,
      metric: question.metric,
      text: question.text,
      answer: answer.answer,
      ...(answer.reason === undefined ? {} : { reason: answer.reason }),
      leadsTo: 'ask' in step ? step.ask : `${question.metric}:${step.value}`,
    });
    if (!('ask' in step)) return { value: step.value, asked, unknown };
    id = step.ask;
  }
  throw new Error(`rubric data: chain ${chain.start} does not end`);
}

function metricResult(
  metric: RubricMetricResult['metric'],
  chainValues: ReadonlyMap<RubricChain, { value: string; asked: string[]; unknown: boolean }>,
): RubricMetricResult {
  const chains = RUBRIC_CHAINS.filter((c) => c.metric === metric);
  const results = chains.map((c) => chainValues.get(c));
  if (results.some((r) => r === undefined)) return { metric, decidedBy: [], fromUnknown: false };
  const done = results.filter((r) => r !== undefined);
  const rank = (value: string): number => IMPACT_ORDER.indexOf(value);
  const best = done.reduce((a, b) => (rank(b.value) > rank(a.value) ? b : a));
  const deciding = done.filter((r) => r.value === best.value);
  return {
    metric,
    value: best.value,
    decidedBy: deciding.flatMap((r) => r.asked),
    fromUnknown: deciding.some((r) => r.unknown),
  };
}

const ANSWER_WORDS: Readonly<Record<string, RubricAnswer>> = {
  yes: 'yes',
  y: 'yes',
  true: 'yes',
  no: 'no',
  n: 'no',
  false: 'no',
  unknown: 'unknown',
  u: 'unknown',
};

/** Reads one answer word (case-insensitive); undefined when it is not one. */
export function parseRubricAnswer(text: string): RubricAnswer | undefined {
  return ANSWER_WORDS[text.trim().toLowerCase()];
}

function readAnswers(answers: Readonly<Record<string, RubricAnswerInput>>): {
  given: Map<string, Given>;
  issues: Issue[];
} {
  const given = new Map<string, Given>();
  const issues: Issue[] = [];
  for (const [key, input] of Object.entries(answers)) {
    const question = rubricQuestion(key.toUpperCase());
    if (question === undefined) {
      const hint = didYouMean(
        key.toUpperCase(),
        RUBRIC_QUESTIONS.map((q) => q.id),
      );
      issues.push({
        code: 'unknown-key',
        severity: 'error',
        path: [key],
        message: `unknown rubric question "${key}"`,
        hint: hint ?? `questions: ${RUBRIC_QUESTIONS.map((q) => q.id).join(', ')}`,
      });
      continue;
    }
    const text = typeof input === 'string' ? input : input.value;
    const answer = parseRubricAnswer(text);
    if (answer === undefined) {
      issues.push({
        code: 'invalid-value',
        severity: 'error',
        path: [key],
        message: `"${text}" is not an answer to ${question.id}; allowed: yes, no, unknown`,
      });
      continue;
    }
    const reason = typeof input === 'string' ? undefined : input.reason;
    given.set(question.id, { answer, ...(reason === undefined ? {} : { reason }) });
  }
  return { given, issues };
}
