import { z } from 'zod';
import { AnswerValue, readAnswersFile, type AnswersFile } from '../answers.js';
import { SSVC_TABLES } from './tables/index.js';

const tableIds = SSVC_TABLES.map((t) => t.id) as [string, ...string[]];

/**
 * An SSVC answers file:
 *
 * ```yaml
 * table: deployer
 * vulnerability: CVE-2026-0001
 * answers:
 *   exploitation: { value: active, reason: in CISA KEV since 2026-05-02 }
 *   systemExposure: controlled
 *   automatable: no
 *   safetyImpact: critical      # with missionImpact, derives humanImpact
 *   missionImpact: mef-failure
 * ```
 *
 * Decision points are named by our id or the SSVC key; values by id, key or name (see docs/ssvc.md).
 */
export const SsvcAnswers = z.strictObject({
  table: z.enum(tableIds).optional(),
  /** What is being prioritized (a CVE id, an advisory); echoed in the output. */
  vulnerability: z.string().optional(),
  answers: z.record(z.string(), AnswerValue).default({}),
});
export type SsvcAnswers = z.output<typeof SsvcAnswers>;

/** Parses an SSVC answers file (YAML or JSON); the values are checked when the table is evaluated. */
export function parseSsvcAnswers(file: string, text: string): AnswersFile<SsvcAnswers> {
  return readAnswersFile(file, text, SsvcAnswers);
}
