import type { Box, PlacedEdge, PlacedNode, Point } from './types.js';

type Unlabelled = Omit<PlacedEdge, 'label'>;
interface LabelSize {
  readonly lines: readonly string[];
  readonly width: number;
  readonly height: number;
}

const GAP = 3;
const FRACTIONS = [0.5, 0.3, 0.7, 0.15, 0.85];

/**
 * Places bundle labels on the summary diagram's chords (the ELK layout reserves room for its labels
 * itself, see elk.ts): at the first candidate position along the route, longest segment first, that
 * overlaps no box, no container title and no label placed before it. When none is free, the label
 * goes on the middle of the longest segment; it has an opaque background, so it stays readable.
 */
export function placeLabels(
  nodes: readonly PlacedNode[],
  edges: readonly Unlabelled[],
  sizes: ReadonlyMap<string, LabelSize>,
  bounds: { readonly width: number; readonly height: number },
): PlacedEdge[] {
  const obstacles: Box[] = nodes.map((n) =>
    n.container ? { x: n.x, y: n.y, width: n.width, height: n.header } : n,
  );
  return edges.map((edge): PlacedEdge => {
    const size = sizes.get(edge.edge.key);
    if (size === undefined || size.height === 0 || edge.points.length < 2) return edge;
    const candidates = candidatesFor(edge.points, size);
    const inside = (b: Box): boolean =>
      b.x >= 0 && b.y >= 0 && b.x + b.width <= bounds.width && b.y + b.height <= bounds.height;
    const free = candidates.find((b) => inside(b) && !obstacles.some((o) => overlaps(b, o)));
    const fallback = candidates[0];
    if (fallback === undefined) return edge;
    const box = free ?? clampInto(fallback, bounds);
    obstacles.push(box);
    return { ...edge, label: { ...box, lines: size.lines } };
  });
}

function candidatesFor(points: readonly Point[], size: LabelSize): Box[] {
  const segments = points.slice(1).map((end, i) => {
    const start = points[i] ?? end;
    return { start, end, length: Math.abs(end.x - start.x) + Math.abs(end.y - start.y), i };
  });
  segments.sort((a, b) => b.length - a.length || a.i - b.i);
  const out: Box[] = [];
  for (const { start, end } of segments) {
    const horizontal = Math.abs(end.y - start.y) <= Math.abs(end.x - start.x);
    // On the line first (the label's background interrupts it), then beside it.
    const offsets = horizontal
      ? [
          { dx: 0, dy: 0 },
          { dx: 0, dy: -(size.height / 2 + GAP) },
          { dx: 0, dy: size.height / 2 + GAP },
        ]
      : [
          { dx: 0, dy: 0 },
          { dx: size.width / 2 + GAP, dy: 0 },
          { dx: -(size.width / 2 + GAP), dy: 0 },
        ];
    for (const t of FRACTIONS) {
      for (const { dx, dy } of offsets) {
        const cx = start.x + (end.x - start.x) * t + dx;
        const cy = start.y + (end.y - start.y) * t + dy;
        out.push({
          x: round(cx - size.width / 2),
          y: round(cy - size.height / 2),
          width: size.width,
          height: size.height,
        });
      }
    }
  }
  return out;
}

function clampInto(b: Box, bounds: { readonly width: number; readonly height: number }): Box {
  return {
    ...b,
    x: Math.max(0, Math.min(b.x, bounds.width - b.width)),
    y: Math.max(0, Math.min(b.y, bounds.height - b.height)),
  };
}

function overlaps(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width + GAP &&
    b.x < a.x + a.width + GAP &&
    a.y < b.y + b.height + GAP &&
    b.y < a.y + a.height + GAP
  );
}

const round = (v: number): number => Math.round(v * 10) / 10;
