import type { IssuePath, SourceLocation } from '../../common/issue.js';
import type { ParseResult } from '../../common/result.js';
import type { Inventory } from '../types.js';
import {
  IDENTIFIER_PROPERTIES,
  MAX_NESTING_DEPTH,
  hashAlgorithm,
  type Property,
} from './component-draft.js';
import { InventoryBuilder } from './inventory-builder.js';
import { addParentsFirst, containIn } from './nesting.js';
import {
  DEPENDS_FORWARD,
  DEPENDS_REVERSE,
  spdxAgent,
  spdxPurposeType,
  spdxValue,
} from './spdx-common.js';
import { calendarDate } from './support.js';
import { isRecord, optional, records, text, texts, type JsonRecord } from './values.js';

/** SPDX 2 versions read (https://spdx.github.io/spdx-spec/v2.3/). */
export const SPDX2_VERSIONS = ['SPDX-2.2', 'SPDX-2.3'];

interface Spdx2Context {
  readonly file: string;
  readonly encoding: 'json' | 'tag-value';
  readonly specVersion: string;
  readonly locate: (path: IssuePath) => SourceLocation | undefined;
}

/**
 * An SPDX 2.2/2.3 document in its JSON shape (tag-value is converted to it first) → `Inventory`.
 * Packages are the components; files and snippets are not (they would flood the inventory with
 * entries no advisory can name), but relationships to them are understood and dropped quietly.
 */
export function inventoryFromSpdx2(doc: JsonRecord, context: Spdx2Context): ParseResult<Inventory> {
  const b = new InventoryBuilder(context.locate);
  const packages = records(doc.packages);
  const indexOf = new Map<string, number>(); // SPDXID → draft index
  for (const { item } of [...records(doc.files), ...records(doc.snippets)]) {
    const id = text(item.SPDXID);
    if (id !== undefined) b.otherElement(id);
  }
  const documentId = text(doc.SPDXID) ?? 'SPDXRef-DOCUMENT';
  b.otherElement(documentId);
  const graph = relationships(
    b,
    doc,
    documentId,
    new Set(packages.flatMap(({ item }) => texts(item.SPDXID))),
  );
  const parents = graph.parents;
  // Parents are drafts too, so a parent is added before its children. A repeated SPDXID is added
  // as its own draft (the builder reports it); relationships name the first one.
  const firstWithId = new Map<string, number>(); // SPDXID → position in `packages`
  packages.forEach(({ item }, position) => {
    const id = text(item.SPDXID);
    if (id !== undefined && !firstWithId.has(id)) firstWithId.set(id, position);
  });
  const parentPosition = (position: number): number | undefined => {
    const id = text(packages[position]?.item.SPDXID);
    const parentId = id === undefined ? undefined : parents.get(id);
    return parentId === undefined ? undefined : firstWithId.get(parentId);
  };
  addParentsFirst(packages.length, parentPosition, (position, parent) => {
    const entry = packages[position] ?? { item: {}, index: position };
    const index = b.add(packageDraft(b, entry.item, ['packages', entry.index], parent));
    const id = text(entry.item.SPDXID);
    if (id !== undefined && firstWithId.get(id) === position) indexOf.set(id, index);
    return index;
  });
  for (const [from, targets] of graph.dependencies)
    b.dependency(from, [...targets.keys()], targets.values().next().value ?? ['relationships']);
  const described = graph.describes.find((id) => indexOf.has(id));
  const subject =
    described === undefined
      ? undefined
      : packages.find((p) => text(p.item.SPDXID) === described)?.item;
  if (described !== undefined) b.describes(indexOf.get(described) ?? 0);
  const creation = isRecord(doc.creationInfo) ? doc.creationInfo : {};
  const creators = texts(creation.creators).flatMap((c) => spdxAgent(c) ?? []);
  const inventory = b.build({
    format: 'spdx',
    specVersion: context.specVersion,
    encoding: context.encoding,
    file: context.file,
    ...optional('documentId', text(doc.documentNamespace)),
    metadata: {
      ...optional('timestamp', text(creation.created)),
      authors: creators.filter((c) => c.kind !== 'Tool').map((c) => c.name),
      tools: creators.filter((c) => c.kind === 'Tool').map((c) => c.name),
      ...optional('supplier', spdxAgent(text(subject?.supplier))?.name),
      ...(subject === undefined
        ? {}
        : {
            subject: {
              name: text(subject.name) ?? '',
              ...optional('version', spdxValue(text(subject.versionInfo))),
            },
          }),
    },
  });
  return { ok: true, value: inventory, issues: b.issues };
}

function packageDraft(
  b: InventoryBuilder,
  item: JsonRecord,
  path: IssuePath,
  parent: number | undefined,
) {
  const refs = records(item.externalRefs).map(({ item: r }) => ({
    type: text(r.referenceType) ?? '',
    locator: text(r.referenceLocator),
  }));
  const locators = (...types: string[]): string[] =>
    refs.flatMap((r) => (types.includes(r.type) && r.locator !== undefined ? [r.locator] : []));
  const [purl, ...otherPurls] = locators('purl');
  const validUntil = text(item.validUntilDate);
  const endOfSupportDate = validUntil === undefined ? undefined : calendarDate(validUntil);
  if (validUntil !== undefined && endOfSupportDate === undefined)
    b.issue(
      'invalid-value',
      'warning',
      [...path, 'validUntilDate'],
      `validUntilDate "${validUntil}" is not a date; it is kept as a plain property`,
    );
  const properties: Property[] = [
    ...otherPurls.map((value) => ({ name: 'spdx:purl', value })),
    ...locators('swh').map((value) => ({ name: IDENTIFIER_PROPERTIES.swhid, value })),
    ...locators('gitoid').map((value) => ({ name: IDENTIFIER_PROPERTIES.omnibor, value })),
    ...locators('swid').map((value) => ({ name: IDENTIFIER_PROPERTIES.swid, value })),
    ...(validUntil !== undefined && endOfSupportDate === undefined
      ? [{ name: 'spdx:validUntilDate', value: validUntil }]
      : []),
  ];
  return {
    path,
    ...optional('ref', text(item.SPDXID)),
    type: spdxPurposeType(text(item.primaryPackagePurpose)),
    ...optional('name', text(item.name)),
    ...optional('version', spdxValue(text(item.versionInfo))),
    ...optional('supplier', spdxAgent(text(item.supplier))?.name),
    ...optional('author', spdxAgent(text(item.originator))?.name),
    ...optional('purl', purl),
    cpes: locators('cpe22Type', 'cpe23Type', 'cpe22', 'cpe23'),
    hashes: records(item.checksums).flatMap(({ item: c }) => {
      const algorithm = text(c.algorithm);
      const value = text(c.checksumValue);
      return algorithm === undefined || value === undefined
        ? []
        : [{ algorithm: hashAlgorithm(algorithm), value }];
    }),
    licenses: [text(item.licenseConcluded), text(item.licenseDeclared)].flatMap(
      (l) => spdxValue(l) ?? [],
    ),
    ...(parent === undefined ? {} : { parent }),
    properties,
    // SPDX 2.3 validUntilDate: "the end of the support period for a package from the supplier".
    ...(endOfSupportDate === undefined ? {} : { support: { endOfSupportDate } }),
  };
}

interface Graph {
  /** from → (to → path of the relationship that said so). */
  readonly dependencies: Map<string, Map<string, IssuePath>>;
  readonly parents: Map<string, string>;
  readonly describes: string[];
}

function relationships(
  b: InventoryBuilder,
  doc: JsonRecord,
  documentId: string,
  packages: ReadonlySet<string>,
): Graph {
  const graph: Graph = { dependencies: new Map(), parents: new Map(), describes: [] };
  const local = (id: string | undefined): id is string =>
    id !== undefined && spdxValue(id) !== undefined && !id.startsWith('DocumentRef-');
  for (const id of texts(doc.documentDescribes)) graph.describes.push(id);
  for (const { item, index } of records(doc.relationships)) {
    const path = ['relationships', index];
    const from = text(item.spdxElementId);
    const to = text(item.relatedSpdxElement);
    const type = text(item.relationshipType)?.toUpperCase() ?? '';
    if (!local(from) || !local(to)) continue; // NONE, NOASSERTION, or in another document
    if (type === 'DESCRIBES' && from === documentId) graph.describes.push(to);
    else if (type === 'DESCRIBED_BY' && to === documentId) graph.describes.push(from);
    else if (type === 'CONTAINS' || type === 'CONTAINED_BY') {
      const [parent, child] = type === 'CONTAINS' ? [from, to] : [to, from];
      if (packages.has(parent) && packages.has(child))
        setParent(b, graph.parents, child, parent, path);
    } else if (DEPENDS_FORWARD.has(type) || DEPENDS_REVERSE.has(type)) {
      const [source, target] = DEPENDS_FORWARD.has(type) ? [from, to] : [to, from];
      const targets = graph.dependencies.get(source) ?? new Map<string, IssuePath>();
      graph.dependencies.set(source, targets);
      if (!targets.has(target)) targets.set(target, path);
    }
  }
  return graph;
}

/** First CONTAINS wins; one that would make a package its own ancestor is reported and ignored. */
function setParent(
  b: InventoryBuilder,
  parents: Map<string, string>,
  child: string,
  parent: string,
  path: IssuePath,
): void {
  const outcome = child === parent ? 'cycle' : containIn(parents, child, parent);
  if (outcome === 'cycle')
    b.issue(
      'nesting-cycle',
      'warning',
      path,
      `"${parent}" CONTAINS "${child}" would make a package contain itself; ignored`,
    );
  if (outcome === 'too-deep')
    b.issue(
      'invalid-value',
      'warning',
      path,
      `"${parent}" CONTAINS "${child}" nests packages more than ${String(MAX_NESTING_DEPTH)} levels deep; ignored`,
    );
}
