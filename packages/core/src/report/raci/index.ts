import {
  responsibilityMatrix,
  type ResponsibilityMatrix,
} from '../../analyses/responsibility/matrix.js';
import { buildQuery } from '../../model/query/index.js';
import type { DeviceModel } from '../../model/types.js';
import { sectionMarkdown } from '../sections/markdown.js';
import { responsibilityReportSection } from '../sections/responsibility.js';
import { raciCsv } from './csv.js';
import { raciTable } from './table.js';

/** Formats of `medrisk raci`. */
export const RACI_FORMATS = ['table', 'csv', 'json', 'markdown'] as const;
export type RaciFormat = (typeof RACI_FORMATS)[number];

/** Version of the JSON `medrisk raci` prints; bumped when a field changes meaning or goes away. */
export const RACI_FORMAT_VERSION = 1;

/** The model's responsibility matrix (what `views.responsibility` of an analysis holds). */
export function responsibilityOf(model: DeviceModel): ResponsibilityMatrix {
  return responsibilityMatrix(buildQuery(model));
}

/** The matrix in one of the `medrisk raci` formats; deterministic, no timestamps. */
export function renderRaci(matrix: ResponsibilityMatrix, format: RaciFormat): Iterable<string> {
  switch (format) {
    case 'csv':
      return raciCsv(matrix);
    case 'table':
      return [raciTable(matrix)];
    case 'json':
      return [`${JSON.stringify({ formatVersion: RACI_FORMAT_VERSION, ...matrix }, null, 2)}\n`];
    case 'markdown':
      // The same section the analysis report prints, as a document of its own.
      return [`${sectionMarkdown(responsibilityReportSection(matrix))}\n`];
  }
}
