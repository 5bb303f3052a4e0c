import { describe, expect, it } from 'vitest';
import { formatIssue, formatPath, hasErrors, type Issue } from './issue.js';

describe('formatPath', () => {
  it.each`
    path                                       | expected
    ${[]}                                      | ${'(root)'}
    ${['device']}                              | ${'device'}
    ${['dataFlows', 3, 'target']}              | ${'dataFlows[3].target'}
    ${[0]}                                     | ${'[0]'}
    ${[0, 'id']}                               | ${'[0].id'}
    ${['matrix', 1, 2]}                        | ${'matrix[1][2]'}
    ${['components', 0, 'kind-x']}             | ${'components[0].kind-x'}
    ${['treatments', 'rule@pump', 'strategy']} | ${'treatments["rule@pump"].strategy'}
    ${['treatments', 'rule@pump/ble']}         | ${'treatments["rule@pump/ble"]'}
    ${['a b']}                                 | ${'["a b"]'}
    ${['x', '1st']}                            | ${'x["1st"]'}
    ${['x', '$ref', '_private']}               | ${'x.$ref._private'}
    ${['x', 'say "hi"']}                       | ${'x["say \\"hi\\""]'}
  `('$path → $expected', ({ path, expected }) => {
    const text = formatPath(path);

    expect(text).toBe(expected);
  });
});

describe('formatIssue', () => {
  const issue: Issue = {
    code: 'unknown-reference',
    severity: 'error',
    path: ['dataFlows', 3, 'target'],
    message: 'unknown component "gatewy"',
  };

  it.each`
    case                     | extra                                                                                    | expected
    ${'bare'}                | ${{}}                                                                                    | ${'dataFlows[3].target: unknown component "gatewy"'}
    ${'with a hint'}         | ${{ hint: 'did you mean "gateway"?' }}                                                   | ${'dataFlows[3].target: unknown component "gatewy" (did you mean "gateway"?)'}
    ${'with a location'}     | ${{ location: { file: 'medrisk.yaml', line: 41, column: 13 } }}                          | ${'medrisk.yaml:41:13 dataFlows[3].target: unknown component "gatewy"'}
    ${'with both'}           | ${{ hint: 'did you mean "gateway"?', location: { file: 'm.yaml', line: 1, column: 2 } }} | ${'m.yaml:1:2 dataFlows[3].target: unknown component "gatewy" (did you mean "gateway"?)'}
    ${'about the whole doc'} | ${{ path: [] }}                                                                          | ${'(root): unknown component "gatewy"'}
  `('$case', ({ extra, expected }) => {
    const text = formatIssue({ ...issue, ...extra });

    expect(text).toBe(expected);
  });
});

describe('hasErrors', () => {
  const warning: Issue = {
    code: 'unmatched-reference',
    severity: 'warning',
    path: [],
    message: 'w',
  };
  const error: Issue = { code: 'duplicate-id', severity: 'error', path: [], message: 'e' };

  it.each`
    case                 | issues                | expected
    ${'none'}            | ${[]}                 | ${false}
    ${'only warnings'}   | ${[warning, warning]} | ${false}
    ${'one error among'} | ${[warning, error]}   | ${true}
  `('$case → $expected', ({ issues, expected }) => {
    const result = hasErrors(issues);

    expect(result).toBe(expected);
  });
});
