import type { Issue } from '../../common/issue.js';
import type { ParseResult } from '../../common/result.js';
import { rubricQuestion } from './questions.js';
import type { RubricAnswer, RubricPathStep } from './types.js';

const LETTER: Readonly<Record<RubricAnswer, string>> = { yes: 'Y', no: 'N', unknown: 'U' };
const ANSWER_OF_LETTER: Readonly<Record<string, RubricAnswer>> = {
  Y: 'yes',
  N: 'no',
  U: 'unknown',
};

/**
 * `XAVN:Y/XAVT:N/XAVW:Y/XAVR:Y/XACL:Y/...`: the answers on the path, in the order asked, so an
 * auditor can see (and re-run) how the CVSS vector was reached.
 */
export function formatExtendedVector(
  path: readonly Pick<RubricPathStep, 'question' | 'answer'>[],
): string {
  return path.map((s) => `${s.question}:${LETTER[s.answer]}`).join('/');
}

/** Reads an extended vector back into answers, for `runRubric`. */
export function parseExtendedVector(text: string): ParseResult<Record<string, RubricAnswer>> {
  const answers: Record<string, RubricAnswer> = {};
  const issues: Issue[] = [];
  for (const part of text.trim().split('/')) {
    const [id = '', letter = '', extra] = part.split(':');
    const answer = ANSWER_OF_LETTER[letter];
    const problem =
      rubricQuestion(id) === undefined || extra !== undefined
        ? `"${part}" is not QUESTION:ANSWER with a rubric question id`
        : answer === undefined
          ? `"${letter}" in "${part}" is not an answer; allowed: Y, N, U`
          : id in answers
            ? `${id} is answered twice`
            : undefined;
    if (problem !== undefined || answer === undefined)
      issues.push({
        code: 'invalid-format',
        severity: 'error',
        path: [],
        message: problem ?? part,
      });
    else answers[id] = answer;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: answers, issues: [] };
}
