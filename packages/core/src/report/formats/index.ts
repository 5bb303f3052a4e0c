import { UnknownNameError } from '../../common/errors.js';
import { csvFormat } from './csv/index.js';
import { jsonFormat } from './json/index.js';
import { markdownFormat } from './markdown/index.js';
import { sarifFormat } from './sarif/index.js';
import { htmlFormat } from './html/index.js';
import type { ReportDocument } from '../document.js';
import type { ReportFormat } from './types.js';

/** Every report format, one line each; the contract test checks folders ⇔ entries. */
export const REPORT_FORMATS: readonly ReportFormat[] = [
  csvFormat,
  htmlFormat,
  jsonFormat,
  markdownFormat,
  sarifFormat,
];

export function reportFormat(id: string): ReportFormat {
  const format = REPORT_FORMATS.find((f) => f.id === id);
  if (format === undefined)
    throw new UnknownNameError(
      'report format',
      id,
      REPORT_FORMATS.map((f) => f.id),
    );
  return format;
}

/** The whole report as one string (tests, small reports, the browser); shells stream `render` instead. */
export async function renderToString(format: ReportFormat, doc: ReportDocument): Promise<string> {
  let text = '';
  for (const chunk of await format.render(doc)) text += chunk;
  return text;
}
