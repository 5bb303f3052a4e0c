import type { IssuePath } from '../../../common/issue.js';
import type { AffectedEntry, RangeEvent } from '../../types.js';
import { isRecord, optArray, optString, report, type ConvertContext } from '../context.js';
import { cpeVersion, toCpe23 } from '../cpe.js';

interface CpeMatch {
  readonly criteria: string;
  readonly vulnerable: boolean;
  readonly bounds: Readonly<Record<(typeof BOUNDS)[number], string | undefined>>;
}

const BOUNDS = [
  'versionStartIncluding',
  'versionStartExcluding',
  'versionEndIncluding',
  'versionEndExcluding',
] as const;

/**
 * NVD `configurations` as affected entries: one per vulnerable `cpeMatch`, with its CPE and its
 * version bounds as ECOSYSTEM events. In an AND configuration the non-vulnerable CPEs are the
 * platform the vulnerable ones must run on; they are kept in `extra.platformCpes` (any one of them,
 * as NVD's OR nodes say) so matching can tell "Chrome on Windows" from "Chrome".
 */
export function convertConfigurations(
  ctx: ConvertContext,
  cve: Record<string, unknown>,
  path: IssuePath,
): AffectedEntry[] {
  const out: AffectedEntry[] = [];
  optArray(ctx, cve, 'configurations', path).forEach((configuration, index) => {
    const at = [...path, 'configurations', index];
    if (!isRecord(configuration)) return;
    const operator = optString(ctx, configuration, 'operator', at) ?? 'OR';
    const matches = optArray(ctx, configuration, 'nodes', at).flatMap((node, n) =>
      nodeMatches(ctx, node, [...at, 'nodes', n]),
    );
    const platforms = matches.filter((m) => !m.vulnerable).map((m) => m.criteria);
    for (const match of matches.filter((m) => m.vulnerable)) {
      out.push(entryOf(match, operator === 'AND' ? platforms : [], index));
    }
  });
  return out;
}

function nodeMatches(ctx: ConvertContext, node: unknown, path: IssuePath): CpeMatch[] {
  if (!isRecord(node)) return [];
  const negate = node.negate === true;
  return optArray(ctx, node, 'cpeMatch', path).flatMap((match, index) => {
    const at = [...path, 'cpeMatch', index];
    if (!isRecord(match)) return [];
    const criteria = optString(ctx, match, 'criteria', at);
    if (criteria === undefined || toCpe23(criteria) === undefined) {
      report(
        ctx,
        'warning',
        'invalid-value',
        [...at, 'criteria'],
        `"${criteria ?? ''}" is not a CPE 2.3 formatted string; skipped`,
      );
      return [];
    }
    const bounds = Object.fromEntries(BOUNDS.map((key) => [key, optString(ctx, match, key, at)]));
    // A negated node ("not on …") cannot make anything vulnerable; its CPEs only restrict.
    return [{ criteria, vulnerable: match.vulnerable === true && !negate, bounds } as CpeMatch];
  });
}

function entryOf(
  match: CpeMatch,
  platforms: readonly string[],
  configuration: number,
): AffectedEntry {
  const { events, approximations } = eventsOf(match);
  const fixedVersion = cpeVersion(match.criteria);
  const exact = events.length === 0 && fixedVersion !== undefined;
  const extra: Record<string, unknown> = { configuration };
  if (platforms.length > 0) extra.platformCpes = platforms;
  if (approximations.length > 0) extra.approximations = approximations;
  return {
    cpe: match.criteria,
    ranges: exact
      ? []
      : [{ type: 'ECOSYSTEM', events: events.length > 0 ? events : [{ introduced: '0' }] }],
    versions: exact ? [fixedVersion] : [],
    extra,
  };
}

/**
 * Bounds as events. OSV has no exclusive lower bound: `versionStartExcluding: v` becomes
 * `introduced: v`, so v itself is reported affected (one version too many, never one too few),
 * and the approximation is written into `extra.approximations` for the finding's evidence.
 */
function eventsOf(match: CpeMatch): { events: RangeEvent[]; approximations: string[] } {
  const { versionStartIncluding, versionStartExcluding, versionEndIncluding, versionEndExcluding } =
    match.bounds;
  const approximations: string[] = [];
  const start = versionStartIncluding ?? versionStartExcluding;
  if (versionStartExcluding !== undefined && versionStartIncluding === undefined) {
    approximations.push(
      `versionStartExcluding ${versionStartExcluding} is read as introduced ${versionStartExcluding}: that version itself is reported as affected`,
    );
  }
  const end: RangeEvent | undefined =
    versionEndExcluding !== undefined
      ? { fixed: versionEndExcluding }
      : versionEndIncluding !== undefined
        ? { last_affected: versionEndIncluding }
        : undefined;
  if (start === undefined && end === undefined) return { events: [], approximations };
  return {
    events: [{ introduced: start ?? '0' }, ...(end === undefined ? [] : [end])],
    approximations,
  };
}
