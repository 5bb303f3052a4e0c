import { describe, expect, it } from 'vitest';
import { parseSource } from './source.js';

const yamlText = `# a comment
device:
  name: Pump   # trailing comment
  tags: [a, b]
components:
  - id: gateway
    kind: gateway
  - { id: pump, parent: gateway }
  -
    id: late
list:
  - plain
  - "quoted"
empty:
`;

describe('parseSource keeps positions', () => {
  const { source } = parseSource('m.yaml', yamlText);

  it.each`
    path                                 | key      | line  | column
    ${['device']}                        | ${false} | ${3}  | ${3}
    ${['device', 'name']}                | ${false} | ${3}  | ${9}
    ${['device', 'name']}                | ${true}  | ${3}  | ${3}
    ${['device', 'tags', 1]}             | ${false} | ${4}  | ${13}
    ${['components', 0, 'kind']}         | ${false} | ${7}  | ${11}
    ${['components', 1, 'parent']}       | ${false} | ${8}  | ${25}
    ${['components', 1, 'parent']}       | ${true}  | ${8}  | ${17}
    ${['components', 2, 'id']}           | ${false} | ${10} | ${9}
    ${['list', 1]}                       | ${false} | ${13} | ${5}
    ${['components', 1, 'missing', 'x']} | ${false} | ${8}  | ${5}
  `('$path (key: $key) → $line:$column', ({ path, key, line, column }) => {
    expect(source?.locate(path, { key })).toEqual({ file: 'm.yaml', line, column });
  });

  it('keeps YAML 1.2 core types: dates and yes/no stay strings', () => {
    const { source: s } = parseSource('m.yaml', 'date: 2027-01-01\nflag: no\nreal: true\n');

    expect(s?.value).toEqual({ date: '2027-01-01', flag: 'no', real: true });
  });

  it('locates values in JSON too', () => {
    const { source: s } = parseSource('m.json', '{\n  "device": {\n    "name": "Pump"\n  }\n}\n');

    expect(s?.locate(['device', 'name'])).toEqual({ file: 'm.json', line: 3, column: 13 });
  });

  it.each`
    case                     | file        | text                    | code             | line | column
    ${'unclosed flow'}       | ${'m.yaml'} | ${'a: [1, 2\nb: 3\n'}   | ${'yaml-syntax'} | ${2} | ${1}
    ${'duplicate key'}       | ${'m.yaml'} | ${'a: 1\nb: 2\na: 3\n'} | ${'yaml-syntax'} | ${3} | ${1}
    ${'JSON trailing comma'} | ${'m.json'} | ${'{"a": 1,}'}          | ${'json-syntax'} | ${1} | ${9}
    ${'JSON comment'}        | ${'m.json'} | ${'{"a": 1} // no'}     | ${'json-syntax'} | ${1} | ${10}
  `('reports $case with its location', ({ file, text, code, line, column }) => {
    const { source: s, issues } = parseSource(file, text);

    expect(s).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code, location: { file, line, column } });
  });

  it('accepts a few aliases but refuses an alias bomb without expanding it', () => {
    const fine = parseSource('m.yaml', 'base: &b { x: 1 }\nuse: [*b, *b]\n');
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      levels.push(
        `a${String(i)}: &a${String(i)} [${Array(10)
          .fill(`*a${String(i - 1)}`)
          .join(', ')}]`,
      );

    const bomb = parseSource('m.yaml', `${levels.join('\n')}\n`);

    expect(fine.issues).toEqual([]);
    expect(bomb.issues[0]?.code).toBe('alias-limit');
  });
});
