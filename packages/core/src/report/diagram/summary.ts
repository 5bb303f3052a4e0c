import { compareStrings } from '../../common/order.js';
import { riskRank, type RiskLevel } from '../../findings/scales.js';
import type { Diagram, DiagramNode } from '../diagram.js';
import { findingsPhrase } from './input.js';
import { elementKey, OUTSIDE_KEY } from './keys.js';
import type { LayoutEdge, LayoutInput, LayoutNode } from './types.js';

interface Tally {
  components: number;
  boundaries: number;
  flows: number;
  findings: number;
  worst?: RiskLevel;
}

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${String(n)} ${n === 1 ? one : many}`;

function add(tally: Tally, findings: number, worst: RiskLevel | undefined): void {
  tally.findings += findings;
  if (worst !== undefined && (tally.worst === undefined || riskRank(worst) > riskRank(tally.worst)))
    tally.worst = worst;
}

/**
 * The fallback for models too large to lay out element by element: one box per top-level trust
 * boundary (everything in no boundary shares one box) and one edge per pair of boxes that flows
 * connect, carrying the flow count and the findings on those flows. Findings inside a box are
 * counted on the box, so no finding disappears from the picture.
 */
export function summaryInput(diagram: Diagram): LayoutInput {
  const locate = new Map<string, string>();
  const tallies = new Map<string, Tally>();
  const groupOf = new Map<string, string>();
  const visit = (n: DiagramNode, group: string, tally: Tally): void => {
    const key = elementKey(n.kind, n.id);
    locate.set(key, group);
    groupOf.set(key, group);
    if (n.kind === 'component') tally.components++;
    else if (key !== group) tally.boundaries++;
    add(tally, n.findings, n.worstLevel);
    for (const child of n.children) visit(child, group, tally);
  };
  for (const root of diagram.roots) {
    const group = root.kind === 'boundary' ? elementKey('boundary', root.id) : OUTSIDE_KEY;
    const tally = tallies.get(group) ?? { components: 0, boundaries: 0, flows: 0, findings: 0 };
    tallies.set(group, tally);
    visit(root, group, tally);
  }

  const pairs = new Map<
    string,
    { a: string; b: string; forward: boolean; backward: boolean; members: string[]; tally: Tally }
  >();
  for (const e of diagram.edges) {
    const key = elementKey('flow', e.id);
    const from = groupOf.get(elementKey('component', e.source)) ?? OUTSIDE_KEY;
    const to = groupOf.get(elementKey('component', e.target)) ?? OUTSIDE_KEY;
    const inside = tallies.get(from);
    if (from === to && inside !== undefined) {
      locate.set(key, from);
      inside.flows++;
      add(inside, e.findings, e.worstLevel);
      continue;
    }
    const [a, b] = compareStrings(from, to) <= 0 ? [from, to] : [to, from];
    const pairKey = `summary:${a}|${b}`;
    const pair = pairs.get(pairKey) ?? {
      a,
      b,
      forward: false,
      backward: false,
      members: [],
      tally: { components: 0, boundaries: 0, flows: 0, findings: 0 },
    };
    pairs.set(pairKey, pair);
    if (e.bidirectional || from === a) pair.forward = true;
    if (e.bidirectional || from === b) pair.backward = true;
    pair.members.push(key);
    add(pair.tally, e.findings, e.worstLevel);
    locate.set(key, pairKey);
  }

  const labelOf = new Map(
    diagram.roots
      .filter((r) => r.kind === 'boundary')
      .map((r) => [elementKey('boundary', r.id), r.label] as const),
  );
  const roots = [...tallies.entries()].map(([key, t]): LayoutNode => {
    const label = labelOf.get(key) ?? 'Outside any trust boundary';
    const contents = [
      plural(t.components, 'component'),
      ...(t.boundaries > 0 ? [plural(t.boundaries, 'nested boundary', 'nested boundaries')] : []),
      `${plural(t.flows, 'flow')} inside`,
    ];
    return {
      key,
      shape: 'group',
      label,
      detail: contents.join(' · '),
      tooltip: `${key === OUTSIDE_KEY ? label : `Trust boundary ${label}`}: ${contents.join(', ')}; ${findingsPhrase(t.findings, t.worst)}`,
      findings: t.findings,
      ...(t.worst === undefined ? {} : { worstLevel: t.worst }),
      children: [],
    };
  });
  const edges = [...pairs.entries()]
    .sort(([x], [y]) => compareStrings(x, y))
    .map(([key, p]): LayoutEdge => {
      // Draw one-way bundles in their direction; mixed bundles get arrowheads at both ends.
      const reverse = p.backward && !p.forward;
      const label = plural(p.members.length, 'flow');
      return {
        key,
        source: reverse ? p.b : p.a,
        target: reverse ? p.a : p.b,
        label,
        tooltip: `${label} between ${labelOf.get(p.a) ?? 'outside'} and ${labelOf.get(p.b) ?? 'outside'}: ${findingsPhrase(p.tally.findings, p.tally.worst)}`,
        crossesBoundary: true,
        bidirectional: p.forward && p.backward,
        findings: p.tally.findings,
        ...(p.tally.worst === undefined ? {} : { worstLevel: p.tally.worst }),
        members: p.members,
      };
    });
  return { roots, edges, locate };
}
