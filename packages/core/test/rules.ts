import type { RuleMeta, ThreatRule } from '../src/analyses/threats/types.js';

type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a rule does (`appliesTo`, `when`, `evaluate`), without its metadata. */
export type RuleBehaviour = OmitEach<ThreatRule, keyof RuleMeta>;

/**
 * A throwaway rule for engine and risk tests: neutral metadata (id `test-rule`, exploitability
 * `high`, harm `patient`, STRIDE tampering) plus the behaviour and metadata the test is about.
 */
export function aRule(behaviour: RuleBehaviour, meta: Partial<RuleMeta> = {}): ThreatRule {
  return {
    id: 'test-rule',
    version: 1,
    title: 'Test rule',
    category: 'stride',
    stride: ['tampering'],
    fdaCategory: 'code-data-execution-integrity',
    references: {},
    description: 'A rule made up for a test.',
    detection: 'Whatever the test says.',
    falsePositives: 'None.',
    mitigation: 'Fix the test subject.',
    exploitability: 'high',
    harm: 'patient',
    ...meta,
    ...behaviour,
  };
}
