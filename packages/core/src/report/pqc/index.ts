import type { AnalysisParameters } from '../../analyses/parameters.js';
import { pqcAnalysis, type PqcView } from '../../analyses/pqc/view.js';
import { buildRuleContext } from '../../analyses/threats/context.js';
import type { SupplyChainInput } from '../../analyses/vulnerabilities/facts.js';
import type { DeviceModel } from '../../model/types.js';
import { inline } from '../formats/markdown/escape.js';
import { sectionMarkdown } from '../sections/markdown.js';
import { pqcReportSection } from '../sections/pqc.js';
import { pqcHtml } from './html.js';
import { pqcJson } from './json.js';

export { PQC_FORMAT_VERSION } from './json.js';

/** Formats of `medrisk pqc`. */
export const PQC_FORMATS = ['json', 'markdown', 'html'] as const;
export type PqcFormat = (typeof PQC_FORMATS)[number];

export interface PqcOptions {
  /** The model's BOMs as the shell read them (CBOM crypto assets join the inventory). */
  readonly supplyChain?: SupplyChainInput;
  /** The analysis date and `yearsToCrqc`; without a date, years count from the market date. */
  readonly parameters?: AnalysisParameters;
}

/** The post-quantum analysis of a model (what `views.pqc` of an analysis holds), even when empty. */
export function pqcOf(model: DeviceModel, options: PqcOptions = {}): PqcView {
  return pqcAnalysis(buildRuleContext(model, options.supplyChain, options.parameters));
}

/** The analysis in one of the `medrisk pqc` formats; deterministic for the same inputs. */
export function renderPqc(view: PqcView, model: DeviceModel, format: PqcFormat): Iterable<string> {
  switch (format) {
    case 'json':
      return [pqcJson(view, model)];
    case 'markdown':
      // The same section the analysis report prints, as a document of its own.
      return [`# ${inline(model.device.name)}\n\n${sectionMarkdown(pqcReportSection(view))}\n`];
    case 'html':
      return [pqcHtml(view, model)];
  }
}
