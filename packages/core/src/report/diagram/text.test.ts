import { describe, expect, it } from 'vitest';
import { ellipsize, textWidth, wrapText } from './text.js';

describe('text measurement and wrapping', () => {
  it('measures wide letters wider than narrow ones', () => {
    expect(textWidth('WWWW', 12)).toBeGreaterThan(textWidth('iiii', 12));
    expect(textWidth('', 12)).toBe(0);
  });

  it('wraps on spaces within the width', () => {
    const lines = wrapText('Clinician programmer application for the clinic', 100, 12, 5);

    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(100);
    expect(lines.join(' ')).toBe('Clinician programmer application for the clinic');
  });

  it('cuts words longer than a line and ends overflowing text with an ellipsis', () => {
    const lines = wrapText(
      'Supercalifragilisticexpialidocious-component-name and more words here',
      80,
      12,
      2,
    );

    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(80);
  });

  it('never returns an empty list', () => {
    expect(wrapText('   ', 80, 12, 2)).toEqual(['']);
  });

  it('ellipsizes to fit', () => {
    expect(textWidth(ellipsize('a long label that does not fit', 60, 12), 12)).toBeLessThanOrEqual(
      60,
    );
  });
});
