export { containerScopes, subjectKey } from './keys.js';
export { layoutDiagram } from './layout.js';
export type { DiagramLayout } from './types.js';
export { drawDiagram, legendBadge } from './svg.js';
