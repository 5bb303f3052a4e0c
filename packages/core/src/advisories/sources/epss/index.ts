import type { IssuePath } from '../../../common/issue.js';
import type { EpssScore } from '../../types.js';
import { batchOf, finish, newContext, report } from '../context.js';
import type { AdvisorySourceFormat } from '../types.js';

const CVE_ID = /^CVE-\d{4}-\d{4,}$/;
/** A broken file says so in a few lines, not in a quarter of a million. */
const MAX_ROW_ISSUES = 20;

/**
 * FIRST EPSS scores as published daily (https://www.first.org/epss/data_stats):
 * `#model_version:v2023.03.01,score_date:2024-01-01T00:00:00+0000`, then `cve,epss,percentile`
 * and one row per CVE. Three unquoted columns need no CSV library. Files from before the comment
 * line existed are read without model version or date; files without a percentile column (the
 * first 2021 model) are refused, since a score without its percentile cannot be ranked.
 */
export const epssSource: AdvisorySourceFormat = {
  id: 'epss',
  displayName: 'FIRST EPSS scores (CSV)',
  detect(fileName, head) {
    const start = head.replace(/^\uFEFF/, '').trimStart();
    return (
      /\.csv$/i.test(fileName) && (start.startsWith('#model_version') || /^cve,epss/i.test(start))
    );
  },
  convert(text, fileName) {
    const ctx = newContext(fileName);
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    let at = 0;
    const meta: { modelVersion?: string; date?: string } = {};
    const first = lines[0] ?? '';
    if (first.startsWith('#')) {
      for (const pair of first.slice(1).split(',')) {
        const [key, ...rest] = pair.split(':');
        const value = rest.join(':').trim();
        if (key?.trim() === 'model_version' && value !== '') meta.modelVersion = value;
        if (key?.trim() === 'score_date' && value !== '') meta.date = value;
      }
      at = 1;
    }
    const header = (lines[at] ?? '').trim().toLowerCase().split(',');
    const columns = {
      cve: header.indexOf('cve'),
      epss: header.indexOf('epss'),
      percentile: header.indexOf('percentile'),
    };
    if (columns.cve < 0 || columns.epss < 0 || columns.percentile < 0) {
      const code = columns.cve >= 0 && columns.epss >= 0 ? 'unsupported-version' : 'invalid-format';
      report(
        ctx,
        'error',
        code,
        [],
        'an EPSS file needs the columns cve, epss and percentile',
        undefined,
        at + 1,
      );
      return finish(ctx, batchOf({}));
    }
    const epss: EpssScore[] = [];
    let bad = 0;
    for (let index = at + 1; index < lines.length; index++) {
      const line = (lines[index] ?? '').trim();
      if (line === '') continue;
      const cells = line.split(',');
      const path: IssuePath = ['rows', index + 1];
      const cveId = cells[columns.cve]?.trim() ?? '';
      const score = numberIn(cells[columns.epss]);
      const percentile = numberIn(cells[columns.percentile]);
      if (!CVE_ID.test(cveId) || !isProbability(score) || !isProbability(percentile)) {
        bad += 1;
        if (bad > MAX_ROW_ISSUES) continue;
        report(
          ctx,
          'error',
          'invalid-value',
          path,
          `line ${String(index + 1)} is not "CVE id, probability, percentile": ${line.slice(0, 80)}`,
          undefined,
          index + 1,
        );
        continue;
      }
      epss.push({ cveId, epss: score, percentile, ...meta });
    }
    if (bad > MAX_ROW_ISSUES) {
      report(
        ctx,
        'error',
        'invalid-value',
        [],
        `${String(bad - MAX_ROW_ISSUES)} more lines are not valid EPSS rows`,
      );
    }
    return finish(ctx, batchOf({ epss }));
  },
};

function numberIn(cell: string | undefined): number {
  return cell === undefined || cell.trim() === '' ? Number.NaN : Number(cell);
}

function isProbability(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= 1;
}
