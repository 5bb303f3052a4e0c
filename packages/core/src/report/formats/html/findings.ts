import { FINDING_STATUSES } from '../../../findings/types.js';
import { STRIDE, STRIDE_LETTER } from '../../../model/vocabulary.js';
import { RISK_LEVELS } from '../../../findings/scales.js';
import type { FindingRow } from '../../document.js';
import { subjectKey } from '../../diagram/index.js';
import { compareStrings } from '../../../common/order.js';
import { diagramLink, levelPill, subjectHtml, type Html, type PageContext } from './context.js';
import { attrs, esc } from './escape.js';

const option = (value: string, label = value): string =>
  `<option value="${esc(value)}">${esc(label)}</option>`;
const select = (name: string, label: string, options: readonly string[]): string =>
  `<label>${esc(label)}<select name="${name}">${option('', 'any')}${options.join('')}</select></label>`;

/** The filter bar; hidden until the script runs, since without it filters could not work. */
export function filtersHtml(rows: readonly FindingRow[]): string {
  const categories = [...new Set(rows.map((r) => r.finding.category))].sort(compareStrings);
  return [
    '<form id="filters" class="filters" data-js hidden aria-label="Filter findings">',
    select(
      'level',
      'Residual risk',
      [...RISK_LEVELS].reverse().map((l) => option(l)),
    ),
    select(
      'stride',
      'STRIDE',
      STRIDE.map((s) => option(s, `${STRIDE_LETTER[s]} · ${s}`)),
    ),
    select(
      'cat',
      'Rule category',
      categories.map((c) => option(c)),
    ),
    select(
      'status',
      'Status',
      [...FINDING_STATUSES, 'suppressed'].map((s) => option(s)),
    ),
    select('ctl', 'Controlled', [option('yes', 'controlled'), option('no', 'uncontrolled')]),
    '<label>Search<input type="search" name="q" placeholder="id, title, element, text…"></label>',
    '<button type="reset">Reset filters</button>',
    '</form>',
    '<div id="chips" class="chips" data-js hidden aria-label="Selections from the diagram and the risk matrix"></div>',
    '<p id="shown" class="muted" data-js hidden aria-live="polite"></p>',
  ].join('\n');
}

/** One table row per finding; data attributes carry what the filters compare. */
export function findingsTable(
  ctx: PageContext,
  rows: readonly FindingRow[],
  id: string,
  caption: string,
): Html {
  if (rows.length === 0) return '<p class="muted">None.</p>';
  const cellOf = heatCells(ctx);
  const body = rows.map((row) => {
    const f = row.finding;
    const key = subjectKey(f.subject);
    const anchor = ctx.anchors.get(f.id) ?? '';
    const r = f.risk;
    const suppressed = row.state === 'suppressed';
    const tr = attrs({
      class: `frow lv-${f.level}${suppressed ? ' suppressed' : ''}`,
      'data-level': f.level,
      'data-stride': f.stride.join(' '),
      'data-cat': f.category,
      'data-status': suppressed ? 'suppressed' : f.status,
      'data-ctl': r.controlled ? 'yes' : 'no',
      'data-el': key,
      'data-in': key === undefined ? undefined : (ctx.scopes.get(key) ?? []).join(' '),
      'data-cell': suppressed ? undefined : cellOf.get(f.id),
    });
    const severity =
      r.severity.level === undefined
        ? '<span class="muted">n/a</span>'
        : `${esc(r.severity.level)}${r.severity.assumed ? ' <span class="tag" title="no clinical function could be traced; a default was used">assumed</span>' : ''}`;
    const status = suppressed
      ? `suppressed <span class="muted">(${esc(f.status)})</span>`
      : esc(f.status);
    return `<tr${tr}><td>${levelPill(f.level)}</td><td><a class="title" href="#${anchor}">${esc(f.title)}</a><br><code>${esc(f.id)}</code> <span class="tag">${esc(f.category)}</span></td><td>${subjectHtml(f.subject)} ${diagramLink(ctx, key, `Show ${f.subject.id} in the diagram`)}</td><td>${severity}</td><td class="nw">${esc(r.exploitability.initial)} → ${esc(r.exploitability.residual)}</td><td>${r.controlled ? 'yes' : '<b>no</b>'}</td><td>${status}</td><td class="mono">${f.stride.map((s) => STRIDE_LETTER[s]).join('') || '—'}</td></tr>`;
  });
  const head = [
    'Residual risk',
    'Finding',
    'Element',
    'Severity',
    'Exploitability<br><span class="muted">initial → residual</span>',
    'Controlled',
    'Status',
    'STRIDE',
  ]
    .map((h) => `<th scope="col">${h}</th>`)
    .join('');
  return [
    `<table id="${id}" class="findings"><caption>${esc(caption)} (<span data-count="${id}">${String(rows.length)}</span>)</caption><thead><tr>${head}</tr></thead><tbody>`,
    body,
    '</tbody></table>',
  ];
}

function heatCells(ctx: PageContext): Map<string, string> {
  const cells = new Map<string, string>();
  ctx.doc.heatMap.cells.forEach((row, ei) => {
    row.forEach((cell, si) => {
      for (const id of cell.findings) cells.set(id, `${String(ei)}-${String(si)}`);
    });
  });
  return cells;
}
