import {
  BADGE_HEIGHT,
  badgeText,
  badgeWidth,
  EDGE_LABEL,
  FONT,
  GROUP,
  HEADER,
  LEAF,
  LINE,
  PAD,
} from './metrics.js';
import { ellipsize, textWidth, wrapText } from './text.js';
import type { LayoutEdge, LayoutNode } from './types.js';

export interface NodeSize {
  readonly lines: readonly string[];
  /** The second line, shortened to fit. */
  readonly detail?: string;
  readonly width: number;
  readonly height: number;
  /** Containers: the band at the top that holds the label; their children start below it. */
  readonly header: number;
}

const widest = (lines: readonly string[], size: number): number =>
  Math.max(0, ...lines.map((l) => textWidth(l, size)));

function badgeSpace(findings: number, worst: LayoutNode['worstLevel']): number {
  return findings > 0 ? badgeWidth(badgeText(findings, worst)) : 0;
}

/** Leaves get a fixed size from their text; containers a minimum size that fits their header. */
export function measureNode(node: LayoutNode): NodeSize {
  const container = node.children.length > 0;
  const room = container
    ? HEADER.textWidth
    : node.shape === 'group'
      ? GROUP.textWidth
      : LEAF.textWidth;
  const lines = wrapText(node.label, room, FONT.label, container ? HEADER.maxLines : LEAF.maxLines);
  const detail =
    node.detail === undefined || textWidth(node.detail, FONT.detail) <= room
      ? node.detail
      : ellipsize(node.detail, room, FONT.detail);
  const detailWidth = detail === undefined ? 0 : textWidth(detail, FONT.detail);
  const badge = badgeSpace(node.findings, node.worstLevel);
  const text = PAD.top + lines.length * LINE.label + (detail === undefined ? 0 : LINE.detail);
  const fitted = detail === undefined ? {} : { detail };
  if (container) {
    // The badge sits to the right of the title in the header.
    const width =
      Math.max(widest(lines, FONT.label) + (badge > 0 ? PAD.gap * 2 + badge : 0), detailWidth) +
      2 * PAD.x;
    return { lines, ...fitted, width, height: text + PAD.bottom + 40, header: text + PAD.bottom };
  }
  const maxWidth = node.shape === 'group' ? GROUP.maxWidth : LEAF.maxWidth;
  const width = Math.min(
    maxWidth,
    Math.max(LEAF.minWidth, Math.max(widest(lines, FONT.label), detailWidth, badge) + 2 * PAD.x),
  );
  const height = text + (badge > 0 ? PAD.gap + BADGE_HEIGHT : 0) + PAD.bottom;
  return { lines, ...fitted, width, height, header: 0 };
}

/** Flow labels are one row: the name (up to two lines) and the badge to its right. */
export function measureEdgeLabel(edge: LayoutEdge): {
  lines: readonly string[];
  width: number;
  height: number;
} {
  const lines =
    edge.label === ''
      ? []
      : wrapText(edge.label, EDGE_LABEL.textWidth, FONT.edge, EDGE_LABEL.maxLines);
  const badge = badgeSpace(edge.findings, edge.worstLevel);
  const text = widest(lines, FONT.edge);
  if (text === 0 && badge === 0) return { lines, width: 0, height: 0 };
  return {
    lines,
    width: text + (text > 0 && badge > 0 ? PAD.gap : 0) + badge + 2 * EDGE_LABEL.pad,
    height: Math.max(lines.length * LINE.edge, badge > 0 ? BADGE_HEIGHT : 0) + 2 * EDGE_LABEL.pad,
  };
}
