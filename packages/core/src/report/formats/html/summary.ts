import { RISK_LEVELS } from '../../../findings/scales.js';
import type { ReportDocument } from '../../document.js';
import { levelPill, plural } from './context.js';
import { esc } from './escape.js';

/** A failed or partial analyzer means missing findings; it is shown first, never left out. */
export function analyzerAlert(doc: ReportDocument): string {
  const failed = doc.analysis.status.filter((s) => s.state !== 'ok');
  if (failed.length === 0) return '';
  const items = failed.map(
    (s) =>
      `<li><b>${esc(s.analyzer)}</b> ${esc(s.state)}${s.messages.length > 0 ? `: ${s.messages.map(esc).join('; ')}` : ''}</li>`,
  );
  return `<div class="alert" role="alert"><b>Incomplete analysis.</b> Findings may be missing because ${plural(failed.length, 'analyzer')} did not complete:<ul>${items.join('')}</ul>See <a href="#status">analyzer status</a>.</div>`;
}

export function summaryHtml(doc: ReportDocument): string {
  const { summary } = doc.analysis;
  const card = (n: number, label: string): string => `<li><b>${String(n)}</b>${esc(label)}</li>`;
  const levels = [...RISK_LEVELS].reverse();
  const byLevel = levels
    .map(
      (l) => `<tr><td>${levelPill(l)}</td><td class="num">${String(summary.byLevel[l])}</td></tr>`,
    )
    .join('');
  const ok = doc.analysis.status.every((s) => s.state === 'ok');
  return [
    '<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>',
    `<ul class="cards">${card(summary.findings, 'active findings')}${card(summary.uncontrolled, 'uncontrolled (residual risk not acceptable)')}${card(summary.open, 'open (no treatment)')}${card(summary.suppressed, 'suppressed by assumptions')}${card(summary.strideGaps, 'STRIDE coverage gaps')}</ul>`,
    `<table class="narrow"><caption>Active findings by residual risk</caption><thead><tr><th scope="col">Residual risk</th><th scope="col" class="num">Findings</th></tr></thead><tbody>${byLevel}</tbody></table>`,
    ok ? '<p class="ok">All analyzers completed.</p>' : '',
    '</section>',
  ].join('\n');
}

export function heatMapHtml(doc: ReportDocument): string {
  const { heatMap } = doc;
  const acceptable = new Set<string>(heatMap.acceptable);
  const head = heatMap.severity.map((s) => `<th scope="col">${esc(s)}</th>`).join('');
  let placed = 0;
  // Rows run from the most exploitable down, as risk matrices are usually read.
  const body = [...heatMap.exploitability.keys()].reverse().map((ei) => {
    const e = heatMap.exploitability[ei] ?? '';
    const cells = heatMap.severity.map((s, si) => {
      const cell = heatMap.cells[ei]?.[si];
      if (cell === undefined) return '<td></td>';
      const n = cell.findings.length;
      placed += n;
      const name = `exploitability ${e} × severity ${s}`;
      const inner = `<span class="lv">${esc(cell.level)}</span><span class="count${n === 0 ? ' zero' : ''}">${String(n)}</span>`;
      const cls = `lv-${esc(cell.level)}${acceptable.has(cell.level) ? '' : ' unacceptable'}`;
      return n === 0
        ? `<td class="${cls}"><span class="cell" aria-label="${esc(`${name}: risk ${cell.level}, no findings`)}">${inner}</span></td>`
        : `<td class="${cls}"><button type="button" data-cell="${String(ei)}-${String(si)}" data-name="${esc(name)}" aria-pressed="false" aria-label="${esc(`${name}: risk ${cell.level}, ${plural(n, 'finding')}; show only these`)}">${inner}</button></td>`;
    });
    return `<tr><th scope="row">${esc(e)}</th>${cells.join('')}</tr>`;
  });
  const unplaced = doc.analysis.findings.length - placed;
  return [
    '<section id="matrix" aria-labelledby="matrix-h"><h2 id="matrix-h">Risk matrix</h2>',
    `<p>Active findings by <b>residual</b> exploitability (after implemented controls) and severity of patient harm (ISO 14971). Each cell shows the risk level the policy assigns and the number of findings; cells with a thick inner frame are not acceptable (acceptable: ${esc(heatMap.acceptable.join(', ') || 'none')}). <span data-js hidden>Select a cell to list its findings.</span></p>`,
    `<table class="heat"><caption>Rows: exploitability, very high at the top; columns: severity of harm, negligible to catastrophic</caption><thead><tr><th scope="col">Exploitability ↓ · Severity →</th>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`,
    unplaced > 0
      ? `<p class="muted">${plural(unplaced, 'finding has', 'findings have')} no patient-harm severity (documentation or process gaps, risk level info) and so no cell.</p>`
      : '',
    '</section>',
  ].join('\n');
}
