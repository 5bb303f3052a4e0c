import type { Issue, IssuePath } from '../../../common/issue.js';
import { pathKey } from '../json-positions.js';
import type { JsonRecord } from '../values.js';

/** The JSON shape of a tag-value document, with the line each package and relationship starts on. */
export interface TagValueDocument {
  readonly value: JsonRecord;
  /** pathKey(['packages', 3]) → 1-based line. */
  readonly lines: ReadonlyMap<string, number>;
  readonly issues: readonly Issue[];
}

type Section = 'document' | 'package' | 'file' | 'snippet' | 'license';

/**
 * Converts SPDX 2 tag-value (spec clause 5 / annex) to the JSON shape, for the fields the inventory
 * reads. A tag applies to the element opened last by `PackageName`, `FileName`, `SnippetSPDXID` or
 * `LicenseID`; `Relationship` lines stand alone, and annotation tags (`Annotator`, `SPDXREF` …)
 * are not read. `<text>…</text>` values may span lines.
 */
export function tagValueToJsonShape(text: string, file: string): TagValueDocument {
  const doc: Record<string, unknown> = { creationInfo: { creators: [] as string[] } };
  const creation = doc.creationInfo as { creators: string[]; created?: string };
  const packages: Record<string, unknown>[] = [];
  const files: Record<string, unknown>[] = [];
  const snippets: Record<string, unknown>[] = [];
  const relationships: Record<string, unknown>[] = [];
  const lines = new Map<string, number>();
  const issues: Issue[] = [];
  let section = 'document' as Section;
  let current: Record<string, unknown> = doc;
  const rows = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < rows.length; i++) {
    const line = i + 1;
    const row = rows[i] ?? '';
    if (row.trim() === '' || row.trimStart().startsWith('#')) continue;
    const match = /^\s*([A-Za-z][A-Za-z0-9-]*)\s*:\s?(.*)$/.exec(row);
    if (match === null) {
      issues.push({
        code: 'invalid-format',
        severity: 'warning',
        path: [],
        message: `line ${String(line)} is not a "Tag: value" line; it is ignored`,
        location: { file, line, column: 1 },
      });
      continue;
    }
    const tag = match[1] ?? '';
    let value = (match[2] ?? '').trim();
    if (value.startsWith('<text>')) {
      // Multi-line text: read until the closing tag, which may be on this line or a later one.
      // Only each new line is searched for the closing tag, so an unclosed text stays linear.
      let body = value.slice('<text>'.length);
      let end = body.indexOf('</text>');
      while (end === -1 && i + 1 < rows.length) {
        const next = rows[++i] ?? '';
        body += `\n${next}`;
        const close = next.indexOf('</text>');
        if (close !== -1) end = body.length - next.length + close;
      }
      if (end === -1)
        issues.push({
          code: 'invalid-format',
          severity: 'error',
          path: [],
          message: `the <text> value of ${tag} (line ${String(line)}) is never closed with </text>`,
          hint: 'the file may be truncated',
          location: { file, line, column: 1 },
        });
      value = (end === -1 ? body : body.slice(0, end)).trim();
    }
    const open = (kind: Section, into: Record<string, unknown>[], path?: IssuePath): void => {
      section = kind;
      current = {};
      into.push(current);
      if (path !== undefined) lines.set(pathKey(path), line);
    };
    switch (tag) {
      case 'SPDXVersion':
        doc.spdxVersion = value;
        lines.set(pathKey([]), line);
        break;
      case 'DocumentNamespace':
        doc.documentNamespace = value;
        break;
      case 'DocumentName':
        doc.name = value;
        break;
      case 'Creator':
        creation.creators.push(value);
        break;
      case 'Created':
        creation.created = value;
        break;
      case 'PackageName':
        open('package', packages, ['packages', packages.length]);
        current.name = value;
        break;
      case 'FileName':
        open('file', files);
        current.fileName = value;
        break;
      case 'SnippetSPDXID':
        open('snippet', snippets);
        current.SPDXID = value;
        break;
      case 'LicenseID':
        open('license', []);
        break;
      case 'SPDXID':
        current.SPDXID = value;
        break;
      case 'Relationship': {
        const [from, type, to] = value.split(/\s+/);
        lines.set(pathKey(['relationships', relationships.length]), line);
        relationships.push({ spdxElementId: from, relationshipType: type, relatedSpdxElement: to });
        break;
      }
      default:
        if (section === 'package') packageTag(current, tag, value);
    }
  }
  Object.assign(doc, { packages, files, snippets, relationships });
  return { value: doc, lines, issues };
}

const PACKAGE_FIELDS: Readonly<Record<string, string>> = {
  PackageVersion: 'versionInfo',
  PackageSupplier: 'supplier',
  PackageOriginator: 'originator',
  PackageLicenseConcluded: 'licenseConcluded',
  PackageLicenseDeclared: 'licenseDeclared',
  PrimaryPackagePurpose: 'primaryPackagePurpose',
  ValidUntilDate: 'validUntilDate',
  PackageDownloadLocation: 'downloadLocation',
};

function packageTag(pkg: Record<string, unknown>, tag: string, value: string): void {
  const field = PACKAGE_FIELDS[tag];
  if (field !== undefined) pkg[field] = value;
  else if (tag === 'PackageChecksum') {
    const colon = value.indexOf(':');
    push(pkg, 'checksums', {
      algorithm: value.slice(0, colon).trim(),
      checksumValue: value.slice(colon + 1).trim(),
    });
  } else if (tag === 'ExternalRef') {
    const [category, type, ...locator] = value.split(/\s+/);
    push(pkg, 'externalRefs', {
      referenceCategory: category,
      referenceType: type,
      referenceLocator: locator.join(' '),
    });
  }
}

function push(target: Record<string, unknown>, key: string, item: JsonRecord): void {
  const list = (target[key] ??= []) as JsonRecord[];
  list.push(item);
}
