import { ATTACK_CHAINS, ATTACK_QUESTIONS } from './attack-questions.js';
import { IMPACT_CHAINS, IMPACT_QUESTIONS } from './impact-questions.js';
import type { RubricChain, RubricQuestion } from './types.js';

/** Every rubric question, in the order the rubric asks them. */
export const RUBRIC_QUESTIONS: readonly RubricQuestion[] = [
  ...ATTACK_QUESTIONS,
  ...IMPACT_QUESTIONS,
];

/** Every chain, in vector order (AV, AC, PR, UI, S, then the C, I and A classes). */
export const RUBRIC_CHAINS: readonly RubricChain[] = [...ATTACK_CHAINS, ...IMPACT_CHAINS];

const BY_ID = new Map(RUBRIC_QUESTIONS.map((q) => [q.id, q]));

/** The question with this id (exact, upper case), or undefined. */
export function rubricQuestion(id: string): RubricQuestion | undefined {
  return BY_ID.get(id);
}

/** Names the publication and the state of our transcription; printed with every result. */
export const RUBRIC_NAME =
  'MITRE Rubric for Applying CVSS to Medical Devices (2019; FDA MDDT qualified 2020)';

export const RUBRIC_VERIFICATION =
  'unverified: not checked against the MITRE publication (not available offline). Question ids from two secondary sources (Deep Armor calculator, osamusic/med-cvss); wording ours; branching and metric mapping from osamusic/med-cvss only; unknown answers take the worst case (see docs/rubric.md)';
