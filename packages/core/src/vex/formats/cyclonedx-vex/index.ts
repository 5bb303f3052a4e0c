import type { Issue } from '../../../common/issue.js';
import type { VexProduct, VexStatement, VexStatus } from '../../types.js';
import { isRecord, list, parseJson, text } from '../json.js';
import type { VexFormat } from '../types.js';

/** CycloneDX `analysis.state` → VEX status; `false_positive` is "not affected" with that reason. */
const STATE: Readonly<Record<string, VexStatus>> = {
  not_affected: 'not_affected',
  false_positive: 'not_affected',
  resolved: 'fixed',
  resolved_with_pedigree: 'fixed',
  exploitable: 'affected',
  in_triage: 'under_investigation',
};
/** `affects[].versions[].status` → VEX status, used when there is no `analysis.state`. */
const VERSION_STATUS: Readonly<Record<string, VexStatus>> = {
  affected: 'affected',
  unaffected: 'not_affected',
  unknown: 'under_investigation',
};

/**
 * CycloneDX VEX/VDR (JSON): `vulnerabilities[]` with `analysis` and `affects`. An `affects.ref` is a
 * bom-ref or a BOM-Link (`urn:cdx:serial/version#bom-ref`); when the document also lists the
 * component, its purl is kept so the statement matches SBOMs that use other bom-refs.
 */
function parse(input: string, file: string) {
  const { value, issues } = parseJson(input, file);
  if (issues.length > 0) return { ok: false as const, issues };
  if (!isRecord(value) || value.bomFormat !== 'CycloneDX') {
    return {
      ok: false as const,
      issues: [issue(file, 'not a CycloneDX document (bomFormat is not "CycloneDX")')],
    };
  }
  const purls = new Map<string, string>();
  const walk = (components: unknown): void => {
    for (const c of list(components)) {
      if (!isRecord(c)) continue;
      const ref = text(c['bom-ref']);
      const purl = text(c.purl);
      if (ref !== undefined && purl !== undefined) purls.set(ref, purl);
      walk(c.components);
    }
  };
  walk(value.components);
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  const source = {
    format: 'cyclonedx-vex' as const,
    file,
    ...(text(value.serialNumber) === undefined ? {} : { document: text(value.serialNumber) }),
    ...authorOf(metadata),
  };
  const statements: VexStatement[] = [];
  const problems: Issue[] = [];
  list(value.vulnerabilities).forEach((v, index) => {
    if (!isRecord(v) || text(v.id) === undefined) {
      problems.push(issue(file, `vulnerabilities[${String(index)}] has no id`, 'warning'));
      return;
    }
    statements.push(...statementsOf(v, purls, source));
  });
  return { ok: true as const, value: statements, issues: problems };
}

function statementsOf(
  v: Record<string, unknown>,
  purls: ReadonlyMap<string, string>,
  source: VexStatement['source'],
): VexStatement[] {
  const analysis = isRecord(v.analysis) ? v.analysis : {};
  const state = text(analysis.state);
  const base = {
    vulnerability: text(v.id) ?? '',
    aliases: list(v.references)
      .flatMap((r) => (isRecord(r) && text(r.id) !== undefined ? [text(r.id) ?? ''] : []))
      .sort(),
    ...(state === 'false_positive'
      ? { justification: 'false_positive' }
      : text(analysis.justification) === undefined
        ? {}
        : { justification: text(analysis.justification) }),
    ...(text(analysis.detail) === undefined ? {} : { detail: text(analysis.detail) }),
    responses: list(analysis.response)
      .flatMap((r) => (typeof r === 'string' ? [r] : []))
      .sort(),
    ...(text(analysis.lastUpdated ?? analysis.firstIssued) === undefined
      ? {}
      : { timestamp: text(analysis.lastUpdated ?? analysis.firstIssued) }),
    source,
  };
  const byStatus = new Map<VexStatus, VexProduct[]>();
  for (const affects of list(v.affects)) {
    if (!isRecord(affects)) continue;
    const ref = bomRefOf(text(affects.ref));
    if (ref === undefined) continue;
    const product = {
      bomRef: ref,
      ...(purls.get(ref) === undefined ? {} : { purl: purls.get(ref) }),
    };
    const versions = list(affects.versions).filter(isRecord);
    if (versions.length === 0) {
      const status = state === undefined ? undefined : STATE[state];
      if (status !== undefined) byStatus.set(status, [...(byStatus.get(status) ?? []), product]);
      continue;
    }
    for (const entry of versions) {
      const status =
        (state === undefined ? undefined : STATE[state]) ??
        VERSION_STATUS[text(entry.status) ?? 'affected'];
      if (status === undefined) continue;
      const scoped: VexProduct = {
        ...product,
        ...(text(entry.range) === undefined ? {} : { versionRange: text(entry.range) }),
        ...(text(entry.version) === undefined ? {} : { version: text(entry.version) }),
      };
      byStatus.set(status, [...(byStatus.get(status) ?? []), scoped]);
    }
  }
  return [...byStatus.entries()].map(([status, products]) => ({ ...base, status, products }));
}

/** `urn:cdx:<serial>/<version>#<bom-ref>` → the (percent-decoded) bom-ref; a plain ref as it is. */
function bomRefOf(ref: string | undefined): string | undefined {
  if (ref === undefined) return undefined;
  if (!ref.startsWith('urn:cdx:')) return ref;
  const hash = ref.indexOf('#');
  if (hash === -1) return undefined;
  try {
    return decodeURIComponent(ref.slice(hash + 1));
  } catch {
    return ref.slice(hash + 1);
  }
}

function authorOf(metadata: Record<string, unknown>): { author?: string } {
  const author = list(metadata.authors).find(isRecord);
  const name = author === undefined ? undefined : text(author.name);
  return name === undefined ? {} : { author: name };
}

function issue(file: string, message: string, severity: 'error' | 'warning' = 'error'): Issue {
  return {
    code: 'invalid-format',
    severity,
    path: [],
    message,
    location: { file, line: 1, column: 1 },
  };
}

export const cyclonedxVexFormat: VexFormat = {
  id: 'cyclonedx-vex',
  displayName: 'CycloneDX VEX (JSON)',
  // By content only: `.vex.json` files are OpenVEX and CSAF as often as CycloneDX.
  detect: (_fileName, head) => /"bomFormat"\s*:\s*"CycloneDX"/.test(head),
  parse,
};
