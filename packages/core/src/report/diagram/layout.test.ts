import { describe, expect, it } from 'vitest';
import { pumpDocument } from '../formats/__fixtures__/pump-model.js';
import type { Diagram, DiagramNode } from '../diagram.js';
import { elementKey, OUTSIDE_KEY } from './keys.js';
import { FULL_DIAGRAM_LIMIT, layoutDiagram } from './layout.js';
import { drawDiagram } from './svg.js';
import type { Box, PlacedNode } from './types.js';

const inside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;
const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const onBorder = (p: { x: number; y: number }, b: Box): boolean => {
  const near = (v: number, w: number): boolean => Math.abs(v - w) <= 1;
  const withinX = p.x >= b.x - 1 && p.x <= b.x + b.width + 1;
  const withinY = p.y >= b.y - 1 && p.y <= b.y + b.height + 1;
  return (
    (withinY && (near(p.x, b.x) || near(p.x, b.x + b.width))) ||
    (withinX && (near(p.y, b.y) || near(p.y, b.y + b.height)))
  );
};

function allNodes(nodes: readonly DiagramNode[]): DiagramNode[] {
  return nodes.flatMap((n) => [n, ...allNodes(n.children)]);
}

describe('full diagram layout (ELK)', () => {
  const doc = pumpDocument();

  it('draws every component, boundary and flow of the model', async () => {
    const layout = await layoutDiagram(doc.diagram);
    const { svg } = drawDiagram(layout, 'DFD', 'test');

    expect(layout.mode).toBe('full');
    for (const c of doc.model.components) expect(svg).toContain(`data-el="component:${c.id}"`);
    for (const b of doc.model.trustBoundaries) expect(svg).toContain(`data-el="boundary:${b.id}"`);
    for (const f of doc.model.dataFlows) expect(svg).toContain(`data-el="flow:${f.id}"`);
    expect(svg.match(/<g class="n /g)).toHaveLength(
      doc.model.components.length + doc.model.trustBoundaries.length,
    );
    expect(svg.match(/<g class="e[ "]/g)).toHaveLength(doc.model.dataFlows.length);
  });

  it('nests boxes inside their containers and keeps siblings apart', async () => {
    const layout = await layoutDiagram(doc.diagram);
    const placed = new Map(layout.nodes.map((p) => [p.node.key, p] as const));
    let checked = 0;

    for (const parent of layout.nodes) {
      const children = parent.node.children
        .map((c) => placed.get(c.key))
        .filter((c): c is PlacedNode => c !== undefined);
      expect(children).toHaveLength(parent.node.children.length);
      for (const child of children) {
        expect(inside(child, parent), `${child.node.key} inside ${parent.node.key}`).toBe(true);
        // Children start below the container's title band.
        expect(child.y).toBeGreaterThanOrEqual(parent.y + parent.header);
        checked++;
      }
      for (const [i, a] of children.entries())
        for (const b of children.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    }
    expect(checked).toBeGreaterThanOrEqual(5); // pump-fw in pump, pump in body, app, cloud-api, cloud-data, db …
  });

  it('routes each flow from its source box to its target box, with its label clear of every box', async () => {
    const layout = await layoutDiagram(doc.diagram);
    const placed = new Map(layout.nodes.map((p) => [p.node.key, p] as const));
    const leaves = layout.nodes.filter((p) => !p.container);

    for (const { edge, points, label } of layout.edges) {
      const source = placed.get(edge.source);
      const target = placed.get(edge.target);
      const first = points[0];
      const last = points[points.length - 1];
      expect(source && target && first && last).toBeTruthy();
      if (!source || !target || !first || !last) continue;
      expect(onBorder(first, source), `${edge.key} starts on ${edge.source}`).toBe(true);
      expect(onBorder(last, target), `${edge.key} ends on ${edge.target}`).toBe(true);
      expect(label, `${edge.key} has a label`).toBeDefined();
      for (const leaf of leaves)
        if (label)
          expect(overlap(label, leaf), `${edge.key} label vs ${leaf.node.key}`).toBe(false);
    }
  });

  it('marks flows that cross a trust boundary and two-way flows', async () => {
    const layout = await layoutDiagram(doc.diagram);
    const { svg } = drawDiagram(layout, 'DFD', 'test');

    const edge = (key: string): string =>
      svg.split('\n').find((line) => line.includes(`data-el="${key}"`)) ?? '';

    // app (phone) → pump (body) crosses a boundary and goes both ways; cloud-api → db stays in the
    // cloud but enters its nested data tier; the firmware update is one-way.
    expect(edge('flow:app-pump')).toMatch(/^<g class="e x[ "]/);
    expect(edge('flow:app-pump')).toContain(
      'marker-end="url(#dfd-arrow)" marker-start="url(#dfd-arrow)"',
    );
    expect(edge('flow:cloud-db')).toMatch(/^<g class="e x[ "]/);
    expect(edge('flow:pump-fw-update')).toContain('marker-end="url(#dfd-arrow)"/>');
    expect(edge('flow:pump-fw-update')).not.toContain('marker-start');
    // Inside the pump, from the pump to its firmware: no boundary crossed.
    expect(edge('flow:pump-ctrl')).toMatch(/^<g class="e[ "](?!x)/);
  });

  it('shows findings as a badge with count and level in words', async () => {
    const layout = await layoutDiagram(doc.diagram);
    const { svg } = drawDiagram(layout, 'DFD', 'test');
    const pump = allNodes(doc.diagram.roots).find((n) => n.id === 'pump');

    expect(pump?.findings).toBeGreaterThan(0);
    expect(svg).toContain(`>${String(pump?.findings)} · ${pump?.worstLevel ?? ''}</text>`);
  });

  it('is deterministic', async () => {
    const first = await layoutDiagram(doc.diagram);
    const second = await layoutDiagram(pumpDocument({ reversed: true }).diagram);

    expect(drawDiagram(second, 't', 'd').svg).toBe(drawDiagram(first, 't', 'd').svg);
  });
});

describe('summary diagram (large models)', () => {
  const doc = pumpDocument();

  it('draws one box per top-level boundary and bundles the flows between them', async () => {
    const layout = await layoutDiagram(doc.diagram, { full: 3 });
    const keys = layout.nodes.map((p) => p.node.key);

    expect(layout.mode).toBe('summary');
    expect(layout.note).toContain('more than the 3 drawn one by one');
    expect(keys).toEqual(['boundary:body', 'boundary:cloud', 'boundary:phone', OUTSIDE_KEY]);
    // Every element is located on the box or bundle that stands for it.
    expect(layout.locate.get(elementKey('component', 'db'))).toBe('boundary:cloud');
    expect(layout.locate.get(elementKey('component', 'clinician'))).toBe(OUTSIDE_KEY);
    const bundle = layout.edges.find((e) => e.edge.members.includes('flow:app-pump'));
    expect(bundle?.edge.members).toEqual(['flow:app-pump', 'flow:pump-fw-update']);
    expect(layout.locate.get('flow:cloud-db')).toBe('boundary:cloud');
  });

  it('loses no finding: boxes and bundles add up to the whole diagram', async () => {
    const layout = await layoutDiagram(doc.diagram, { full: 3 });
    const total =
      allNodes(doc.diagram.roots).reduce((n, node) => n + node.findings, 0) +
      doc.diagram.edges.reduce((n, e) => n + e.findings, 0);

    const drawn =
      layout.nodes.reduce((n, p) => n + p.node.findings, 0) +
      layout.edges.reduce((n, e) => n + e.edge.findings, 0);
    expect(drawn).toBe(total);
  });

  it('is chosen for the 1,000-component, 3,000-flow benchmark size without running ELK', async () => {
    const diagram = benchmarkDiagram(1000, 3000, 20);

    const layout = await layoutDiagram(diagram);

    expect(FULL_DIAGRAM_LIMIT).toBeLessThan(4000);
    expect(layout.mode).toBe('summary');
    expect(layout.nodes).toHaveLength(21);
    expect(
      layout.edges.reduce((n, e) => n + e.edge.members.length, 0) +
        layout.nodes.reduce(
          (n, p) => n + Number(/(\d+) flows? inside/.exec(p.node.detail ?? '')?.[1] ?? 0),
          0,
        ),
    ).toBe(3000);
  });

  it('gives up drawing, and says so, when even the summary would be unreadable', async () => {
    const layout = await layoutDiagram(doc.diagram, { full: 3, summary: 2 });

    expect(layout.mode).toBe('none');
    expect(layout.nodes).toHaveLength(0);
    expect(layout.note).toContain('too many to draw');
  });
});

/** A synthetic diagram of the benchmark's size: boundaries of 1000/b components, flows between neighbours. */
function benchmarkDiagram(components: number, flows: number, boundaries: number): Diagram {
  const leaf = (i: number): DiagramNode => ({
    id: `c${String(i)}`,
    label: `Component ${String(i)}`,
    kind: 'component',
    elementType: 'process',
    children: [],
    findings: i % 3,
    ...(i % 3 > 0 ? { worstLevel: 'medium' as const } : {}),
  });
  const roots: DiagramNode[] = Array.from({ length: boundaries }, (_, b) => ({
    id: `b${String(b)}`,
    label: `Boundary ${String(b)}`,
    kind: 'boundary',
    children: Array.from({ length: components / boundaries - 1 }, (_, j) =>
      leaf(b * (components / boundaries) + j),
    ),
    findings: 0,
  }));
  roots.push(
    ...Array.from({ length: boundaries }, (_, b) => leaf((b + 1) * (components / boundaries) - 1)),
  );
  const edges = Array.from({ length: flows }, (_, i) => ({
    id: `f${String(i)}`,
    source: `c${String(i % components)}`,
    target: `c${String((i * 7 + 13) % components)}`,
    label: `flow ${String(i)}`,
    crossesBoundary: true,
    bidirectional: i % 2 === 0,
    findings: 1,
    worstLevel: 'low' as const,
  }));
  return { roots, edges };
}
