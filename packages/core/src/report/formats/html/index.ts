import type { ReportDocument } from '../../document.js';
import { containerScopes, drawDiagram, layoutDiagram } from '../../diagram/index.js';
import type { ReportFormat } from '../types.js';
import { deploymentsHtml, functionsHtml, rulesHtml, statusHtml, warningsHtml } from './appendix.js';
import { COMPACT_ABOVE, eachHtml, findingAnchors, plural, type PageContext } from './context.js';
import { coverageHtml } from './coverage.js';
import { findingArticle } from './detail.js';
import { diagramHtml } from './diagram-section.js';
import { filtersHtml, findingsTable } from './findings.js';
import { headerHtml } from './header.js';
import { page } from './page.js';
import { reportSections } from '../../sections/index.js';
import { sectionHtml } from '../../sections/html.js';
import { analyzerAlert, heatMapHtml, summaryHtml } from './summary.js';

/** The self-contained HTML report: one file, inline CSS and JS, diagram laid out by ELK. */
async function renderHtml(doc: ReportDocument): Promise<Iterable<string>> {
  const layout = await layoutDiagram(doc.diagram);
  const m = doc.model;
  const description = `${plural(m.components.length, 'component')} in ${plural(m.trustBoundaries.length, 'trust boundary', 'trust boundaries')} connected by ${plural(m.dataFlows.length, 'data flow')}.`;
  const drawn = drawDiagram(layout, `Data-flow diagram of ${m.device.name}`, description);
  const ctx: PageContext = {
    doc,
    anchors: findingAnchors(doc.rows),
    scopes: containerScopes(doc.diagram),
    diagramAnchor: drawn.anchorOf,
    ruleIds: new Set(doc.rules.map((r) => r.id)),
    compact: doc.rows.length > COMPACT_ABOVE,
  };
  const active = doc.rows.filter((r) => r.state === 'active');
  const suppressed = doc.rows.filter((r) => r.state === 'suppressed');
  const { provenance } = doc.analysis;
  const body = [
    analyzerAlert(doc),
    summaryHtml(doc),
    heatMapHtml(doc),
    diagramHtml(doc, layout, drawn.svg),
    '<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2>',
    '<p>Active findings, highest residual risk first. Each title links to the finding’s details; <i>diagram</i> shows its element in the data-flow diagram.</p>',
    filtersHtml(doc.rows),
    findingsTable(ctx, active, 'findings-table', 'Active findings'),
    '<h3 id="details">Finding details</h3>',
    active.length === 0
      ? '<p class="muted">None.</p>'
      : eachHtml(active, (r) => findingArticle(ctx, r)),
    '</section>',
    '<section id="suppressed" aria-labelledby="suppressed-h"><h2 id="suppressed-h">Suppressed findings</h2>',
    '<p>Findings an assumption in the model declares not applicable. They stay in the report with the assumption that suppressed them, so a reviewer can challenge it.</p>',
    findingsTable(ctx, suppressed, 'suppressed-table', 'Suppressed findings'),
    eachHtml(suppressed, (r) => findingArticle(ctx, r)),
    '</section>',
    ...reportSections(doc).map(sectionHtml),
    coverageHtml(ctx),
    deploymentsHtml(doc),
    functionsHtml(doc),
    warningsHtml(doc),
    statusHtml(doc),
    rulesHtml(doc),
  ];
  return page(
    doc.title,
    `${provenance.tool.name} ${provenance.tool.version}`,
    headerHtml(doc),
    body,
  );
}

export const htmlFormat: ReportFormat = {
  id: 'html',
  displayName: 'HTML (self-contained)',
  extension: 'html',
  mediaType: 'text/html',
  render: renderHtml,
};
