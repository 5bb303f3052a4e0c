import type { Diagram, DiagramEdge, DiagramNode } from '../diagram.js';
import { elementKey } from './keys.js';
import type { LayoutEdge, LayoutInput, LayoutNode, NodeShape } from './types.js';

const SHAPE_NAMES: Readonly<Record<NodeShape, string>> = {
  boundary: 'Trust boundary',
  'external-entity': 'External entity',
  process: 'Process',
  'data-store': 'Data store',
  group: 'Trust boundary (summary)',
};

export function findingsPhrase(findings: number, worst: string | undefined): string {
  if (findings === 0) return 'no active findings';
  return `${String(findings)} active finding${findings === 1 ? '' : 's'}, worst residual risk ${worst ?? 'info'}`;
}

/** Every boundary, component and flow of the model, as they are nested there. */
export function fullInput(diagram: Diagram): LayoutInput {
  const locate = new Map<string, string>();
  const node = (n: DiagramNode): LayoutNode => {
    const key = elementKey(n.kind, n.id);
    locate.set(key, key);
    const shape: NodeShape = n.kind === 'boundary' ? 'boundary' : (n.elementType ?? 'process');
    const kind = n.componentKind?.replace(/-/g, ' ');
    return {
      key,
      shape,
      label: n.label,
      ...(kind === undefined ? {} : { detail: kind }),
      tooltip: `${SHAPE_NAMES[shape]} ${n.label} (${n.id}${kind === undefined ? '' : `, ${kind}`}): ${findingsPhrase(n.findings, n.worstLevel)}`,
      findings: n.findings,
      ...(n.worstLevel === undefined ? {} : { worstLevel: n.worstLevel }),
      children: n.children.map(node),
    };
  };
  const roots = diagram.roots.map(node);
  const edges = diagram.edges.map((e: DiagramEdge): LayoutEdge => {
    const key = elementKey('flow', e.id);
    locate.set(key, key);
    return {
      key,
      source: elementKey('component', e.source),
      target: elementKey('component', e.target),
      label: e.label,
      tooltip: `Data flow ${e.label} (${e.id}) from ${e.source} to ${e.target}${e.bidirectional ? ', both ways' : ', one way'}${e.crossesBoundary ? ', crosses a trust boundary' : ''}: ${findingsPhrase(e.findings, e.worstLevel)}`,
      crossesBoundary: e.crossesBoundary,
      bidirectional: e.bidirectional,
      findings: e.findings,
      ...(e.worstLevel === undefined ? {} : { worstLevel: e.worstLevel }),
      members: [key],
    };
  });
  return { roots, edges, locate };
}
