import type { Analysis } from '../analyze.js';
import { compareStrings } from '../common/order.js';
import type { DeviceModel } from '../model/types.js';
import type { ComponentKind, ElementType } from '../model/vocabulary.js';
import { riskRank, type RiskLevel } from '../findings/scales.js';

/**
 * The data-flow diagram as a tree of containers (trust boundaries, components with nested ones) and
 * a flat list of flows. Layout and drawing happen later; this is only what to draw.
 */
export interface DiagramNode {
  readonly id: string;
  readonly label: string;
  readonly kind: 'boundary' | 'component';
  /** DFD3 shape for components. */
  readonly elementType?: ElementType;
  /** What the component is (`mobile-app`, `database` …), shown as a tooltip. */
  readonly componentKind?: ComponentKind;
  readonly children: readonly DiagramNode[];
  /** Active findings on this element (interfaces count for their component). */
  readonly findings: number;
  readonly worstLevel?: RiskLevel;
}

export interface DiagramEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly label: string;
  readonly crossesBoundary: boolean;
  /** DFD flows are two-way unless the model says `oneWay`; drawn with arrowheads at both ends. */
  readonly bidirectional: boolean;
  readonly findings: number;
  readonly worstLevel?: RiskLevel;
}

export interface Diagram {
  readonly roots: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
}

export function buildDiagram(model: DeviceModel, analysis: Analysis): Diagram {
  const stats = new Map<string, { count: number; worst?: RiskLevel }>();
  for (const finding of analysis.findings) {
    if (
      finding.subject.kind !== 'component' &&
      finding.subject.kind !== 'flow' &&
      finding.subject.kind !== 'interface' &&
      finding.subject.kind !== 'boundary'
    )
      continue;
    const id =
      finding.subject.kind === 'interface'
        ? (finding.subject.id.split('/')[0] ?? '')
        : finding.subject.id;
    const current = stats.get(id) ?? { count: 0 };
    const worst =
      current.worst === undefined || riskRank(finding.level) > riskRank(current.worst)
        ? finding.level
        : current.worst;
    stats.set(id, { count: current.count + 1, worst });
  }
  const withStats = (id: string) => {
    const s = stats.get(id);
    return s === undefined
      ? { findings: 0 }
      : { findings: s.count, ...(s.worst === undefined ? {} : { worstLevel: s.worst }) };
  };

  const componentIds = new Set(model.components.map((c) => c.id));
  const childComponents = new Map<string, string[]>();
  for (const c of model.components) {
    if (c.parent !== undefined && componentIds.has(c.parent))
      childComponents.set(c.parent, [...(childComponents.get(c.parent) ?? []), c.id]);
  }
  // A component is drawn in its parent component when it has one, else in its innermost boundary.
  const directBoundary = new Map<string, string>();
  const depth = (id: string): number => {
    let n = 0;
    for (
      let b = model.trustBoundaries.find((x) => x.id === id)?.parent;
      b !== undefined && n < 64;
      b = model.trustBoundaries.find((x) => x.id === b)?.parent
    )
      n++;
    return n;
  };
  for (const boundary of [...model.trustBoundaries].sort(
    (a, b) => depth(a.id) - depth(b.id) || compareStrings(a.id, b.id),
  )) {
    for (const member of boundary.members) directBoundary.set(member, boundary.id);
  }
  const byId = new Map(model.components.map((c) => [c.id, c] as const));
  const componentNode = (id: string): DiagramNode => {
    const c = byId.get(id);
    return {
      id,
      label: c?.name ?? id,
      kind: 'component',
      ...(c === undefined ? {} : { elementType: c.type, componentKind: c.kind }),
      children: (childComponents.get(id) ?? []).sort(compareStrings).map(componentNode),
      ...withStats(id),
    };
  };
  const topLevel = model.components.filter(
    (c) => c.parent === undefined || !componentIds.has(c.parent),
  );
  const inBoundary = new Map<string, string[]>();
  const outside: string[] = [];
  for (const c of topLevel) {
    const b = directBoundary.get(c.id);
    if (b === undefined) outside.push(c.id);
    else inBoundary.set(b, [...(inBoundary.get(b) ?? []), c.id]);
  }
  const boundaryNode = (id: string): DiagramNode => {
    const b = model.trustBoundaries.find((x) => x.id === id);
    const nested = model.trustBoundaries.filter((x) => x.parent === id).map((x) => x.id);
    return {
      id,
      label: b?.name ?? id,
      kind: 'boundary',
      children: [
        ...nested.map(boundaryNode),
        ...(inBoundary.get(id) ?? []).sort(compareStrings).map(componentNode),
      ],
      ...withStats(id),
    };
  };
  const boundaryIds = new Set(model.trustBoundaries.map((b) => b.id));
  const roots = [
    ...model.trustBoundaries
      .filter((b) => b.parent === undefined || !boundaryIds.has(b.parent))
      .map((b) => boundaryNode(b.id)),
    ...outside.sort(compareStrings).map(componentNode),
  ];
  const boundaryOf = (id: string): string | undefined => {
    for (
      let current: string | undefined = id;
      current !== undefined;
      current = byId.get(current)?.parent
    ) {
      const b = directBoundary.get(current);
      if (b !== undefined) return b;
    }
    return undefined;
  };
  const edges = model.dataFlows.map((f): DiagramEdge => ({
    id: f.id,
    source: f.source,
    target: f.target,
    label: f.name ?? f.protocol?.name ?? f.id,
    crossesBoundary: boundaryOf(f.source) !== boundaryOf(f.target),
    bidirectional: !f.oneWay,
    ...withStats(f.id),
  }));
  return { roots, edges };
}
