import type { RiskLevel } from '../../findings/scales.js';

/** DFD3 shapes, plus the dashed trust-boundary box and the summary diagram's group box. */
export type NodeShape = 'boundary' | 'external-entity' | 'process' | 'data-store' | 'group';

/** A box to lay out: a trust boundary, a component (maybe holding nested ones) or a summary group. */
export interface LayoutNode {
  /** Element key (`component:pump`), see keys.ts. */
  readonly key: string;
  readonly shape: NodeShape;
  readonly label: string;
  /** Small second line: the component kind, or what a group holds. */
  readonly detail?: string;
  readonly tooltip: string;
  /** Active findings on the element (for groups: on everything inside). */
  readonly findings: number;
  readonly worstLevel?: RiskLevel;
  readonly children: readonly LayoutNode[];
}

export interface LayoutEdge {
  readonly key: string;
  /** Node keys. */
  readonly source: string;
  readonly target: string;
  readonly label: string;
  readonly tooltip: string;
  readonly crossesBoundary: boolean;
  readonly bidirectional: boolean;
  readonly findings: number;
  readonly worstLevel?: RiskLevel;
  /** Flow keys this edge stands for: its own, or every flow a summary edge aggregates. */
  readonly members: readonly string[];
}

export interface LayoutInput {
  readonly roots: readonly LayoutNode[];
  readonly edges: readonly LayoutEdge[];
  /** Element key → key of the drawn shape that shows it (itself, or its summary group or edge). */
  readonly locate: ReadonlyMap<string, string>;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box extends Point {
  readonly width: number;
  readonly height: number;
}

export interface PlacedNode extends Box {
  readonly node: LayoutNode;
  /** The label as wrapped for drawing. */
  readonly lines: readonly string[];
  /** The second line as drawn (shortened to fit). */
  readonly detail?: string;
  readonly depth: number;
  /** True when other boxes are drawn inside (the label then sits in a header). */
  readonly container: boolean;
  /** Height of the title band of a container (its full height for other boxes). */
  readonly header: number;
}

export interface PlacedEdge {
  readonly edge: LayoutEdge;
  /** Polyline in diagram coordinates, source to target. */
  readonly points: readonly Point[];
  readonly label?: Box & { readonly lines: readonly string[] };
}

/**
 * A laid-out diagram in absolute coordinates. `full` draws every element; `summary` draws one box
 * per top-level trust boundary (models above the size limit); `none` draws nothing (see `note`).
 */
export interface DiagramLayout {
  readonly mode: 'full' | 'summary' | 'none';
  readonly width: number;
  readonly height: number;
  /** Containers before their contents, so drawing in order paints children on top. */
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly PlacedEdge[];
  readonly locate: ReadonlyMap<string, string>;
  /** Why the diagram is simplified or absent; empty for a full diagram. */
  readonly note: string;
  /** True when the note reports a failure rather than a size limit. */
  readonly failed: boolean;
}
