import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { measureEdgeLabel, measureNode, type NodeSize } from './measure.js';
import type { LayoutInput, LayoutNode, PlacedEdge, PlacedNode, Point } from './types.js';

/**
 * ELK layered layout (Sugiyama) of the nested diagram. Nested boxes are laid out together with
 * their parents (INCLUDE_CHILDREN) so that flows between different boundaries are routed properly,
 * and ELK reports every coordinate relative to the root (json.shapeCoords/edgeCoords = ROOT).
 *
 * ELK leaves the labels of edges that cross hierarchy levels unplaced, and nearly every flow in a
 * diagram with trust boundaries does. So each label becomes a small node of its own, in the
 * container where the flow runs, with the flow split in two around it: ELK then reserves room for
 * it like for any box, and the label sits on its flow without overlapping anything.
 */
const ROOT_OPTIONS: Readonly<Record<string, string>> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.json.shapeCoords': 'ROOT',
  'elk.json.edgeCoords': 'ROOT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '24',
  'elk.layered.spacing.nodeNodeBetweenLayers': '36',
  'elk.spacing.edgeNode': '14',
  'elk.spacing.edgeEdge': '12',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
  'elk.padding': '[top=12,left=12,bottom=12,right=12]',
  // ELK's default seed, written down: the layout (and so the report) must be the same every run.
  'elk.randomSeed': '1',
};

export interface ElkRun {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly PlacedEdge[];
}

type ElkLayout = (graph: ElkNode) => Promise<ElkNode>;

let engine: Promise<ElkLayout> | undefined;

/** ELK is 2 MB of JavaScript; it is loaded on first use so other formats do not pay for it. */
function loadElk(): Promise<ElkLayout> {
  engine ??= import('elkjs/lib/elk.bundled.js').then((mod) => {
    // The CommonJS bundle sets `module.exports.default` to itself, which the typings describe.
    const elk = new mod.default.default();
    return (graph: ElkNode) => elk.layout(graph);
  });
  return engine;
}

const round = (v: number | undefined): number => Math.round((v ?? 0) * 10) / 10;

interface NodeInfo {
  readonly node: LayoutNode;
  readonly size: NodeSize;
  readonly depth: number;
  readonly ancestors: readonly string[];
}

export async function runElk(
  input: LayoutInput,
  extraOptions: Readonly<Record<string, string>> = {},
): Promise<ElkRun> {
  const info = new Map<string, NodeInfo>();
  const elkIdOf = new Map<string, string>();
  const byId = new Map<string, ElkNode>();
  const toElk = (node: LayoutNode, depth: number, ancestors: readonly string[]): ElkNode => {
    const id = `n${String(info.size)}`;
    const size = measureNode(node);
    info.set(id, { node, size, depth, ancestors });
    const elkNode: ElkNode =
      node.children.length === 0
        ? { id, width: size.width, height: size.height }
        : {
            id,
            layoutOptions: {
              'elk.padding': `[top=${String(size.header + 6)},left=14,bottom=14,right=14]`,
              'elk.nodeSize.constraints': 'MINIMUM_SIZE',
              'elk.nodeSize.minimum': `(${String(size.width)},${String(size.height)})`,
            },
            children: node.children.map((c) => toElk(c, depth + 1, [id, ...ancestors])),
            edges: [],
          };
    elkIdOf.set(node.key, id);
    byId.set(id, elkNode);
    return elkNode;
  };
  const root: ElkNode = {
    id: 'root',
    layoutOptions: { ...ROOT_OPTIONS, ...extraOptions },
    children: input.roots.map((r) => toElk(r, 0, [])),
    edges: [],
  };

  const labels = input.edges.map((edge) => measureEdgeLabel(edge));
  input.edges.forEach((edge, index) => {
    const source = elkIdOf.get(edge.source);
    const target = elkIdOf.get(edge.target);
    if (source === undefined || target === undefined) return;
    const container =
      byId.get(containerOf(source, target, (id) => info.get(id)?.ancestors ?? []) ?? '') ?? root;
    const label = labels[index];
    const id = `e${String(index)}`;
    if (label === undefined || label.height === 0) {
      container.edges?.push({ id, sources: [source], targets: [target] });
      return;
    }
    (container.children ??= []).push({ id: `${id}l`, width: label.width, height: label.height });
    container.edges?.push(
      { id: `${id}a`, sources: [source], targets: [`${id}l`] },
      { id: `${id}b`, sources: [`${id}l`], targets: [target] },
    );
  });

  const laid = await (await loadElk())(root);
  const nodes: PlacedNode[] = [];
  const labelBoxes = new Map<string, ElkNode>();
  const sections = new Map<string, Point[]>();
  const walk = (n: ElkNode): void => {
    const meta = info.get(n.id);
    if (meta !== undefined) {
      const container = meta.node.children.length > 0;
      nodes.push({
        node: meta.node,
        lines: meta.size.lines,
        ...(meta.size.detail === undefined ? {} : { detail: meta.size.detail }),
        depth: meta.depth,
        container,
        header: container ? meta.size.header : round(n.height),
        x: round(n.x),
        y: round(n.y),
        width: round(n.width),
        height: round(n.height),
      });
    } else if (n.id !== 'root') labelBoxes.set(n.id, n);
    for (const e of n.edges ?? []) sections.set(e.id, points(e));
    for (const child of n.children ?? []) walk(child);
  };
  walk(laid);
  // Nodes come out parents first; edges are drawn in model order whatever container held them.
  const edges = input.edges.flatMap((edge, index): PlacedEdge[] => {
    const id = `e${String(index)}`;
    const whole = sections.get(id);
    if (whole !== undefined) return [{ edge, points: whole }];
    const box = labelBoxes.get(`${id}l`);
    const before = sections.get(`${id}a`);
    const after = sections.get(`${id}b`);
    const label = labels[index];
    if (box === undefined || before === undefined || after === undefined || label === undefined)
      return [];
    return [
      {
        edge,
        points: [...before, ...after],
        label: {
          x: round(box.x),
          y: round(box.y),
          width: round(box.width),
          height: round(box.height),
          lines: label.lines,
        },
      },
    ];
  });
  return { width: round(laid.width), height: round(laid.height), nodes, edges };
}

function points(edge: ElkExtendedEdge): Point[] {
  const out: Point[] = [];
  for (const s of edge.sections ?? []) {
    for (const p of [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]) {
      const q = { x: round(p.x), y: round(p.y) };
      const last = out[out.length - 1];
      if (last?.x !== q.x || last.y !== q.y) out.push(q);
    }
  }
  return out;
}

/**
 * ELK wants each edge in the lowest common ancestor of its ends; an edge between a box and something
 * nested in it belongs to that box, and a self-loop to the box's parent.
 */
function containerOf(
  source: string,
  target: string,
  ancestors: (id: string) => readonly string[],
): string | undefined {
  const sourceChain = source === target ? ancestors(source) : [source, ...ancestors(source)];
  const targetChain = [target, ...ancestors(target)];
  return sourceChain.find((id) => targetChain.includes(id));
}
