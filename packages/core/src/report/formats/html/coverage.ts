import { STRIDE, STRIDE_LETTER } from '../../../model/vocabulary.js';
import type { StrideCellState } from '../../document.js';
import type { Html, PageContext } from './context.js';
import { esc } from './escape.js';

const SYMBOL: Readonly<Record<StrideCellState, string>> = {
  finding: '✖',
  checked: '✓',
  'not-applicable': 'n/a',
  gap: '?',
  'not-expected': '·',
};
const WORDS: Readonly<Record<StrideCellState, string>> = {
  finding: 'threat found',
  checked: 'examined, no threat found',
  'not-applicable': 'explained as not applicable',
  gap: 'gap: not analysed',
  'not-expected': 'not expected for this element type',
};

/** STRIDE per element (DFD3 / Shostack): which categories were examined, found, explained or missed. */
export function coverageHtml(ctx: PageContext): Html {
  const rows = ctx.doc.strideMatrix.map((row) => {
    const name =
      row.subject.name !== undefined && row.subject.name !== row.subject.id
        ? `${esc(row.subject.name)} `
        : '';
    const cells = row.cells.map((c) => {
      // The most common cell, kept short: the legend says what the dot means.
      if (c.state === 'not-expected') return '<td class="st-not-expected">·</td>';
      const first =
        c.state === 'finding' ? ctx.anchors.get(c.detail.split(', ')[0] ?? '') : undefined;
      const symbol =
        first === undefined ? SYMBOL[c.state] : `<a href="#${first}">${SYMBOL[c.state]}</a>`;
      return `<td title="${esc(`${WORDS[c.state]}: ${c.detail}`)}"><span class="st st-${c.state}">${symbol}</span></td>`;
    });
    return `<tr><th scope="row"><span class="muted">${esc(row.subject.kind)}</span> ${name}<code>${esc(row.subject.id)}</code></th>${cells.join('')}</tr>`;
  });
  const legend = (Object.keys(SYMBOL) as StrideCellState[])
    .map((s) => `<li><span class="st st-${s}">${SYMBOL[s]}</span> ${esc(WORDS[s])}</li>`)
    .join('');
  const head = STRIDE.map(
    (s) =>
      `<th scope="col" title="${esc(s)}"><abbr title="${esc(s)}">${STRIDE_LETTER[s]}</abbr></th>`,
  ).join('');
  return [
    '<section id="coverage" aria-labelledby="coverage-h"><h2 id="coverage-h">STRIDE coverage</h2>',
    '<p>Each element type is expected to be analysed for certain STRIDE categories (MITRE/MDIC playbook, after Shostack). A gap is a category nobody examined and no assumption explains. Hover a cell for the rules or findings behind it.</p>',
    `<ul class="legend">${legend}</ul>`,
    rows.length === 0
      ? '<p class="muted">No elements.</p>'
      : [
          `<table class="stride"><caption>STRIDE categories per element</caption><thead><tr><th scope="col">Element</th>${head}</tr></thead><tbody>`,
          rows,
          '</tbody></table>',
        ],
    '</section>',
  ];
}
