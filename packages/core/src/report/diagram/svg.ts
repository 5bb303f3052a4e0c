import { esc } from '../formats/html/escape.js';
import { BADGE_HEIGHT, badgeText, badgeWidth, EDGE_LABEL, FONT, LINE, PAD } from './metrics.js';
import type { DiagramLayout, PlacedEdge, PlacedNode, Point } from './types.js';

export interface DrawnDiagram {
  readonly svg: string;
  /** DOM id of the shape that shows an element key, if any is drawn. */
  readonly anchorOf: (key: string) => string | undefined;
}

const n = (v: number): string => String(Math.round(v * 10) / 10);

/**
 * Inline SVG for a laid-out diagram. Styling comes from the page's stylesheet through classes only
 * (the CSP forbids style attributes); the risk level is written in each badge, never shown by colour
 * alone. Shapes carry `data-el` keys that the page script and the findings table share.
 */
export function drawDiagram(
  layout: DiagramLayout,
  title: string,
  description: string,
): DrawnDiagram {
  const ids = new Map<string, string>();
  layout.nodes.forEach((p, i) => ids.set(p.node.key, `dfd-n${String(i)}`));
  layout.edges.forEach((p, i) => ids.set(p.edge.key, `dfd-e${String(i)}`));
  const anchorOf = (key: string): string | undefined => {
    const drawn = layout.locate.get(key);
    return drawn === undefined ? undefined : ids.get(drawn);
  };
  if (layout.mode === 'none') return { svg: '', anchorOf };
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="dfd dfd-${layout.mode}" viewBox="0 0 ${n(layout.width)} ${n(layout.height)}" width="${n(layout.width)}" height="${n(layout.height)}" role="group" aria-labelledby="dfd-title dfd-desc">`,
    `<title id="dfd-title">${esc(title)}</title><desc id="dfd-desc">${esc(description)}</desc>`,
    '<defs><marker id="dfd-arrow" viewBox="0 0 10 10" refX="9.5" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z"/></marker></defs>',
    '<g class="dfd-nodes">',
    ...layout.nodes.map((p) => drawNode(p, ids.get(p.node.key) ?? '')),
    '</g><g class="dfd-edges">',
    ...layout.edges.map((p) => drawEdge(p, ids.get(p.edge.key) ?? '')),
    '</g></svg>',
  ];
  return { svg: parts.join('\n'), anchorOf };
}

function drawNode(p: PlacedNode, id: string): string {
  const { node } = p;
  const level = node.findings > 0 ? ` lv-${node.worstLevel ?? 'info'}` : '';
  const outside = node.shape === 'group' && node.key.startsWith('outside:') ? ' outside' : '';
  const open = `<g class="n s-${node.shape}${p.container ? ' box' : ''}${level}${outside}" id="${id}" data-el="${esc(node.key)}" data-name="${esc(node.label)}"><title>${esc(node.tooltip)}</title>`;
  const text: string[] = [];
  let y = p.y + PAD.top + FONT.label * 0.85;
  if (p.container) {
    // Containers: title top-left, badge top-right, contents below.
    const x = p.x + PAD.x;
    text.push(
      `<text class="lbl" x="${n(x)}" y="${n(y)}">${p.lines.map((l, i) => `<tspan x="${n(x)}"${i === 0 ? '' : ` dy="${String(LINE.label)}"`}>${esc(l)}</tspan>`).join('')}</text>`,
    );
    y += (p.lines.length - 1) * LINE.label;
    if (p.detail !== undefined)
      text.push(`<text class="det" x="${n(x)}" y="${n(y + LINE.detail)}">${esc(p.detail)}</text>`);
    if (node.findings > 0)
      text.push(
        badge(p.x + p.width - PAD.x, p.y + PAD.top - 3, node.findings, node.worstLevel, 'end'),
      );
  } else {
    const cx = p.x + p.width / 2;
    text.push(
      `<text class="lbl" x="${n(cx)}" y="${n(y)}" text-anchor="middle">${p.lines.map((l, i) => `<tspan x="${n(cx)}"${i === 0 ? '' : ` dy="${String(LINE.label)}"`}>${esc(l)}</tspan>`).join('')}</text>`,
    );
    let bottom = p.y + PAD.top + p.lines.length * LINE.label;
    if (p.detail !== undefined) {
      text.push(
        `<text class="det" x="${n(cx)}" y="${n(bottom + FONT.detail * 0.9)}" text-anchor="middle">${esc(p.detail)}</text>`,
      );
      bottom += LINE.detail;
    }
    if (node.findings > 0)
      text.push(badge(cx, bottom + PAD.gap, node.findings, node.worstLevel, 'middle'));
  }
  return `${open}${shape(p)}${text.join('')}</g>`;
}

function shape(p: PlacedNode): string {
  const { x, y, width: w, height: h } = p;
  const rect = (cls: string, rx: number): string =>
    `<rect class="${cls}" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"${rx > 0 ? ` rx="${String(rx)}"` : ''}/>`;
  switch (p.node.shape) {
    case 'process':
      return rect('sh', 12);
    case 'data-store':
      // Open-ended rectangle (DFD3 data store): top and bottom lines, closed on the left only.
      return `${rect('bg', 0)}<path class="sh" d="M${n(x + w)},${n(y)}H${n(x)}V${n(y + h)}H${n(x + w)}"/>`;
    case 'boundary':
    case 'group':
      return rect('sh', 14);
    case 'external-entity':
      return rect('sh', 0);
  }
}

function badge(
  x: number,
  y: number,
  findings: number,
  level: PlacedNode['node']['worstLevel'],
  anchor: 'middle' | 'end',
): string {
  const text = badgeText(findings, level);
  const w = badgeWidth(text);
  const left = anchor === 'middle' ? x - w / 2 : x - w;
  return `<g class="badge lv-${level ?? 'info'}"><rect x="${n(left)}" y="${n(y)}" width="${n(w)}" height="${String(BADGE_HEIGHT)}" rx="8"/><text x="${n(left + w / 2)}" y="${n(y + BADGE_HEIGHT - 4.5)}" text-anchor="middle">${esc(text)}</text></g>`;
}

function drawEdge(p: PlacedEdge, id: string): string {
  const { edge } = p;
  const d = path(p.points);
  const classes = `e${edge.crossesBoundary ? ' x' : ''}${edge.findings > 0 ? ` lv-${edge.worstLevel ?? 'info'}` : ''}`;
  const members =
    edge.members.length === 1 && edge.members[0] === edge.key
      ? ''
      : ` data-members="${esc(edge.members.join(' '))}"`;
  const markers = `marker-end="url(#dfd-arrow)"${edge.bidirectional ? ' marker-start="url(#dfd-arrow)"' : ''}`;
  let label = '';
  if (p.label !== undefined) {
    // One row: the name on the left (one or two lines), the badge on the right.
    const { x, y, width, height, lines } = p.label;
    const top = y + (height - lines.length * LINE.edge) / 2;
    const text = lines
      .map(
        (l, i) =>
          `<text x="${n(x + EDGE_LABEL.pad)}" y="${n(top + FONT.edge * 0.88 + i * LINE.edge)}">${esc(l)}</text>`,
      )
      .join('');
    const b =
      edge.findings > 0
        ? badge(
            x + width - EDGE_LABEL.pad,
            y + (height - BADGE_HEIGHT) / 2,
            edge.findings,
            edge.worstLevel,
            'end',
          )
        : '';
    label = `<g class="el"><rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="3"/>${text}${b}</g>`;
  }
  return `<g class="${classes}" id="${id}" data-el="${esc(edge.key)}" data-name="${esc(edge.label)}"${members}><title>${esc(edge.tooltip)}</title><path class="hit" d="${d}"/><path class="ln" d="${d}" ${markers}/>${label}</g>`;
}

function path(points: readonly Point[]): string {
  return points.map((pt, i) => `${i === 0 ? 'M' : 'L'}${n(pt.x)},${n(pt.y)}`).join('');
}

/** A badge on its own, for the legend. */
export function legendBadge(findings: number, level: PlacedNode['node']['worstLevel']): string {
  const w = badgeWidth(badgeText(findings, level));
  return `<svg class="icon" width="${n(w)}" height="${String(BADGE_HEIGHT)}" viewBox="0 0 ${n(w)} ${String(BADGE_HEIGHT)}" aria-hidden="true">${badge(w, 0, findings, level, 'end')}</svg>`;
}
