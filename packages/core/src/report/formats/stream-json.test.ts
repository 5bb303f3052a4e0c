import { describe, expect, it } from 'vitest';
import { streamJson } from './stream-json.js';

const findings = [
  { id: 'x', nested: { list: [1, 2] } },
  { id: 'y', text: 'line\nbreak "quoted" \u0000 nul' },
];

describe('streamJson', () => {
  it.each`
    case                          | value                                                                  | streamed
    ${'top-level streamed array'} | ${{ a: 1, findings, b: { c: [] } }}                                    | ${[findings]}
    ${'nested streamed array'}    | ${{ runs: [{ tool: { name: 't' }, results: findings, after: true }] }} | ${[findings]}
    ${'empty streamed array'}     | ${{ findings: [], after: 'z' }}                                        | ${[[]]}
    ${'nothing streamed'}         | ${{ a: [1, 2], b: 'x' }}                                               | ${[]}
    ${'undefined is omitted'}     | ${{ a: undefined, findings }}                                          | ${[findings]}
  `('is byte-identical to JSON.stringify(value, null, 2): $case', ({ value, streamed }) => {
    const text = [...streamJson(value, streamed)].join('');

    expect(text).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('is not fooled by data that imitates its markers', () => {
    const list = [1, 2];
    const value = { evil: ['\u00000\u0000'], list };

    expect([...streamJson(value, [list])].join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('yields the streamed array element by element', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ i }));

    const chunks = [...streamJson({ many }, [many])];

    expect(chunks.length).toBeGreaterThan(100);
  });
});
