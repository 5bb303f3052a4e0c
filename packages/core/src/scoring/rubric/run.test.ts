import { describe, expect, it } from 'vitest';
import { runRubric, type RubricAnswerInput } from './run.js';

/** Everything after AV answered: AC:L, PR:N, UI:N, S:U, no impact. */
const rest: Record<string, string> = {
  XACL: 'yes',
  XPRL: 'no',
  XUI: 'no',
  XS: 'no',
  ...Object.fromEntries(
    ['C', 'I', 'A'].flatMap((m) => ['P', 'D', 'T', 'W', 'S', 'O'].map((c) => [`X${m}${c}`, 'no'])),
  ),
};

function vectorOf(answers: Record<string, RubricAnswerInput>): string | undefined {
  const result = runRubric(answers);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value.vector;
}

describe('runRubric: attack vector', () => {
  it.each`
    case                              | answers                                                      | av
    ${'network, routable'}            | ${{ XAVN: 'yes', XAVT: 'yes' }}                              | ${'N'}
    ${'network unknown → worst case'} | ${{ XAVN: 'unknown' }}                                       | ${'N'}
    ${'routable unknown'}             | ${{ XAVN: 'yes', XAVT: 'u' }}                                | ${'N'}
    ${'wired, not routable'}          | ${{ XAVN: 'yes', XAVT: 'no', XAVW: 'no' }}                   | ${'A'}
    ${'wireless, long range'}         | ${{ XAVN: 'yes', XAVT: 'no', XAVW: 'yes', XAVR: 'no' }}      | ${'A'}
    ${'wireless, ≤ 10 feet'}          | ${{ XAVN: 'yes', XAVT: 'no', XAVW: 'yes', XAVR: 'yes' }}     | ${'L'}
    ${'wireless, range unknown'}      | ${{ XAVN: 'yes', XAVT: 'no', XAVW: 'yes', XAVR: 'unknown' }} | ${'A'}
    ${'local, no contact'}            | ${{ XAVN: 'no', XAVP: 'no' }}                                | ${'L'}
    ${'physical via the UI'}          | ${{ XAVN: 'no', XAVP: 'yes', XAVPA: 'yes' }}                 | ${'P'}
    ${'physical, hardware'}           | ${{ XAVN: 'no', XAVP: 'yes', XAVPA: 'no' }}                  | ${'P'}
  `('$case → AV:$av', ({ answers, av }) => {
    const vector = vectorOf({ ...rest, ...answers });

    expect(vector).toBe(`CVSS:3.1/AV:${av}/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N`);
  });
});

describe('runRubric: exploitability and scope', () => {
  it.each`
    answers                                      | part
    ${{ XACL: 'no' }}                            | ${'AC:H'}
    ${{ XACL: 'unknown' }}                       | ${'AC:L'}
    ${{ XPRL: 'yes', XPRZ: 'no' }}               | ${'PR:N'}
    ${{ XPRL: 'yes', XPRZ: 'yes', XPRS: 'no' }}  | ${'PR:L'}
    ${{ XPRL: 'yes', XPRZ: 'yes', XPRS: 'yes' }} | ${'PR:H'}
    ${{ XPRL: 'unknown' }}                       | ${'PR:N'}
    ${{ XUI: 'yes' }}                            | ${'UI:R'}
    ${{ XS: 'yes' }}                             | ${'S:C'}
    ${{ XS: 'unknown' }}                         | ${'S:C'}
  `('$answers → $part', ({ answers, part }) => {
    const vector = vectorOf({ XAVN: 'yes', XAVT: 'yes', ...rest, ...answers });

    expect(vector?.split('/')).toContain(part);
  });
});

describe('runRubric: impact is the highest class', () => {
  it.each`
    answers                                   | c      | i      | a
    ${{}}                                     | ${'N'} | ${'N'} | ${'N'}
    ${{ XCP: 'yes', XCPM: 'no' }}             | ${'L'} | ${'N'} | ${'N'}
    ${{ XCP: 'yes', XCPM: 'yes' }}            | ${'H'} | ${'N'} | ${'N'}
    ${{ XCP: 'yes', XCPM: 'unknown' }}        | ${'H'} | ${'N'} | ${'N'}
    ${{ XCP: 'yes', XCPM: 'no', XCS: 'yes' }} | ${'H'} | ${'N'} | ${'N'}
    ${{ XCT: 'unknown' }}                     | ${'H'} | ${'N'} | ${'N'}
    ${{ XIT: 'yes' }}                         | ${'N'} | ${'H'} | ${'N'}
    ${{ XIW: 'unknown' }}                     | ${'N'} | ${'H'} | ${'N'}
    ${{ XAD: 'yes' }}                         | ${'N'} | ${'N'} | ${'H'}
  `('$answers → C:$c/I:$i/A:$a', ({ answers, c, i, a }) => {
    const vector = vectorOf({ XAVN: 'yes', XAVT: 'yes', ...rest, ...answers });

    expect(vector?.endsWith(`C:${c}/I:${i}/A:${a}`)).toBe(true);
  });
});

describe('runRubric: result', () => {
  const answers = {
    ...rest,
    XAVN: 'yes',
    XAVT: 'no',
    XAVW: 'yes',
    XAVR: { value: 'unknown', reason: 'range not measured' },
    XCP: 'yes',
    XCPM: 'no',
  };

  it('keeps the answers as an extended vector in the order asked', () => {
    const result = runRubric(answers);

    expect(result.ok && result.value.extendedVector).toBe(
      'XAVN:Y/XAVT:N/XAVW:Y/XAVR:U/XACL:Y/XPRL:N/XUI:N/XS:N/XCP:Y/XCPM:N/XCD:N/XCT:N/XCW:N/XCS:N/XCO:N/XIP:N/XID:N/XIT:N/XIW:N/XIS:N/XIO:N/XAP:N/XAD:N/XAT:N/XAW:N/XAS:N/XAO:N',
    );
  });

  it('is labelled rubric-derived and unverified, and says which answers decided a metric', () => {
    const result = runRubric(answers);

    expect(result.ok && result.value).toMatchObject({
      label: 'rubric-derived',
      complete: true,
      missing: [],
      verification: expect.stringMatching(/^unverified: not checked against the MITRE publication/),
    });
    expect(result.ok && result.value.metrics[0]).toEqual({
      metric: 'AV',
      value: 'A',
      decidedBy: ['XAVN', 'XAVT', 'XAVW', 'XAVR'],
      fromUnknown: true,
    });
    expect(result.ok && result.value.path[3]).toMatchObject({
      question: 'XAVR',
      answer: 'unknown',
      reason: 'range not measured',
      leadsTo: 'AV:A',
    });
  });

  it('lists the next question of each unfinished chain and gives no vector', () => {
    const result = runRubric({ XAVN: 'yes', XACL: 'yes', XCP: 'yes' });

    expect(result.ok && result.value.complete).toBe(false);
    expect(result.ok && result.value.vector).toBeUndefined();
    expect(result.ok && result.value.missing).toEqual([
      'XAVT',
      'XPRL',
      'XUI',
      'XS',
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
    ]);
  });

  it('accepts lower-case ids and y/n/u, true/false', () => {
    const result = runRubric({ ...rest, xavn: 'TRUE', XAVT: 'Y' });

    expect(result.ok && result.value.vector).toBe('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N');
    expect(result.ok && result.value.answers).toMatchObject({ XAVN: 'yes', XAVT: 'yes' });
  });

  it.each`
    case                  | answers              | code               | message
    ${'unknown question'} | ${{ XAVX: 'yes' }}   | ${'unknown-key'}   | ${/unknown rubric question "XAVX"/}
    ${'bad answer'}       | ${{ XAVN: 'maybe' }} | ${'invalid-value'} | ${/"maybe" is not an answer to XAVN; allowed: yes, no, unknown/}
  `('$case is an error', ({ answers, code, message }) => {
    const result = runRubric(answers);

    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({
      code,
      severity: 'error',
      path: [Object.keys(answers)[0]],
    });
    expect(result.issues[0]?.message).toMatch(message);
  });

  it('warns about answers the path never reaches', () => {
    const result = runRubric({ ...rest, XAVN: 'yes', XAVT: 'yes', XAVW: 'no', XPRS: 'yes' });

    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => [i.severity, i.path[0]])).toEqual([
      ['warning', 'XAVW'],
      ['warning', 'XPRS'],
    ]);
  });
});
