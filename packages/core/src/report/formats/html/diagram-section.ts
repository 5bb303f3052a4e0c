import type { ReportDocument } from '../../document.js';
import { legendBadge, type DiagramLayout } from '../../diagram/index.js';
import { plural } from './context.js';
import { esc } from './escape.js';

const icon = (body: string, w = 34, h = 22): string =>
  `<svg class="icon" width="${String(w)}" height="${String(h)}" viewBox="0 0 ${String(w)} ${String(h)}" aria-hidden="true">${body}</svg>`;

const LEGEND = [
  [icon('<rect class="sh" x="1" y="3" width="32" height="16"/>'), 'External entity'],
  [icon('<rect class="sh" x="1" y="3" width="32" height="16" rx="6"/>'), 'Process'],
  [icon('<path class="sh" fill="none" d="M33,3H1V19H33"/>'), 'Data store'],
  [icon('<rect class="b" x="1" y="2" width="32" height="18" rx="6"/>'), 'Trust boundary'],
  [icon('<path class="ln" d="M1,11H33"/>'), 'Data flow'],
  [icon('<path class="x" d="M1,11H33"/>'), 'Flow crossing a trust boundary'],
] as const;

/** The data-flow diagram with its legend, or the reason it is simplified or missing. */
export function diagramHtml(doc: ReportDocument, layout: DiagramLayout, svg: string): string {
  const m = doc.model;
  const counts = `${plural(m.components.length, 'component')}, ${plural(m.trustBoundaries.length, 'trust boundary', 'trust boundaries')}, ${plural(m.dataFlows.length, 'data flow')}`;
  const legend = [
    ...LEGEND.map(([i, label]) => `<li>${i} ${label}</li>`),
    '<li>Arrowheads at both ends: a two-way flow</li>',
    `<li>${legendBadge(3, 'high')} active findings · worst residual risk</li>`,
  ].join('');
  const note =
    layout.note === ''
      ? ''
      : `<p class="${layout.failed ? 'alert' : 'note'}"${layout.failed ? ' role="alert"' : ''}>${esc(layout.note)}</p>`;
  if (layout.mode === 'none') {
    return `<section id="diagram" aria-labelledby="diagram-h"><h2 id="diagram-h">Data-flow diagram</h2><p>${esc(counts)}.</p>${note}</section>`;
  }
  return [
    '<section id="diagram" aria-labelledby="diagram-h"><h2 id="diagram-h">Data-flow diagram</h2>',
    `<p>${esc(counts)}. Badges give the number of active findings on an element and its worst residual risk. <span data-js hidden>Select an element (click, or Tab and Enter) to list only its findings; a trust boundary or a component with nested ones selects everything inside.</span></p>`,
    note,
    '<div class="toolbar" data-js hidden><button type="button" id="dfd-zoom" aria-pressed="false" aria-controls="dfd-wrap">Actual size</button></div>',
    `<figure class="diagram"><div id="dfd-wrap" class="dfd-wrap fit">${svg}</div>`,
    `<figcaption><ul class="legend">${legend}</ul></figcaption></figure>`,
    '</section>',
  ].join('\n');
}
