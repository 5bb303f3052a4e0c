import { describe, expect, it } from 'vitest';
import { pumpDocument } from '../__fixtures__/pump-model.js';
import { renderToString } from '../index.js';
import { csvCell, csvFormat } from './index.js';

describe('csv report', () => {
  it('matches the golden file', async () => {
    const text = await renderToString(csvFormat, pumpDocument());

    await expect(text).toMatchFileSnapshot('./__snapshots__/pump.csv');
  });

  it('has one row per finding, suppressed ones included', async () => {
    const doc = pumpDocument();

    const lines = (await renderToString(csvFormat, doc)).trimEnd().split('\r\n');

    expect(lines[0]?.split(',')[0]).toBe('id');
    expect(lines.filter((l) => /^[a-z-]+@/.test(l))).toHaveLength(doc.rows.length);
  });
});

describe('csv cells', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('%j → %j (RFC 4180 quoting; formulas neutralised)', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
