import type { Issue } from '../../common/issue.js';
import type { ParseResult } from '../../common/result.js';
import { unbindFs } from './parse-fs.js';
import { unbindUri } from './parse-uri.js';
import { isNa, type Wfn } from './types.js';

const HINT =
  'a CPE is a 2.3 formatted string (cpe:2.3:a:vendor:product:version:…) or a 2.2 URI (cpe:/a:vendor:product:version)';

/**
 * Parses a CPE 2.3 formatted string or a CPE 2.2 URI into a WFN (NIST IR 7695 §6). Bad input is
 * returned as issues whose path names the attribute.
 */
export function parseCpe(text: string): ParseResult<Wfn> {
  const lower = text.slice(0, 8).toLowerCase();
  const result = lower.startsWith('cpe:2.3:')
    ? unbindFs(text)
    : lower.startsWith('cpe:/')
      ? unbindUri(text)
      : { errors: [['', 'is neither a CPE 2.3 formatted string nor a CPE 2.2 URI'] as const] };
  const issue = (path: string, message: string): Issue => ({
    code: path === '' ? 'invalid-format' : 'invalid-value',
    severity: 'error',
    path: path === '' ? [] : [path],
    // Structural messages read as a sentence about the CPE; attribute messages name the attribute.
    message: `CPE "${text}"${path === '' ? ' ' : ': '}${message}`,
    hint: HINT,
  });
  if ('errors' in result) return { ok: false, issues: result.errors.map(([p, m]) => issue(p, m)) };
  const { part } = result.wfn;
  if (isNa(part) || (typeof part === 'string' && !['a', 'o', 'h'].includes(part))) {
    return {
      ok: false,
      issues: [
        issue(
          'part',
          `part "${typeof part === 'string' ? part : '-'}" is not a, o or h (or * for any)`,
        ),
      ],
    };
  }
  return { ok: true, value: result.wfn, issues: [] };
}
