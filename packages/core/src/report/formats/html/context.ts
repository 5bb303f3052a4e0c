import type { Reference, SubjectRef } from '../../../findings/types.js';
import { RISK_LEVELS, type RiskLevel } from '../../../findings/scales.js';
import type { FindingRow, ReportDocument } from '../../document.js';
import { esc, safeUrl } from './escape.js';

/**
 * Markup as nested lists of strings (or lazy sequences of them), streamed once at the very end: a
 * big report is tens of megabytes, and joining every section on its own would copy it several times.
 */
export type Html = string | Iterable<Html>;

/** Markup for each item, produced only when the page is streamed. */
export function* eachHtml<T>(items: readonly T[], render: (item: T) => Html): Generator<Html> {
  for (const item of items) yield render(item);
}

/** What every section needs besides the document: ids that tie the page's parts together. */
export interface PageContext {
  readonly doc: ReportDocument;
  /** Finding id → HTML id of its details article. */
  readonly anchors: ReadonlyMap<string, string>;
  /** Element key → keys of the containers it lies in (see diagram/keys.ts). */
  readonly scopes: ReadonlyMap<string, readonly string[]>;
  /** Element key → DOM id of the diagram shape showing it, when the diagram draws one. */
  readonly diagramAnchor: (key: string) => string | undefined;
  /** Rules described in the rules section (links to others would dangle). */
  readonly ruleIds: ReadonlySet<string>;
  /**
   * Large reports print each rule's mitigation and references once, in the rules section, instead
   * of in every finding: they are the rule's own text, and repeating them thousands of times
   * doubles the file (and its rendering time) for no new information.
   */
  readonly compact: boolean;
}

/** Findings (active and suppressed) above which the report is compact, see `PageContext`. */
export const COMPACT_ABOVE = 1000;

/**
 * HTML ids for findings, stable across runs because they derive from the finding id. Two ids that
 * sanitise alike (`a@b` and `a-b`) get a numeric suffix in document order.
 */
export function findingAnchors(rows: readonly FindingRow[]): Map<string, string> {
  const anchors = new Map<string, string>();
  const used = new Set<string>();
  for (const { finding } of rows) {
    const base = `f-${finding.id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}-${String(i)}`;
    used.add(id);
    anchors.set(finding.id, id);
  }
  return anchors;
}

/** A risk level in words on a coloured pill (colour is never the only signal). */
const PILLS = Object.fromEntries(
  RISK_LEVELS.map((l) => [l, `<span class="lvl lv-${l}">${l}</span>`]),
) as Record<RiskLevel, string>;

export function levelPill(level: RiskLevel): string {
  return PILLS[level];
}

export function subjectHtml(subject: SubjectRef): string {
  const name =
    subject.name !== undefined && subject.name !== subject.id ? `${esc(subject.name)} ` : '';
  return `<span class="muted">${esc(subject.kind)}</span> ${name}<code>${esc(subject.id)}</code>`;
}

/** `<a>` to the diagram shape of an element, or nothing when the diagram does not show it. */
export function diagramLink(ctx: PageContext, key: string | undefined, label: string): string {
  const target = key === undefined ? undefined : ctx.diagramAnchor(key);
  return target === undefined
    ? ''
    : `<a class="loc" href="#${target}" aria-label="${esc(label)}">diagram</a>`;
}

const referenceCache = new WeakMap<readonly Reference[], string>();

/** Reference ids as links; a rule's reference list is one shared array, so it is rendered once. */
export function referencesHtml(refs: readonly Reference[]): string {
  let html = referenceCache.get(refs);
  if (html === undefined) {
    html =
      refs
        .map((ref) => {
          const url = safeUrl(ref.url);
          return url === undefined ? esc(ref.id) : `<a href="${esc(url)}">${esc(ref.id)}</a>`;
        })
        .join(', ') || '—';
    referenceCache.set(refs, html);
  }
  return html;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${String(n)} ${n === 1 ? one : many}`;
}
