import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../common/issue.js';
import { parseRubricAnswers } from './answers.js';
import { runRubric } from './run.js';

describe('parseRubricAnswers', () => {
  it('reads answers with reasons, booleans as yes/no', () => {
    const { result } = parseRubricAnswers(
      'r.yaml',
      'vulnerability: CVE-2026-0002\nanswers:\n  XAVN: true\n  XAVT: { value: no, reason: BLE only }\n',
    );

    expect(result.ok && result.value).toEqual({
      vulnerability: 'CVE-2026-0002',
      answers: { XAVN: 'yes', XAVT: { value: 'no', reason: 'BLE only' } },
    });
  });

  it('locates a bad answer found by runRubric', () => {
    const { result, locateAnswerIssues } = parseRubricAnswers(
      'r.yaml',
      'answers:\n  XAVN: perhaps\n',
    );
    if (!result.ok) throw new Error('parse failed');

    const issues = locateAnswerIssues(runRubric(result.value.answers).issues).map(formatIssue);

    expect(issues).toEqual([
      'r.yaml:2:9 answers.XAVN: "perhaps" is not an answer to XAVN; allowed: yes, no, unknown',
    ]);
  });

  it('refuses an unknown top-level key, located', () => {
    const { result } = parseRubricAnswers('r.yaml', 'answer:\n  XAVN: yes\n');

    expect(result.ok).toBe(false);
    expect(formatIssue(result.issues[0]!)).toBe(
      'r.yaml:1:1 answer: unknown key "answer" (did you mean "answers"?)',
    );
  });
});
