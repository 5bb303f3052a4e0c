import type { ReportDocument } from '../../document.js';
import { esc } from './escape.js';

const kv = (rows: readonly (readonly [string, string])[]): string =>
  `<dl class="kv">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;

/** Title, device facts and provenance: what was analysed, by which tool and rules, from which files. */
export function headerHtml(doc: ReportDocument): string {
  const d = doc.model.device;
  const { provenance } = doc.analysis;
  const opt = (v: string | number | undefined): string =>
    v === undefined ? '<span class="muted">—</span>' : esc(String(v));
  const device = kv([
    ['Device', esc(d.name)],
    ['Manufacturer', esc(d.manufacturer)],
    ['Model', opt(d.model)],
    ['Version', opt(d.version)],
    ['Intended use', esc(d.intendedUse)],
    ['Regulatory class', opt(d.regulatoryClass)],
    ['Service life', `${esc(String(d.serviceLifeYears))} years`],
    ['Market date', opt(d.marketDate)],
    ['Fleet size', opt(d.fleetSize)],
  ]);
  const inputs =
    provenance.inputs.length === 0
      ? '<span class="muted">not recorded (the model was not read from files)</span>'
      : `<ul class="plain">${provenance.inputs.map((i) => `<li><code>${esc(i.file)}</code><br><span class="muted">sha256</span> <code>${esc(i.sha256)}</code></li>`).join('')}</ul>`;
  const rules = `${String(provenance.rules.length)} threat rules <details class="no-print"><summary>versions</summary><p class="mono">${provenance.rules.map((r) => `${esc(r.id)}@${String(r.version)}`).join(', ')}</p></details>`;
  const policy = doc.model.risk;
  const meta = kv([
    ['Tool', `${esc(provenance.tool.name)} ${esc(provenance.tool.version)}`],
    ['Rules', rules],
    ['Inputs', inputs],
    [
      'Risk policy',
      `${policy.custom ? 'custom matrix from the model' : 'medrisk default matrix'}; acceptable residual risk: ${esc(policy.acceptable.join(', ') || 'none')}`,
    ],
  ]);
  return [
    '<header class="top"><div class="wrap">',
    `<p class="sub">Cybersecurity risk analysis of a connected medical device</p>`,
    `<h1>${esc(doc.title)}</h1>`,
    `<div class="cols"><section aria-label="Device">${device}</section><section aria-label="Provenance">${meta}</section></div>`,
    '</div></header>',
  ].join('\n');
}
