import type { PqcUse, PqcView } from '../../analyses/pqc/view.js';
import { compareStrings } from '../../common/order.js';
import { esc } from '../formats/html/escape.js';
import type { Block } from './types.js';

/** Geometry of the chart, in SVG user units (it scales to the page width). */
const WIDTH = 760;
const LABEL = 240;
const RIGHT = 16;
const TOP = 48;
const ROW = 22;
const BAR = 12;
/** More rows than this would make the chart unreadable; the table after it lists every use. */
const MAX_ROWS = 40;
/** Longest span drawn; a protection period of decades is clipped (its end year is written). */
const MAX_SPAN = 40;

const COLOUR: Readonly<Record<PqcUse['mosca']['result'] | 'service', string>> = {
  'at-risk': '#b3261e',
  undetermined: '#a15c00',
  'not-at-risk': '#2e7d32',
  'not-applicable': '#5f6368',
  service: '#1a5fb4',
};

/** YYYY-MM(-DD) → a fractional year, so a device on the market in March starts a quarter in. */
function yearOf(date: string): number {
  return Number(date.slice(0, 4)) + (Number(date.slice(5, 7) || '1') - 1) / 12;
}

const fmt = (n: number): string => n.toFixed(1);

/** The uses the chart draws: those that must change (quantum-vulnerable or deprecated). */
export function chartedUses(view: PqcView): PqcUse[] {
  return view.uses.filter(
    (u) => u.info.quantum === 'vulnerable' || u.info.deprecated !== undefined,
  );
}

interface Axis {
  readonly from: number;
  readonly to: number;
  readonly x: (year: number) => number;
}

function axisOf(view: PqcView, uses: readonly PqcUse[]): Axis {
  const s = view.scenario;
  const starts = [s.serviceEnd.start, s.asOf?.date].flatMap((d) =>
    d === undefined ? [] : [yearOf(d)],
  );
  const from = Math.floor(Math.min(...starts, 2030 - 6));
  const ends = [
    2035,
    s.crqc.year,
    s.serviceEnd.year ?? 0,
    ...uses.flatMap((u) => [u.mosca.mustHoldUntil ?? 0, u.deadline?.year ?? 0]),
  ];
  const to = Math.min(Math.max(...ends) + 1, from + MAX_SPAN);
  const x = (year: number) =>
    LABEL + ((Math.min(Math.max(year, from), to) - from) / (to - from)) * (WIDTH - LABEL - RIGHT);
  return { from, to, x };
}

function label(text: string, y: number): string {
  const shown = text.length > 36 ? `${text.slice(0, 35)}…` : text;
  return `<text x="${String(LABEL - 8)}" y="${fmt(y + BAR - 2)}" text-anchor="end" font-size="10" fill="#202124"><title>${esc(text)}</title>${esc(shown)}</text>`;
}

function bar(axis: Axis, from: number, to: number, y: number, colour: string, opacity = 1): string {
  const [a, b] = [axis.x(from), axis.x(to)];
  if (b <= a) return '';
  return `<rect x="${fmt(a)}" y="${fmt(y)}" width="${fmt(b - a)}" height="${String(BAR)}" fill="${colour}" fill-opacity="${String(opacity)}"/>`;
}

function useRow(axis: Axis, use: PqcUse, start: number, y: number): string {
  const m = use.mosca;
  const colour = COLOUR[m.result];
  const until = m.until?.year;
  const parts = [label(`${use.id} (${use.algorithm})`, y)];
  if (until !== undefined) {
    parts.push(bar(axis, start, until, y, colour));
    if (m.mustHoldUntil !== undefined && m.mustHoldUntil > until)
      parts.push(bar(axis, until, m.mustHoldUntil, y, colour, 0.35));
  }
  const deadline = use.deadline?.year;
  if (deadline !== undefined) {
    const cx = axis.x(deadline);
    const cy = y + BAR / 2;
    parts.push(
      `<path d="M${fmt(cx)} ${fmt(cy - 6)}L${fmt(cx + 5)} ${fmt(cy)}L${fmt(cx)} ${fmt(cy + 6)}L${fmt(cx - 5)} ${fmt(cy)}Z" fill="#80868b"><title>${esc(`${use.id}: deadline ${String(deadline)} (${use.deadline?.basis ?? ''})`)}</title></path>`,
    );
  }
  return parts.join('');
}

function verticalLine(
  axis: Axis,
  year: number,
  text: string,
  colour: string,
  bottom: number,
  dy: number,
): string {
  const x = fmt(axis.x(year));
  return `<line x1="${x}" y1="${String(TOP - 6)}" x2="${x}" y2="${fmt(bottom)}" stroke="${colour}" stroke-width="1.5" stroke-dasharray="4 3"/><text x="${x}" y="${String(TOP - 10 - dy)}" text-anchor="middle" font-size="10" fill="${colour}">${esc(text)}</text>`;
}

function ticks(axis: Axis, bottom: number): string {
  const step = axis.to - axis.from > 24 ? 5 : 2;
  const out: string[] = [];
  for (let year = Math.ceil(axis.from / step) * step; year <= axis.to; year += step) {
    const x = fmt(axis.x(year));
    out.push(
      `<line x1="${x}" y1="${fmt(bottom)}" x2="${x}" y2="${fmt(bottom + 4)}" stroke="#5f6368"/><text x="${x}" y="${fmt(bottom + 16)}" text-anchor="middle" font-size="10" fill="#5f6368">${String(year)}</text>`,
    );
  }
  return out.join('');
}

const LEGEND: readonly (readonly [string, string, number])[] = [
  ['at risk (Mosca)', COLOUR['at-risk'], 1],
  ['undetermined', COLOUR.undetermined, 1],
  ['not at risk', COLOUR['not-at-risk'], 1],
  ['must still hold (X)', COLOUR['at-risk'], 0.35],
];

function legend(y: number): string {
  const items = LEGEND.map(([text, colour, opacity], i) => {
    const x = LABEL + i * 115;
    return `<rect x="${String(x)}" y="${String(y)}" width="14" height="10" fill="${colour}" fill-opacity="${String(opacity)}"/><text x="${String(x + 18)}" y="${String(y + 9)}" font-size="10" fill="#202124">${esc(text)}</text>`;
  });
  const x = LABEL - 120;
  return [
    `<path d="M${String(x)} ${String(y - 1)}L${String(x + 5)} ${String(y + 5)}L${String(x)} ${String(y + 11)}L${String(x - 5)} ${String(y + 5)}Z" fill="#80868b"/><text x="${String(x + 9)}" y="${String(y + 9)}" font-size="10" fill="#202124">deadline</text>`,
    ...items,
  ].join('');
}

/**
 * The device's service life against the NIST IR 8547 dates and the CRQC estimate, and for each use
 * that must change: how long it is relied on (solid), how long what it protects must then hold
 * (faded: Mosca's X) and its deadline (diamond). Inline SVG with presentation attributes only (the
 * report's Content-Security-Policy forbids style attributes), no script, same bytes every run; no
 * background, so the page's light or dark theme shows through (its CSS colours the text).
 */
export function timelineSvg(view: PqcView): string {
  const uses = chartedUses(view).slice(0, MAX_ROWS);
  const axis = axisOf(view, uses);
  const s = view.scenario;
  const start = s.asOf?.year ?? axis.from;
  const rows = [
    [
      label('Device in service', TOP),
      s.serviceEnd.start === undefined || s.serviceEnd.year === undefined
        ? `<text x="${String(LABEL)}" y="${String(TOP + BAR - 2)}" font-size="11" fill="#5f6368">end of service unknown (declare device.marketDate)</text>`
        : bar(
            axis,
            yearOf(s.serviceEnd.start),
            yearOf(s.serviceEnd.date ?? ''),
            TOP,
            COLOUR.service,
          ),
    ].join(''),
    ...uses.map((u, i) => useRow(axis, u, start, TOP + (i + 1) * ROW)),
  ];
  const bottom = TOP + rows.length * ROW;
  const lines = [
    verticalLine(axis, 2030, 'NIST 2030: deprecated', '#5f6368', bottom, 12),
    verticalLine(axis, 2035, 'NIST 2035: disallowed', '#5f6368', bottom, 0),
    verticalLine(
      axis,
      s.crqc.year,
      `CRQC ${String(s.crqc.year)}`,
      COLOUR['at-risk'],
      bottom,
      Math.abs(s.crqc.year - 2035) < 6 ? 24 : 12,
    ),
  ];
  const height = bottom + 46;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${String(WIDTH)} ${String(height)}" width="100%" font-family="sans-serif">`,
    `<title>${esc(timelineAlt(view))}</title>`,
    ...rows,
    ...lines,
    ticks(axis, bottom),
    legend(bottom + 28),
    '</svg>',
  ].join('');
}

function timelineAlt(view: PqcView): string {
  const s = view.scenario;
  const charted = chartedUses(view);
  return `Timeline: the device is in service until ${s.serviceEnd.date ?? 'an unknown date'}; NIST IR 8547 deprecates quantum-vulnerable algorithms after 2030 and disallows them after 2035; a CRQC is assumed in ${String(s.crqc.year)}. ${String(charted.length)} use(s) must change${charted.length > MAX_ROWS ? ` (the first ${String(MAX_ROWS)} are drawn)` : ''}; ${String(view.summary.atRisk)} must hold past the CRQC estimate.`;
}

/** The chart as a figure block; formats without graphics get the same dates as a table. */
export function timelineBlock(view: PqcView): Block {
  const s = view.scenario;
  return {
    kind: 'figure',
    svg: timelineSvg(view),
    alt: timelineAlt(view),
    fallback: {
      kind: 'table',
      caption: 'Timeline: service life against the milestones and the CRQC estimate',
      header: ['Year', 'Event'],
      rows: [
        ...(s.serviceEnd.start === undefined
          ? []
          : [[s.serviceEnd.start.slice(0, 7), 'device on the market (counted from)']]),
        ['2030', 'NIST IR 8547 ipd: 112-bit quantum-vulnerable algorithms deprecated'],
        ['2035', 'NIST IR 8547 ipd: quantum-vulnerable public-key algorithms disallowed'],
        [String(s.crqc.year), `CRQC estimate (${s.crqc.basis})`],
        [s.serviceEnd.date ?? 'unknown', 'last device leaves service'],
      ].sort((a, b) => compareStrings(a[0] ?? '', b[0] ?? '')),
    },
  };
}
