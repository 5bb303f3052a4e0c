import type { Finding } from '../../../findings/types.js';
import { STRIDE_LETTER } from '../../../model/vocabulary.js';
import type { FindingRow } from '../../document.js';
import { subjectKey } from '../../diagram/index.js';
import {
  diagramLink,
  levelPill,
  plural,
  referencesHtml,
  subjectHtml,
  type PageContext,
} from './context.js';
import { esc, prose } from './escape.js';

const item = (term: string, value: string): string =>
  value === '' ? '' : `<dt>${esc(term)}</dt><dd>${value}</dd>`;
const list = (items: readonly string[]): string =>
  items.length === 0 ? '' : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;

/** Everything a reviewer needs to judge one finding, in the order they would check it. */
export function findingArticle(ctx: PageContext, row: FindingRow): string {
  const f = row.finding;
  const anchor = ctx.anchors.get(f.id) ?? '';
  const status = row.state === 'suppressed' ? 'suppressed' : esc(f.status);
  const link = diagramLink(ctx, subjectKey(f.subject), `Show ${f.subject.id} in the diagram`);
  const suppression =
    row.suppression === undefined
      ? ''
      : `by assumption <code>${esc(row.suppression.assumption)}</code>: ${esc(row.suppression.text)}`;
  const evidence = list(
    f.evidence.map(
      (e) => `${e.path === undefined ? '' : `<code>${esc(e.path)}</code>: `}${esc(e.text)}`,
    ),
  );
  const ruleText =
    ctx.compact && ctx.ruleIds.has(f.ruleId)
      ? item(
          'Mitigation, references',
          `see rule <a href="#rule-${esc(f.ruleId)}"><code>${esc(f.ruleId)}</code></a>`,
        )
      : item('Mitigation', prose(f.mitigation)) + item('References', referencesHtml(f.references));
  // Concatenation rather than join: the pieces stay unflattened until the page is joined once.
  return (
    `<article class="finding lv-${f.level}" id="${anchor}"><h4>${levelPill(f.level)} ${esc(f.title)}</h4>` +
    `<p class="meta"><code>${esc(f.id)}</code> · ${ruleMeta(ctx, f)} · status: <b>${status}</b>${link === '' ? '' : ` · ${link}`}</p><dl>` +
    item('Element', subjectHtml(f.subject)) +
    item('Why it fired', esc(f.rationale)) +
    item('Suppressed', suppression) +
    item('Evidence', evidence) +
    item('Risk', riskHtml(f)) +
    item('Patient harm', harmHtml(f)) +
    item('Multi-patient reach', reachHtml(f)) +
    item('Treatment', treatmentHtml(f)) +
    ruleText +
    '</dl></article>'
  );
}

const ruleMetaCache = new WeakMap<PageContext, Map<string, string>>();

/** Rule, category, STRIDE and FDA category: the same for every finding of a rule, built once. */
function ruleMeta(ctx: PageContext, f: Finding): string {
  const cache = ruleMetaCache.get(ctx) ?? new Map<string, string>();
  ruleMetaCache.set(ctx, cache);
  const key = `${f.ruleId}@${String(f.ruleVersion)}|${f.category}|${f.stride.join()}|${f.fdaCategory}`;
  let html = cache.get(key);
  if (html === undefined) {
    const rule = ctx.ruleIds.has(f.ruleId)
      ? `<a href="#rule-${esc(f.ruleId)}"><code>${esc(f.ruleId)}</code></a>`
      : `<code>${esc(f.ruleId)}</code>`;
    const stride = f.stride.map((s) => `${STRIDE_LETTER[s]} ${s}`).join(', ') || '—';
    html = `rule ${rule} v${String(f.ruleVersion)} · <span class="tag">${esc(f.category)}</span> · STRIDE: ${esc(stride)} · FDA category: ${esc(f.fdaCategory)}`;
    cache.set(key, html);
  }
  return html;
}

/** Initial risk, the controls that lowered exploitability, and the residual risk they leave. */
function riskHtml(f: Finding): string {
  const r = f.risk;
  const e = r.exploitability;
  // Documentation gaps carry no harm and no controls: one line says all there is.
  if (r.severity.level === undefined && e.controls.length === 0)
    return `${levelPill(r.residual)} ${esc(r.severity.reason)}; exploitability ${esc(e.initial)}.`;
  const severity =
    r.severity.level === undefined
      ? 'no patient-harm severity'
      : `severity <b>${esc(r.severity.level)}</b>${r.severity.assumed ? ' (assumed)' : ''}`;
  const controls = e.controls.map(
    (c) =>
      `<code>${esc(c.id)}</code> ${esc(c.title)} <span class="muted">(${esc(c.status)}, ${c.reduction === 0 ? 'no reduction' : `−${plural(c.reduction, 'level')}`})</span>`,
  );
  return [
    `<div class="chain">Initial: exploitability <b>${esc(e.initial)}</b> × ${severity} → ${levelPill(r.initial)}</div>`,
    `<div class="muted">${esc(e.initialReason)}</div>`,
    `<div class="muted">Severity: ${esc(r.severity.reason)}</div>`,
    controls.length === 0
      ? '<div>Controls: none apply.</div>'
      : `<div>Controls:</div>${list(controls)}`,
    `<div class="chain">Residual: exploitability <b>${esc(e.residual)}</b> → ${levelPill(r.residual)} · <b>${r.controlled ? 'controlled' : 'uncontrolled'}</b>${r.acceptable ? '' : ' (not acceptable under the risk policy)'}</div>`,
    `<div class="muted">${esc(r.controlledReason)}</div>`,
  ].join('');
}

function harmHtml(f: Finding): string {
  return list(
    f.risk.severity.impacts.map(
      (i) =>
        `<code>${esc(i.functionId)}</code> (${esc(i.severity)}${i.multiPatient ? ', multi-patient' : ''})${i.path.length > 0 ? ` via <code>${esc(i.path.join(' → '))}</code>` : ''}`,
    ),
  );
}

function reachHtml(f: Finding): string {
  const reach = f.risk.multiPatient;
  if (reach === undefined) return '';
  const fleet = reach.fleetSize === undefined ? '' : `; fleet size ${esc(String(reach.fleetSize))}`;
  return `one compromise reaches ${plural(reach.reaches.length, 'per-patient component')}: <code>${esc(reach.reaches.join(', '))}</code>${fleet}`;
}

function treatmentHtml(f: Finding): string {
  const t = f.treatment;
  if (t === undefined) return '<span class="muted">none recorded</span>';
  const parts = [
    `<b>${esc(t.strategy)}</b>`,
    t.approver === undefined ? '' : `approved by ${esc(t.approver)}`,
    t.recipient === undefined ? '' : `transferred to <code>${esc(t.recipient)}</code>`,
    t.communicatedVia.length === 0 ? '' : `communicated via ${esc(t.communicatedVia.join(', '))}`,
  ].filter((p) => p !== '');
  const rationale = t.rationale === undefined ? '' : `<div>${esc(t.rationale)}</div>`;
  const problems =
    t.problems.length === 0
      ? ''
      : `<div class="problem">Problems with this treatment:</div>${list(t.problems.map(esc))}`;
  return `<div>${parts.join(', ')}</div>${rationale}${problems}`;
}
