import { formatIssue } from '../../../common/issue.js';
import { formatMinutes } from '../../../model/durations.js';
import { STRIDE_LETTER } from '../../../model/vocabulary.js';
import type { ReportDocument } from '../../document.js';
import { referencesOf } from '../../../risk/references.js';
import { plural, referencesHtml } from './context.js';
import { esc, prose } from './escape.js';

const table = (
  caption: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
): string =>
  `<table><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<td class="id">${c}</td>` : `<td>${c}</td>`)).join('')}</tr>`).join('')}</tbody></table>`;
const opt = (v: string | undefined): string =>
  v === undefined ? '<span class="muted">—</span>' : esc(v);
const codes = (ids: readonly string[]): string =>
  ids.length === 0
    ? '<span class="muted">—</span>'
    : ids.map((i) => `<code>${esc(i)}</code>`).join(', ');

/** The assumptions the analysis rests on, per deployment, with where each came from. */
export function deploymentsHtml(doc: ReportDocument): string {
  const parts = doc.deployments.map((d) => {
    const exposure = doc.model.deployments.find((m) => m.id === d.id)?.exposure;
    const facts =
      exposure === undefined
        ? ''
        : `<p class="muted">Exposure: ${[exposure.hostileNetwork ? 'hostile network assumed' : 'trusted network', exposure.internetFacing ? 'internet-facing' : 'not internet-facing', exposure.unmanaged ? 'unmanaged' : 'managed', exposure.monitored ? 'monitored' : 'not monitored', `physical access: ${exposure.physicalAccess}`, ...(exposure.offsite ? ['off-site'] : [])].map(esc).join(' · ')}</p>`;
    const rows = d.assumptions.map((a) => [
      `<code>${esc(a.id)}</code>`,
      `<span class="tag origin-${a.origin}">${esc(a.origin)}</span>`,
      esc(a.text),
      opt(a.owner),
      opt(a.rationale),
      opt(a.validatedBy),
    ]);
    return [
      `<h3 id="deployment-${esc(d.id)}">${esc(d.label)} <span class="muted">(<code>${esc(d.id)}</code>, ${esc(d.type)})</span></h3>`,
      facts,
      `<p>Components: ${codes(d.components)}</p>`,
      rows.length === 0
        ? '<p class="muted">No assumptions.</p>'
        : table(
            `Assumptions for ${d.label}`,
            ['Id', 'Origin', 'Assumption', 'Owner', 'Rationale', 'Validated by'],
            rows,
          ),
    ].join('\n');
  });
  const model = doc.model.assumptions.map((a) => [
    `<code>${esc(a.id)}</code>`,
    esc(a.text),
    a.owner === undefined ? '<span class="problem">no owner</span>' : esc(a.owner),
    opt(a.rationale),
    codes(a.suppresses ?? []),
    (a.notApplicable ?? [])
      .map(
        (n) => `<code>${esc(n.subject)}</code>: ${n.stride.map((s) => STRIDE_LETTER[s]).join('')}`,
      )
      .join('; ') || '<span class="muted">—</span>',
  ]);
  return [
    '<section id="deployments" aria-labelledby="deployments-h"><h2 id="deployments-h">Deployments and assumptions</h2>',
    '<p>The analysis relies on these assumptions. <i>default</i> ones come with the deployment type, <i>edited</i> ones replace a default, <i>added</i> ones are the model’s own.</p>',
    parts.join('\n') || '<p class="muted">No deployments are modelled.</p>',
    '<h3 id="assumptions">Model assumptions</h3>',
    model.length === 0
      ? '<p class="muted">None.</p>'
      : table(
          'Assumptions written in the model',
          ['Id', 'Assumption', 'Owner', 'Rationale', 'Suppresses', 'STRIDE not applicable'],
          model,
        ),
    '</section>',
  ].join('\n');
}

export function functionsHtml(doc: ReportDocument): string {
  const rows = doc.model.clinicalFunctions.map((f) => [
    `<code>${esc(f.id)}</code>`,
    esc(f.description),
    esc(f.severity),
    f.maxTolerableOutageMinutes === undefined
      ? '<span class="muted">—</span>'
      : esc(formatMinutes(f.maxTolerableOutageMinutes)),
    f.multiPatient === true ? 'yes' : 'no',
  ]);
  return [
    '<section id="functions" aria-labelledby="functions-h"><h2 id="functions-h">Clinical functions</h2>',
    rows.length === 0
      ? '<p class="alert">No clinical functions are modelled: severity of harm cannot be traced and defaults were assumed.</p>'
      : table(
          'What the device does for patients, and the harm if it fails',
          ['Function', 'Description', 'Severity of harm', 'Max tolerable outage', 'Multi-patient'],
          rows,
        ),
    '</section>',
  ].join('\n');
}

export function warningsHtml(doc: ReportDocument): string {
  const issues = doc.analysis.issues;
  return [
    '<section id="warnings" aria-labelledby="warnings-h"><h2 id="warnings-h">Model warnings</h2>',
    issues.length === 0
      ? '<p class="muted">None.</p>'
      : `<ul class="plain">${issues.map((i) => `<li><span class="tag">${esc(i.severity)}</span> ${esc(formatIssue(i))}</li>`).join('')}</ul>`,
    '</section>',
  ].join('\n');
}

export function statusHtml(doc: ReportDocument): string {
  const rows = doc.analysis.status.map((s) => [
    esc(s.analyzer),
    String(s.version),
    s.state === 'ok' ? 'ok' : `<span class="problem">${esc(s.state)}</span>`,
    s.messages.map(esc).join('<br>') || '<span class="muted">—</span>',
  ]);
  return [
    '<section id="status" aria-labelledby="status-h"><h2 id="status-h">Analyzer status</h2>',
    table(
      'Every analyzer that ran and how it went',
      ['Analyzer', 'Version', 'State', 'Messages'],
      rows,
    ),
    '</section>',
  ].join('\n');
}

/** Each rule that fired: what it detects, how, when it is wrong, what to do, and its sources. */
export function rulesHtml(doc: ReportDocument): string {
  const rules = doc.rules.map((r) => {
    const stride = r.stride.map((s) => `${STRIDE_LETTER[s]} ${s}`).join(', ') || '—';
    return [
      `<article class="rule" id="rule-${esc(r.id)}">`,
      `<h3><code>${esc(r.id)}</code> v${String(r.version)} · ${esc(r.title)}</h3>`,
      `<p class="meta"><span class="tag">${esc(r.category)}</span> · STRIDE: ${esc(stride)} · FDA category: ${esc(r.fdaCategory)} · default exploitability ${esc(r.exploitability)}</p>`,
      '<dl>',
      `<dt>Threat</dt><dd>${prose(r.description)}</dd>`,
      `<dt>Detection</dt><dd>${prose(r.detection)}</dd>`,
      `<dt>False positives</dt><dd>${prose(r.falsePositives)}</dd>`,
      `<dt>Mitigation</dt><dd>${prose(r.mitigation)}</dd>`,
      `<dt>References</dt><dd>${referencesHtml(referencesOf(r.references))}</dd>`,
      '</dl></article>',
    ].join('');
  });
  return [
    '<section id="rules" aria-labelledby="rules-h"><h2 id="rules-h">Rules</h2>',
    `<p>${plural(doc.rules.length, 'rule')} raised the findings in this report.</p>`,
    ...rules,
    '</section>',
  ].join('\n');
}
