export { runRubric, parseRubricAnswer } from './run.js';
export type { RubricAnswerInput } from './run.js';
export { formatExtendedVector, parseExtendedVector } from './extended-vector.js';
export {
  RUBRIC_CHAINS,
  RUBRIC_NAME,
  RUBRIC_QUESTIONS,
  RUBRIC_VERIFICATION,
  rubricQuestion,
} from './questions.js';
export { parseRubricAnswers, RubricAnswers } from './answers.js';
export { RUBRIC_ANSWERS, RUBRIC_METRICS } from './types.js';
export type {
  RubricAnswer,
  RubricChain,
  RubricMetric,
  RubricMetricResult,
  RubricPathStep,
  RubricQuestion,
  RubricResult,
  RubricStep,
} from './types.js';
