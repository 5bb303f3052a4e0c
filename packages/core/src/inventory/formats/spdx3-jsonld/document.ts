import type { IssuePath, SourceLocation } from '../../../common/issue.js';
import type { ParseResult } from '../../../common/result.js';
import type { ComponentType, Inventory } from '../../types.js';
import {
  IDENTIFIER_PROPERTIES,
  hashAlgorithm,
  type ComponentDraft,
  type Property,
} from '../component-draft.js';
import { InventoryBuilder } from '../inventory-builder.js';
import { addParentsFirst, containIn } from '../nesting.js';
import { spdxPurposeType } from '../spdx-common.js';
import { calendarDate } from '../support.js';
import { isRecord, optional, records, text, texts, type JsonRecord } from '../values.js';
import { Spdx3Graph, idOf, targetsOf, typeOf } from './graph.js';

const PACKAGE_TYPES: Readonly<Record<string, ComponentType | undefined>> = {
  software_Package: undefined, // from software_primaryPurpose
  ai_AIPackage: 'machine-learning-model',
  dataset_DatasetPackage: 'data',
};
/** Relationship types meaning "from depends on to" (SPDX 3.0 RelationshipType vocabulary). */
const DEPENDS = new Set([
  'dependsOn',
  'hasDynamicLink',
  'hasStaticLink',
  'hasPrerequisite',
  'hasOptionalDependency',
  'hasProvidedDependency',
]);
const LICENSE_RELATIONSHIPS = new Set(['hasConcludedLicense', 'hasDeclaredLicense']);
const DATASET_RELATIONSHIPS = new Set(['trainedOn', 'testedOn']);

interface Context {
  readonly file: string;
  readonly specVersion: string;
  readonly locate: (path: IssuePath) => SourceLocation | undefined;
}

/**
 * SPDX 3 elements → `Inventory`. Packages (software, AI, dataset) are the components; everything
 * else that has an id is known, so relationships to files, licenses and agents are understood.
 * AI packages also give a model card: their `ai_*` properties as written, and the datasets they were
 * trained or tested on.
 */
export function inventoryFromSpdx3(graph: Spdx3Graph, context: Context): ParseResult<Inventory> {
  const b = new InventoryBuilder(context.locate);
  const packages = graph.elements.filter(({ item }) => typeOf(item) in PACKAGE_TYPES);
  const packageIds = new Set(packages.flatMap(({ item }) => idOf(item) ?? []));
  for (const { item } of graph.elements) {
    const id = idOf(item);
    if (id !== undefined && !packageIds.has(id)) b.otherElement(id);
  }
  const relations = relationshipsByType(graph);
  const from = (type: string | Set<string>, id: string): string[] =>
    (relations.get(id) ?? [])
      .filter((r) => (typeof type === 'string' ? r.type === type : type.has(r.type)))
      .flatMap((r) => r.to);
  // contains → parent (first wins; a package cannot contain an ancestor).
  const parentOf = new Map<string, string>();
  for (const parent of packageIds)
    for (const child of from('contains', parent)) {
      if (!packageIds.has(child)) continue;
      const outcome = child === parent ? 'cycle' : containIn(parentOf, child, parent);
      if (outcome === 'cycle' || outcome === 'too-deep')
        b.issue(
          outcome === 'cycle' ? 'nesting-cycle' : 'invalid-value',
          'warning',
          relations.get(parent)?.find((r) => r.type === 'contains')?.path ?? [],
          outcome === 'cycle'
            ? `"${parent}" contains "${child}" would make a package contain itself; ignored`
            : `"${parent}" contains "${child}" nests packages too deep; ignored`,
        );
    }
  // A parent is added before its children. A repeated spdxId is added as its own draft (the
  // builder reports it); relationships name the first element with that id.
  const indexOf = new Map<string, number>(); // spdxId → draft index of its first element
  const firstWithId = new Map<string, number>(); // spdxId → position in `packages`
  packages.forEach(({ item }, position) => {
    const id = idOf(item);
    if (id !== undefined && !firstWithId.has(id)) firstWithId.set(id, position);
  });
  const parentPosition = (position: number): number | undefined => {
    const item = packages[position]?.item;
    const parentId = item === undefined ? undefined : parentOf.get(idOf(item) ?? '');
    return parentId === undefined ? undefined : firstWithId.get(parentId);
  };
  addParentsFirst(packages.length, parentPosition, (position, parent) => {
    const entry = packages[position] ?? { item: {}, index: position };
    const id = idOf(entry.item) ?? '';
    const licenses = from(LICENSE_RELATIONSHIPS, id).flatMap((l) => licenseName(graph, l) ?? []);
    const datasets = from(DATASET_RELATIONSHIPS, id);
    const index = b.add(packageDraft(graph, entry, parent, licenses, datasets));
    if (firstWithId.get(id) === position) indexOf.set(id, index);
    return index;
  });
  for (const id of packageIds) {
    const targets = from(DEPENDS, id);
    if (targets.length > 0)
      b.dependency(id, targets, relations.get(id)?.find((r) => DEPENDS.has(r.type))?.path ?? []);
  }
  const document = graph.ofType('SpdxDocument')[0]?.item;
  const subject = describedPackage(graph, document, packageIds);
  const subjectItem = subject === undefined ? undefined : graph.resolve(subject);
  if (subject !== undefined) b.describes(indexOf.get(subject) ?? 0);
  const creation =
    graph.resolve(document?.creationInfo) ?? graph.ofType('CreationInfo')[0]?.item ?? {};
  const inventory = b.build({
    format: 'spdx',
    specVersion: context.specVersion,
    encoding: 'json-ld',
    file: context.file,
    ...optional('documentId', document === undefined ? undefined : idOf(document)),
    metadata: {
      ...optional('timestamp', text(creation.created)),
      authors: graph.names(creation.createdBy),
      tools: graph.names(creation.createdUsing),
      ...optional(
        'supplier',
        subjectItem === undefined ? undefined : graph.names(subjectItem.suppliedBy)[0],
      ),
      ...(subjectItem === undefined
        ? {}
        : {
            subject: {
              name: text(subjectItem.name) ?? '',
              ...optional('version', text(subjectItem.software_packageVersion)),
            },
          }),
    },
  });
  return { ok: true, value: inventory, issues: b.issues };
}

function packageDraft(
  graph: Spdx3Graph,
  { item, index }: { item: JsonRecord; index: number },
  parent: number | undefined,
  licenses: string[],
  datasets: string[],
): ComponentDraft {
  const type = PACKAGE_TYPES[typeOf(item)] ?? spdxPurposeType(text(item.software_primaryPurpose));
  const identifiers = records(item.externalIdentifier).map(({ item: e }) => ({
    type: text(e.externalIdentifierType) ?? '',
    value: text(e.identifier),
  }));
  const ofType = (...types: string[]): string[] =>
    identifiers.flatMap((e) => (types.includes(e.type) && e.value !== undefined ? [e.value] : []));
  const validUntil = text(item.validUntilTime);
  const endOfSupportDate = validUntil === undefined ? undefined : calendarDate(validUntil);
  const supportLevel = texts(item.supportLevel).join(', ');
  const properties: Property[] = [
    ...ofType('swhid').map((value) => ({ name: IDENTIFIER_PROPERTIES.swhid, value })),
    ...ofType('gitoid').map((value) => ({ name: IDENTIFIER_PROPERTIES.omnibor, value })),
    ...ofType('swid').map((value) => ({ name: IDENTIFIER_PROPERTIES.swid, value })),
  ];
  const support = {
    ...optional('levelOfSupport', supportLevel === '' ? undefined : supportLevel),
    ...optional('endOfSupportDate', endOfSupportDate),
  };
  const card = Object.fromEntries(Object.entries(item).filter(([key]) => key.startsWith('ai_')));
  return {
    path: ['@graph', index],
    ...optional('ref', idOf(item)),
    type,
    ...optional('name', text(item.name)),
    ...optional('version', text(item.software_packageVersion)),
    ...optional('supplier', graph.names(item.suppliedBy)[0]),
    ...optional('author', graph.names(item.originatedBy).join(', ') || undefined),
    ...optional('purl', text(item.software_packageUrl) ?? ofType('packageUrl')[0]),
    cpes: ofType('cpe22', 'cpe23'),
    hashes: records(item.verifiedUsing).flatMap(({ item: h }) => {
      const algorithm = text(h.algorithm);
      const value = text(h.hashValue);
      return algorithm === undefined || value === undefined
        ? []
        : [{ algorithm: hashAlgorithm(algorithm), value }];
    }),
    licenses,
    ...(parent === undefined ? {} : { parent }),
    properties,
    ...(Object.keys(support).length === 0 ? {} : { support }),
    ...(type === 'machine-learning-model' ? { modelCard: { card, datasets } } : {}),
  };
}

interface Relation {
  readonly type: string;
  readonly to: readonly string[];
  readonly path: IssuePath;
}

/** Relationships (and lifecycle-scoped ones) grouped by their `from`. */
function relationshipsByType(graph: Spdx3Graph): Map<string, Relation[]> {
  const out = new Map<string, Relation[]>();
  for (const { item, index } of graph.ofType('Relationship', 'LifecycleScopedRelationship')) {
    const fromId = isRecord(item.from) ? idOf(item.from) : text(item.from);
    const type = text(item.relationshipType);
    if (fromId === undefined || type === undefined) continue;
    const list = out.get(fromId) ?? [];
    out.set(fromId, list);
    list.push({ type, to: targetsOf(item), path: ['@graph', index] });
  }
  return out;
}

/** The package the document describes: its root element, or the root element of an Sbom root. */
function describedPackage(
  graph: Spdx3Graph,
  document: JsonRecord | undefined,
  packages: ReadonlySet<string>,
): string | undefined {
  const roots = texts(document?.rootElement);
  for (const root of roots) {
    if (packages.has(root)) return root;
    const sbom = graph.resolve(root);
    const inner = texts(sbom?.rootElement).find((id) => packages.has(id));
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** A license element's expression or name; listed licenses named by IRI give their id. */
function licenseName(graph: Spdx3Graph, id: string): string | undefined {
  const element = graph.resolve(id);
  if (element === undefined) {
    const listed = /^https?:\/\/spdx\.org\/licenses\/(.+)$/.exec(id);
    return listed?.[1];
  }
  return (
    text(element.simplelicensing_licenseExpression) ??
    text(element.name) ??
    idOf(element)?.split('/').pop()
  );
}
