import { describe, expect, it } from 'vitest';
import { RUBRIC_CHAINS, RUBRIC_QUESTIONS, rubricQuestion } from './questions.js';
import { RUBRIC_ANSWERS } from './types.js';

/** The ids REQUIREMENTS.md C5 lists (two secondary sources agree on them). */
const C5_IDS = [
  'XAVN',
  'XAVT',
  'XAVW',
  'XAVR',
  'XAVP',
  'XAVPA',
  'XACL',
  'XPRL',
  'XPRZ',
  'XPRS',
  'XUI',
  'XS',
  'XCP',
  'XCPM',
  'XCD',
  'XCT',
  'XCW',
  'XCS',
  'XCO',
  'XIP',
  'XID',
  'XIT',
  'XIW',
  'XIS',
  'XIO',
  'XAP',
  'XAD',
  'XAT',
  'XAW',
  'XAS',
  'XAO',
];

const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'R'],
  S: ['U', 'C'],
  C: ['H', 'L', 'N'],
  I: ['H', 'L', 'N'],
  A: ['H', 'L', 'N'],
};

describe('rubric data', () => {
  it('has exactly the C5 question ids, each once', () => {
    expect(RUBRIC_QUESTIONS.map((q) => q.id)).toEqual(C5_IDS);
  });

  it.each(RUBRIC_QUESTIONS.map((q) => [q.id, q] as const))(
    '%s: every answer leads to a question of the same metric or a valid CVSS v3.1 value',
    (_id, question) => {
      for (const answer of RUBRIC_ANSWERS) {
        const step = question.next[answer];
        if ('ask' in step) expect(rubricQuestion(step.ask)?.metric).toBe(question.metric);
        else expect(ALLOWED[question.metric]).toContain(step.value);
      }
      expect(question.unknownRule).not.toBe('');
    },
  );

  it('reaches every question from a chain start', () => {
    const reached = new Set<string>();
    const visit = (id: string): void => {
      reached.add(id);
      const question = rubricQuestion(id);
      for (const answer of RUBRIC_ANSWERS) {
        const step = question?.next[answer];
        if (step !== undefined && 'ask' in step) visit(step.ask);
      }
    };
    RUBRIC_CHAINS.forEach((c) => {
      visit(c.start);
    });

    expect([...reached].sort()).toEqual([...C5_IDS].sort());
  });
});
