import { formatMonths } from '../../analyses/lifecycle/dates.js';
import type { LifecycleRow, LifecycleView } from '../../analyses/lifecycle/view.js';
import type { Block, SectionBuilder } from './types.js';

const STATUS: Readonly<Record<LifecycleRow['status'], string>> = {
  ended: 'ENDED',
  'ends-before-service-life': 'ends before the device',
  'covers-service-life': 'covers the service life',
  'no-end-announced': 'no end announced',
  open: 'device end of service unknown',
};

const SOURCE_KIND: Readonly<Record<LifecycleRow['source']['kind'], string>> = {
  model: 'model',
  sbom: 'SBOM (FDA field)',
  'eol-data': 'EOL data',
  seed: 'built-in list',
};

function supportEnd(row: LifecycleRow): string {
  if (row.supportEnd !== undefined) return row.supportEnd;
  return row.ended === true ? 'ended (no date)' : 'none announced';
}

function statusCell(row: LifecycleRow): string {
  const ago = row.endedMonthsAgo === undefined ? '' : ` ${formatMonths(row.endedMonthsAgo)} ago`;
  return `${STATUS[row.status]}${ago}`;
}

function deviceBlock(view: LifecycleView): Block {
  const d = view.device;
  const rows: string[][] = [
    ['Service life', `${String(d.serviceLifeYears)} years`],
    ['Market date', d.marketDate ?? 'not declared'],
    ['End of life (sales end)', d.endOfLife ?? 'not declared'],
    [
      'End of service (components judged against it)',
      `${d.endOfService ?? 'unknown'} — ${d.endOfServiceText}`,
    ],
    [
      'Lifecycle stage (IMDRF N70)',
      `${d.effectiveStage ?? d.stage ?? 'unknown'} — ${d.stageConflict ?? d.stageText}`,
    ],
  ];
  return { kind: 'table', caption: 'The device', header: ['', ''], rows };
}

function summary(view: LifecycleView): Block {
  const count = (s: LifecycleRow['status']) => view.rows.filter((r) => r.status === s).length;
  const asOf =
    view.today === undefined
      ? 'No analysis date was given: support ends were compared with the end of service only, not with today.'
      : `Judged as of ${view.today}.`;
  const eol =
    view.eolData === 'none'
      ? 'No endoflife.date data was given (medrisk db import, or --eol): operating systems were looked up in the built-in list of ended Windows and Linux kernel cycles only.'
      : `EOL data: ${String(view.eolData.products)} products${view.eolData.source === undefined ? '' : ` (${view.eolData.source})`}.`;
  return {
    kind: 'paragraph',
    tone: view.today === undefined || count('ended') > 0 ? 'warning' : 'normal',
    text: `${String(view.rows.length)} piece(s) of software with a known support status: ${String(count('ended'))} ended, ${String(count('ends-before-service-life'))} ending before the device's end of service, ${String(count('covers-service-life'))} covering it, ${String(count('no-end-announced') + count('open'))} open; ${String(view.notAssessed.length)} not assessed (never counted as supported). ${asOf} ${eol}`,
  };
}

/** The device's service life and stage, each piece of software's end of support, legacy protocols. */
export const lifecycleSection: SectionBuilder = (doc) => {
  const view = doc.analysis.views.lifecycle;
  if (view === undefined) return undefined;
  const blocks: Block[] = [summary(view), deviceBlock(view)];
  if (view.rows.length > 0)
    blocks.push({
      kind: 'table',
      caption:
        "End of support per component (source: model > SBOM FDA field > endoflife.date data > built-in list; gap = months the device runs after the software's support ends)",
      header: [
        'Component',
        'Software',
        'Support ends',
        'Source',
        'Status',
        'Gap vs end of service',
        'Recommended',
      ],
      rows: view.rows.map((r) => [
        r.component,
        `${r.name}${r.kind === 'operating-system' ? ' (OS)' : ''}`,
        supportEnd(r),
        `${r.source.detail}${r.others.length === 0 ? '' : `; also ${r.others.map((o) => `${SOURCE_KIND[o.kind]} ${o.end ?? (o.ended === true ? 'ended' : 'open')}`).join(', ')}`}`,
        statusCell(r),
        r.gapMonths === undefined ? '—' : formatMonths(r.gapMonths),
        r.recommendation ?? '—',
      ]),
    });
  if (view.notAssessed.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Software whose support could not be established (not counted as supported)',
      header: ['Component', 'Software', 'Why', 'How to fix'],
      rows: view.notAssessed.map((n) => [n.component, n.name, n.reason, n.hint ?? '—']),
    });
  if (view.legacyProtocols.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Flows whose protocol cannot carry modern cryptography',
      header: ['Flow', 'From → to', 'Protocol', 'Why', 'Replace with'],
      rows: view.legacyProtocols.map((p) => [
        p.flow,
        `${p.source} → ${p.target}`,
        `${p.protocol}${p.assumed === undefined ? '' : ` (assumed: ${p.assumed})`}`,
        p.why,
        p.fix,
      ]),
    });
  if (view.notes.length > 0) blocks.push({ kind: 'list', items: view.notes });
  return { id: 'lifecycle', title: 'Lifecycle and end of support', blocks };
};
