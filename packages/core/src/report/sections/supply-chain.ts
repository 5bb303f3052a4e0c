import type { ReportSection, SectionBuilder } from './types.js';

/** How many not-assessed / undecided entries a report lists before summarising the rest. */
const LISTED = 200;

/** The SBOMs: what was checked against which advisories, and everything that could not be. */
export const supplyChainSection: SectionBuilder = (doc) => {
  const view = doc.analysis.views.supplyChain;
  if (view === undefined) return undefined;
  const s = view.summary;
  const blocks: ReportSection['blocks'][number][] = [
    view.advisories === 'missing'
      ? {
          kind: 'paragraph',
          tone: 'warning',
          text: 'No advisory data was given, so the SBOMs were not checked for known vulnerabilities. Run medrisk analyze with --advisories, or fill the local store (medrisk db import / update).',
        }
      : {
          kind: 'paragraph',
          text: `${String(s?.components ?? 0)} SBOM components checked against ${String(s?.advisories ?? 0)} advisories${view.source === undefined ? '' : ` (${view.source})`}: ${String(s?.findings ?? 0)} affected, ${String(s?.suppressed ?? 0)} suppressed by VEX, ${String(s?.notAssessed ?? 0)} not assessed, ${String(s?.undecided ?? 0)} undecided.`,
        },
    {
      kind: 'table',
      caption: 'SBOMs in the model',
      header: ['SBOM', 'File', 'Describes'],
      rows: view.boms.map((b) => [b.id, b.file ?? '—', b.components.join(', ') || '—']),
    },
  ];
  if (view.notAssessed.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Components not assessed (never counted as clean)',
      header: ['Component', 'SBOM', 'Reason', 'Detail'],
      rows: view.notAssessed
        .slice(0, LISTED)
        .map((n) => [
          `${n.component.name}${n.component.version === undefined ? '' : ` ${n.component.version}`}`,
          n.component.file,
          n.reason,
          n.detail,
        ]),
    });
  if (view.undecided.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Advisories that could not be decided (check by hand)',
      header: ['Advisory', 'Component', 'Reason', 'Detail'],
      rows: view.undecided
        .slice(0, LISTED)
        .map((u) => [
          u.advisory,
          `${u.component.name}${u.component.version === undefined ? '' : ` ${u.component.version}`}`,
          u.reason,
          u.detail,
        ]),
    });
  const overflow =
    Math.max(0, view.notAssessed.length - LISTED) + Math.max(0, view.undecided.length - LISTED);
  if (overflow > 0)
    blocks.push({
      kind: 'paragraph',
      text: `${String(overflow)} more entries are in the JSON report (views.supplyChain).`,
    });
  for (const { file, quality } of view.quality)
    blocks.push({
      kind: 'table',
      caption: `SBOM quality of ${file} (minimum elements met; gaps list each missing element per component)`,
      header: ['Framework', 'Elements met', 'Gaps', 'Not assessable'],
      rows: quality.frameworks.map((f) => [
        f.title,
        `${String(f.met)}/${String(f.required)}`,
        String(f.checksRequired - f.checksMet),
        f.notAssessed.map((n) => n.title).join(', ') || '—',
      ]),
    });
  return {
    id: 'supply-chain',
    title: 'Software bill of materials and known vulnerabilities',
    blocks,
  };
};
