import type { RubricChain, RubricMetric, RubricQuestion } from './types.js';

/*
 * Impact questions: one per class of data or function, for each of C, I and A; the metric is the
 * highest value across the classes. Ids (XCP … XAO, XCPM): the Deep Armor calculator and
 * osamusic/med-cvss agree. Mapping (yes → High, no → None; PHI confidentiality → High only for
 * many patients) and "unknown → High" for confidentiality: osamusic/med-cvss via REQUIREMENTS.md
 * C5. Unknown → High for integrity and availability is ours (the worst case, as for C). Whether
 * some classes should give Low is an open question for the MITRE PDF (REQUIREMENTS.md D3).
 */

/** Class letter, what it covers, and the data or function the questions name. */
const CLASSES: readonly (readonly [letter: string, label: string, subject: string])[] = [
  ['P', 'PHI/PII', 'protected health information or other personal data (PHI/PII)'],
  ['D', 'diagnosis and monitoring', 'diagnostic or patient-monitoring data or functions'],
  ['T', 'therapy delivery', 'therapy-delivery data or functions (settings, doses, programs)'],
  ['W', 'clinical workflow', 'clinical-workflow data or functions (orders, worklists, schedules)'],
  ['S', 'system and user secrets', 'private system or user data (passwords, private keys)'],
  ['O', 'other critical data', 'other critical data or functions'],
];

const VERBS: Readonly<Record<'C' | 'I' | 'A', string>> = {
  C: 'read or disclose',
  I: 'modify or delete',
  A: 'make unavailable (block, delete or crash)',
};

function classQuestion(metric: 'C' | 'I' | 'A', letter: string, subject: string): RubricQuestion {
  const id = `X${metric}${letter}`;
  const phiConfidentiality = metric === 'C' && letter === 'P';
  return {
    id,
    metric,
    text: `Can the attacker ${VERBS[metric]} ${subject}?`,
    next: {
      yes: phiConfidentiality ? { ask: 'XCPM' } : { value: 'H' },
      no: { value: 'N' },
      unknown: { value: 'H' },
    },
    unknownRule:
      metric === 'C' ? 'sources: unknown → High' : 'worst case, as the sources say for C; our rule',
  };
}

const PHI_MANY: RubricQuestion = {
  id: 'XCPM',
  metric: 'C',
  text: 'Does the exposure cover many patients (e.g. 500 or more), enough to require breach notification or regulatory action (HIPAA, GDPR)?',
  help: 'The 500-patient threshold is the HIPAA breach-notification figure cited by the sources.',
  next: { yes: { value: 'H' }, no: { value: 'L' }, unknown: { value: 'H' } },
  unknownRule: 'sources: unknown → High',
};

const IMPACT_METRICS: readonly ('C' | 'I' | 'A')[] = ['C', 'I', 'A'];

export const IMPACT_QUESTIONS: readonly RubricQuestion[] = IMPACT_METRICS.flatMap((metric) =>
  CLASSES.flatMap(([letter, , subject]) => {
    const question = classQuestion(metric, letter, subject);
    return metric === 'C' && letter === 'P' ? [question, PHI_MANY] : [question];
  }),
);

export const IMPACT_CHAINS: readonly RubricChain[] = IMPACT_METRICS.flatMap(
  (metric: RubricMetric) =>
    CLASSES.map(([letter, label]) => ({ metric, start: `X${metric}${letter}`, label })),
);
