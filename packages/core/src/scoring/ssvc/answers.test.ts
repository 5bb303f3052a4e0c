import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../common/issue.js';
import { parseSsvcAnswers } from './answers.js';
import { evaluateSsvc } from './evaluate.js';
import { ssvcTable } from './tables/index.js';

const yaml = `table: deployer
vulnerability: CVE-2026-0001
answers:
  exploitation: { value: active, reason: in KEV }
  systemExposure: controlled
  automatable: false
  safetyImpact: critical
  missionImpact: mef-failure
`;

describe('parseSsvcAnswers', () => {
  it('reads YAML, with booleans as yes/no and reasons kept', () => {
    const { result } = parseSsvcAnswers('a.yaml', yaml);

    expect(result.ok && result.value).toEqual({
      table: 'deployer',
      vulnerability: 'CVE-2026-0001',
      answers: {
        exploitation: { value: 'active', reason: 'in KEV' },
        systemExposure: 'controlled',
        automatable: 'no',
        safetyImpact: 'critical',
        missionImpact: 'mef-failure',
      },
    });
  });

  it('reads JSON', () => {
    const { result } = parseSsvcAnswers('a.json', '{"answers": {"E": "P"}}');

    expect(result.ok && result.value.answers).toEqual({ E: 'P' });
  });

  it.each`
    case                        | file        | text                                       | expected
    ${'YAML syntax'}            | ${'a.yaml'} | ${'answers: { exploitation: active\n'}     | ${/^a\.yaml:2:1 \(root\): /}
    ${'JSON syntax'}            | ${'a.json'} | ${'{"answers": {"E": "P",}}'}              | ${/^a\.json:1:\d+ /}
    ${'not a mapping'}          | ${'a.yaml'} | ${'- exploitation\n'}                      | ${/must be a mapping with an "answers" key/}
    ${'empty file'}             | ${'a.yaml'} | ${''}                                      | ${/must be a mapping/}
    ${'unknown top-level key'}  | ${'a.yaml'} | ${'tabel: deployer\nanswers: {}\n'}        | ${/^a\.yaml:1:1 tabel: unknown key "tabel" \(did you mean "table"\?\)/}
    ${'unknown table'}          | ${'a.yaml'} | ${'table: deployr\nanswers: {}\n'}         | ${/^a\.yaml:1:8 table: "deployr" is not allowed; expected one of: deployer, supplier/}
    ${'answers not a mapping'}  | ${'a.yaml'} | ${'answers: [active]\n'}                   | ${/^a\.yaml:1:10 answers: /}
    ${'answer of a wrong type'} | ${'a.yaml'} | ${'answers:\n  exploitation: 3\n'}         | ${/^a\.yaml:2:17 answers\.exploitation: /}
    ${'extra key in an answer'} | ${'a.yaml'} | ${'answers:\n  E: { value: P, why: x }\n'} | ${/answers\.E\.why: unknown key "why"/}
  `('$case: a located issue', ({ file, text, expected }) => {
    const { result } = parseSsvcAnswers(file, text);

    expect(result.ok).toBe(false);
    expect(formatIssue(result.issues[0]!)).toMatch(expected);
  });

  it('locates evaluation issues at the answer that caused them', () => {
    const { result, locateAnswerIssues } = parseSsvcAnswers(
      'a.yaml',
      'answers:\n  exploitation: actve\n  systemExposure: open\n',
    );
    if (!result.ok) throw new Error('parse failed');

    const evaluated = evaluateSsvc(ssvcTable('deployer')!, result.value.answers);
    const located = locateAnswerIssues(evaluated.issues).map(formatIssue);

    expect(located[0]).toMatch(/^a\.yaml:2:17 answers\.exploitation: "actve" is not a value/);
    expect(
      located.some((l) =>
        /^a\.yaml:\d+:\d+ answers\.automatable: Automatable 2\.0\.0 is missing/.test(l),
      ),
    ).toBe(true);
  });
});
