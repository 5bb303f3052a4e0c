import type { ReportDocument } from '../document.js';
import { aiSection } from './ai.js';
import { cloudSection } from './cloud.js';
import { pqcSection } from './pqc.js';
import { lifecycleSection } from './lifecycle.js';
import { responsibilitySection } from './responsibility.js';
import { supplyChainSection } from './supply-chain.js';
import type { ReportSection, SectionBuilder } from './types.js';

/** Sections after the findings, in report order; one line per analysis view. */
const SECTION_BUILDERS: readonly SectionBuilder[] = [
  supplyChainSection,
  aiSection,
  cloudSection,
  pqcSection,
  responsibilitySection,
  lifecycleSection,
];

export function reportSections(doc: ReportDocument): ReportSection[] {
  return SECTION_BUILDERS.map((build) => build(doc)).filter(
    (s): s is ReportSection => s !== undefined,
  );
}
