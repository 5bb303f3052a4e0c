import { ssvcTable } from '@medrisk/core';
import { describe, expect, it } from 'vitest';
import { askRubric } from '../src/commands/rubric.js';
import { askSsvc } from '../src/commands/ssvc.js';
import { pick, type Prompter, type PromptQuestion } from '../src/prompt.js';

/** Answers questions from a script and records what was asked. */
function scripted(
  answers: Readonly<Record<string, string>>,
): Prompter & { asked: PromptQuestion[] } {
  const asked: PromptQuestion[] = [];
  return {
    asked,
    choose(question) {
      asked.push(question);
      const key = Object.keys(answers).find((k) => question.title.startsWith(k));
      if (key === undefined) throw new Error(`unexpected question ${question.title}`);
      return Promise.resolve(answers[key] ?? '');
    },
    close() {
      return undefined;
    },
  };
}

describe('interactive SSVC', () => {
  it('asks only what is missing, leaves first, with values and meanings', async () => {
    const prompter = scripted({
      'System Exposure': 'open',
      Automatable: 'yes',
      'Safety Impact': 'catastrophic',
      'Mission Impact': 'degraded',
    });

    const answers = await askSsvc(ssvcTable('deployer')!, { exploitation: 'active' }, prompter);

    expect(prompter.asked.map((q) => q.title)).toEqual([
      'System Exposure (ssvc:EXP:1.0.1)',
      'Automatable (ssvc:A:2.0.0)',
      'Safety Impact (ssvc:SI:2.0.1)',
      'Mission Impact (ssvc:MI:2.0.0)',
    ]);
    expect(prompter.asked[0]?.choices.map((c) => c.value)).toEqual(['small', 'controlled', 'open']);
    expect(answers).toEqual({
      exploitation: 'active',
      systemExposure: 'open',
      automatable: 'yes',
      safetyImpact: 'catastrophic',
      missionImpact: 'degraded',
    });
  });
});

describe('interactive rubric', () => {
  it('follows the branches: a "no" to XAVN asks XAVP next, not XAVT', async () => {
    const prompter = scripted({ XAVN: 'no', XAVP: 'yes', XAVPA: 'yes', X: 'no' });

    const answers = await askRubric({}, prompter);

    const ids = prompter.asked.map((q) => q.title.split(' ')[0]);
    expect(ids.slice(0, 4)).toEqual(['XAVN', 'XAVP', 'XAVPA', 'XACL']);
    expect(ids).not.toContain('XAVT');
    expect(Object.keys(answers)).toHaveLength(25); // 3 for AV, 4 single, 18 impact classes
  });

  it('says where each answer leads, and why unknown leads there', async () => {
    const prompter = scripted({ X: 'yes' });

    await askRubric({ XAVN: 'yes' }, prompter);

    expect(prompter.asked[0]?.choices).toEqual([
      { value: 'yes', description: 'AV:N' },
      { value: 'no', description: 'next: XAVW' },
      { value: 'unknown', description: 'AV:N (sources: unknown attack vector → Network)' },
    ]);
  });
});

describe('pick', () => {
  const choices = [
    { value: 'yes', description: '' },
    { value: 'no', description: '' },
  ];

  it.each`
    answer     | expected
    ${'1'}     | ${'yes'}
    ${' 2 '}   | ${'no'}
    ${'NO'}    | ${'no'}
    ${'3'}     | ${undefined}
    ${'0'}     | ${undefined}
    ${'maybe'} | ${undefined}
    ${''}      | ${undefined}
  `('"$answer" → $expected', ({ answer, expected }) => {
    expect(pick(choices, answer)).toBe(expected);
  });
});
