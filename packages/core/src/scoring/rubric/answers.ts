import { z } from 'zod';
import { AnswerValue, readAnswersFile, type AnswersFile } from '../answers.js';

/**
 * A rubric answers file:
 *
 * ```yaml
 * vulnerability: CVE-2026-0002
 * answers:
 *   XAVN: yes
 *   XAVT: { value: no, reason: BLE only }
 *   XAVW: yes
 * ```
 *
 * Answers are yes, no or unknown (y/n/u, true/false); question ids are checked by `runRubric`.
 */
export const RubricAnswers = z.strictObject({
  /** What is being scored (a CVE id, an advisory); echoed in the output. */
  vulnerability: z.string().optional(),
  answers: z.record(z.string(), AnswerValue).default({}),
});
export type RubricAnswers = z.output<typeof RubricAnswers>;

/** Parses a rubric answers file (YAML or JSON). */
export function parseRubricAnswers(file: string, text: string): AnswersFile<RubricAnswers> {
  return readAnswersFile(file, text, RubricAnswers);
}
