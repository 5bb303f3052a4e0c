import type { SubjectRef } from '../../findings/types.js';
import type { Diagram, DiagramNode } from '../diagram.js';

/**
 * Keys name diagram elements across the page: SVG shapes, findings rows and filters all use
 * `kind:id`, because a component, a flow and a boundary may share an id.
 */
export function elementKey(kind: 'boundary' | 'component' | 'flow', id: string): string {
  return `${kind}:${id}`;
}

/** Scope token of elements in no trust boundary; the summary diagram draws them as one group. */
export const OUTSIDE_KEY = 'outside:';

/** The diagram element a finding is drawn on; interfaces belong to their component. */
export function subjectKey(subject: SubjectRef): string | undefined {
  switch (subject.kind) {
    case 'component':
    case 'flow':
    case 'boundary':
      return elementKey(subject.kind, subject.id);
    case 'interface':
      return elementKey('component', subject.id.split('/')[0] ?? subject.id);
    default:
      return undefined;
  }
}

/**
 * For every node and flow key, the keys of the containers it lies in, innermost first. Selecting a
 * container in the diagram selects everything in its scope. Flows lie in the containers shared by
 * both ends; elements in no boundary also carry `OUTSIDE_KEY`.
 */
export function containerScopes(diagram: Diagram): Map<string, readonly string[]> {
  const scopes = new Map<string, readonly string[]>();
  const visit = (node: DiagramNode, ancestors: readonly string[], inBoundary: boolean): void => {
    const key = elementKey(node.kind, node.id);
    scopes.set(key, inBoundary ? ancestors : [...ancestors, OUTSIDE_KEY]);
    for (const child of node.children)
      visit(child, [key, ...ancestors], inBoundary || node.kind === 'boundary');
  };
  for (const root of diagram.roots) visit(root, [], false);
  for (const edge of diagram.edges) {
    const source = elementKey('component', edge.source);
    const target = [
      elementKey('component', edge.target),
      ...(scopes.get(elementKey('component', edge.target)) ?? []),
    ];
    const shared = [source, ...(scopes.get(source) ?? [])].filter((key) => target.includes(key));
    scopes.set(elementKey('flow', edge.id), shared);
  }
  return scopes;
}
