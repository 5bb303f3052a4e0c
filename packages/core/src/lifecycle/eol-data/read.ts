import type { ParseResult } from '../../common/result.js';
import { isRecord, newContext, parseJson, report } from '../../advisories/sources/context.js';
import { readApiV0, readApiV1, readReleaseData } from './api-json.js';
import { readProductFile } from './product-file.js';
import type { EolDataFormat, EolProduct } from './types.js';

/**
 * Which endoflife.date shape a file has, from its name and first bytes, or undefined when it is
 * not EOL data (an advisory, a schema, a README). Detection is by shape, not by folder, so
 * `medrisk db import` can take EOL files and advisories in one run:
 * - a `.md` file that starts with front matter holding `releases:`;
 * - a JSON array whose first object has a `cycle` (API v0);
 * - a JSON object with `schema_version` and `result` (API v1);
 * - a JSON object that opens with `"releases": {` or `"versions": {` (release-data).
 */
export function detectEolData(fileName: string, head: string): EolDataFormat | undefined {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (/\.md$/i.test(fileName))
    return /^---[ \t]*\r?\n/.test(text) && /^releases:/m.test(text)
      ? 'endoflife-product'
      : undefined;
  if (text.startsWith('['))
    return /^\[\s*\{\s*"cycle"\s*:/.test(text) ? 'endoflife-api-v0' : undefined;
  if (!text.startsWith('{')) return undefined;
  if (/"schema_version"\s*:/.test(text) && /"result"\s*:\s*\{/.test(text))
    return 'endoflife-api-v1';
  if (/^\{\s*"(releases|versions)"\s*:\s*\{/.test(text)) return 'endoflife-release-data';
  return undefined;
}

/**
 * Reads one EOL data file into a product. Bad input never throws: the result lists the issues (a
 * file with an error is not used; warnings name dropped fields and releases).
 */
export function readEolData(text: string, fileName: string): ParseResult<EolProduct> {
  const ctx = newContext(fileName);
  const format = detectEolData(fileName, text.slice(0, 4096));
  let product: EolProduct | undefined;
  if (format === 'endoflife-product') product = readProductFile(ctx, text);
  else if (format === undefined)
    report(
      ctx,
      'error',
      'invalid-format',
      [],
      'not endoflife.date data (a product .md file, an API v0 or v1 response, or a release-data file)',
    );
  else {
    const value = parseJson(ctx, text);
    if (format === 'endoflife-api-v0' && Array.isArray(value)) product = readApiV0(ctx, value);
    else if (format === 'endoflife-api-v1' && isRecord(value)) product = readApiV1(ctx, value);
    else if (format === 'endoflife-release-data' && isRecord(value))
      product = readReleaseData(ctx, value);
    else if (value !== undefined)
      report(ctx, 'error', 'invalid-type', [], `the JSON does not have the ${format} shape`);
  }
  const failed = product === undefined || ctx.issues.some((i) => i.severity === 'error');
  return failed || product === undefined
    ? { ok: false, issues: ctx.issues }
    : { ok: true, value: product, issues: ctx.issues };
}
