import { measureEdgeLabel, measureNode } from './measure.js';
import { placeLabels } from './labels.js';
import type { Box, LayoutInput, PlacedEdge, PlacedNode, Point } from './types.js';

const MARGIN = 16;

/**
 * Layout of the summary diagram without ELK: the groups on a circle, the bundles as straight chords
 * between them. A circle keeps every chord clear of the other boxes, costs microseconds, and
 * keeps big models from paying ELK's start-up (about half a second before any layout happens).
 */
export function circleLayout(
  input: LayoutInput,
  labels: boolean,
): { width: number; height: number; nodes: PlacedNode[]; edges: PlacedEdge[] } {
  const sizes = input.roots.map(measureNode);
  const n = input.roots.length;
  // Room on the circumference for every box's diagonal, plus some air between them.
  const circumference = sizes.reduce((sum, s) => sum + Math.hypot(s.width, s.height) + 40, 0);
  const radius = n <= 1 ? 0 : Math.max(140, circumference / (2 * Math.PI));
  const nodes = input.roots.map((node, i): PlacedNode => {
    const size = sizes[i] ?? measureNode(node);
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
    const box = {
      x: round(radius * Math.cos(angle) - size.width / 2),
      y: round(radius * Math.sin(angle) - size.height / 2),
      width: size.width,
      height: size.height,
    };
    return {
      node,
      lines: size.lines,
      ...(size.detail === undefined ? {} : { detail: size.detail }),
      depth: 0,
      container: false,
      header: box.height,
      ...box,
    };
  });
  // Shift everything so the drawing starts at the margin; labels get a margin of their own.
  const minX = Math.min(...nodes.map((b) => b.x)) - MARGIN;
  const minY = Math.min(...nodes.map((b) => b.y)) - MARGIN;
  const shift = <T extends Point>(p: T): T => ({
    ...p,
    x: round(p.x - minX),
    y: round(p.y - minY),
  });
  const placedNodes = nodes.map(shift);
  const placed = new Map(placedNodes.map((p) => [p.node.key, p] as const));
  const edges = input.edges.flatMap((edge) => {
    const from = placed.get(edge.source);
    const to = placed.get(edge.target);
    if (from === undefined || to === undefined || from === to) return [];
    return [{ edge, points: [border(from, centre(to)), border(to, centre(from))] }];
  });
  const size = {
    width: round(Math.max(...placedNodes.map((b) => b.x + b.width)) + MARGIN),
    height: round(Math.max(...placedNodes.map((b) => b.y + b.height)) + MARGIN),
  };
  const labelSizes = new Map(
    labels ? input.edges.map((e) => [e.key, measureEdgeLabel(e)] as const) : [],
  );
  return { ...size, nodes: placedNodes, edges: placeLabels(placedNodes, edges, labelSizes, size) };
}

const round = (v: number): number => Math.round(v * 10) / 10;
const centre = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Where the line from the box's centre towards `p` leaves the box. */
function border(b: Box, p: Point): Point {
  const c = centre(b);
  const dx = p.x - c.x;
  const dy = p.y - c.y;
  const scale = Math.min(
    dx === 0 ? Infinity : b.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : b.height / 2 / Math.abs(dy),
  );
  return { x: round(c.x + dx * scale), y: round(c.y + dy * scale) };
}
