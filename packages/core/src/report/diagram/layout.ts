import type { Diagram, DiagramNode } from '../diagram.js';
import { circleLayout } from './circle.js';
import { runElk } from './elk.js';
import { fullInput } from './input.js';
import { summaryInput } from './summary.js';
import type { DiagramLayout } from './types.js';

/**
 * Size limits, in drawn elements (boundaries + components + flows). ELK's layered layout of nested
 * graphs grows much faster than linearly: measured with elkjs 0.12 on the 2-core machine, a cold
 * layout takes about 0.3 s for 30 elements, 1 s for 100 and 2 s for 250, plus 0.2 s to load ELK.
 * All report formats together must render the 1,000-component, 3,000-flow benchmark model well
 * under 2 s, so larger models get the summary diagram. The choice depends only on the model's size
 * (never on elapsed time), so the report stays deterministic.
 */
export const FULL_DIAGRAM_LIMIT = 200;
/** Above this many, ELK runs one crossing-minimisation pass instead of seven. */
const THOROUGH_LIMIT = 100;
/** Summary groups; a circle of hundreds of boxes helps no one. */
const SUMMARY_DIAGRAM_LIMIT = 100;
/** Above this many bundles their labels would pile up in the circle's middle; tooltips remain. */
const BUNDLE_LABEL_LIMIT = 60;

export interface LayoutLimits {
  readonly full?: number;
  readonly summary?: number;
}

export async function layoutDiagram(
  diagram: Diagram,
  limits: LayoutLimits = {},
): Promise<DiagramLayout> {
  if (diagram.roots.length === 0) return none('The model has no components to draw.', false);
  const size = countNodes(diagram.roots) + diagram.edges.length;
  const fullLimit = limits.full ?? FULL_DIAGRAM_LIMIT;
  let failed = false;
  let reason = `The model has ${String(size)} elements, more than the ${String(fullLimit)} drawn one by one`;
  if (size <= fullLimit) {
    const full = fullInput(diagram);
    try {
      return {
        mode: 'full',
        ...(await runElk(full, size > THOROUGH_LIMIT ? FAST : {})),
        locate: full.locate,
        note: '',
        failed: false,
      };
    } catch (error) {
      // A layout failure must not cost the reader the rest of the report; the note says what happened.
      reason = `The detailed layout failed (${describe(error)})`;
      failed = true;
    }
  }
  const summary = summaryInput(diagram);
  if (summary.roots.length > (limits.summary ?? SUMMARY_DIAGRAM_LIMIT)) {
    return none(
      `${reason}, and a summary would have ${String(summary.roots.length)} top-level groups, too many to draw. The tables below list every element.`,
      failed,
    );
  }
  const labels = summary.edges.length <= BUNDLE_LABEL_LIMIT;
  const note = `${reason}, so this diagram shows one box per top-level trust boundary and bundles the flows between them${labels ? '' : ` (${String(summary.edges.length)} bundles: their counts are in the tooltips)`}. Select a box or a bundle to list the findings inside it.`;
  return {
    mode: 'summary',
    ...circleLayout(summary, labels),
    locate: summary.locate,
    note,
    failed,
  };
}

const FAST: Readonly<Record<string, string>> = {
  'elk.layered.thoroughness': '1',
  'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
};

function none(note: string, failed: boolean): DiagramLayout {
  return {
    mode: 'none',
    width: 0,
    height: 0,
    nodes: [],
    edges: [],
    locate: new Map(),
    note,
    failed,
  };
}

function countNodes(nodes: readonly DiagramNode[]): number {
  return nodes.reduce((n, node) => n + 1 + countNodes(node.children), 0);
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.slice(0, 200) ?? 'unknown error';
}
