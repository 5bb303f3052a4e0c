/**
 * Text measurement without a browser. The layout runs in the pure core, where no font metrics exist,
 * so widths are estimated from per-character classes of a typical sans-serif (Helvetica/Arial
 * advance widths, in em) and rounded up. Overestimating a little only adds white space; under-
 * estimating would let text spill out of its box, so the classes err on the wide side.
 */
const NARROW = new Set("iljI.,:;|!'`()[]{} ");
const SEMI = new Set('frt-/\\*"1');
const WIDE = new Set('mwMW@%&');

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp > 0x2e80)
      em += 1; // CJK and other full-width scripts
    else if (NARROW.has(ch)) em += 0.3;
    else if (SEMI.has(ch)) em += 0.42;
    else if (WIDE.has(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.7;
    else em += 0.58;
  }
  return Math.ceil(em * fontSize);
}

/**
 * Greedy word wrap into at most `maxLines` lines of at most `maxWidth`; words longer than a line are
 * cut, and text that does not fit ends with an ellipsis (the full text stays in the tooltip).
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
): string[] {
  const lines: string[] = [];
  let current = '';
  // Only a few lines are shown, so a pathological label is cut before the quadratic word splitting.
  for (const word of text.slice(0, 400).trim().split(/\s+/)) {
    if (word === '') continue;
    const candidate = current === '' ? word : `${current} ${word}`;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    current = word;
    while (textWidth(current, fontSize) > maxWidth) {
      const cut = fitPrefix(current, maxWidth, fontSize);
      lines.push(current.slice(0, cut));
      current = current.slice(cut);
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines.length === 0 ? [''] : lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(kept[maxLines - 1] ?? '', maxWidth, fontSize);
  return kept;
}

/** Shortens a single line to fit, ending in an ellipsis. */
export function ellipsize(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(`${text}…`, fontSize) <= maxWidth) return `${text}…`;
  const chars = Array.from(text);
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

function fitPrefix(word: string, maxWidth: number, fontSize: number): number {
  const chars = Array.from(word);
  let n = chars.length;
  while (n > 1 && textWidth(chars.slice(0, n).join(''), fontSize) > maxWidth) n--;
  return chars.slice(0, n).join('').length;
}
