import { describe, expect, it } from 'vitest';
import { parseExtendedVector } from './extended-vector.js';
import { runRubric } from './run.js';

describe('parseExtendedVector', () => {
  it('round-trips a result', () => {
    const first = runRubric({ XAVN: 'no', XAVP: 'yes', XAVPA: 'unknown', XACL: 'no', XCP: 'yes' });
    if (!first.ok) throw new Error('run failed');

    const parsed = parseExtendedVector(first.value.extendedVector);
    const again = parsed.ok ? runRubric(parsed.value) : undefined;

    expect(again?.ok && again.value.extendedVector).toBe(first.value.extendedVector);
  });

  it.each`
    text               | message
    ${'XAVN:Y/XAVQ:N'} | ${/"XAVQ:N" is not QUESTION:ANSWER/}
    ${'XAVN:yes'}      | ${/"yes" in "XAVN:yes" is not an answer; allowed: Y, N, U/}
    ${'XAVN:Y/XAVN:N'} | ${/XAVN is answered twice/}
    ${'XAVN:Y:Z'}      | ${/is not QUESTION:ANSWER/}
  `('refuses "$text"', ({ text, message }) => {
    const parsed = parseExtendedVector(text);

    expect(parsed.ok).toBe(false);
    expect(parsed.issues[0]?.message).toMatch(message);
  });
});
