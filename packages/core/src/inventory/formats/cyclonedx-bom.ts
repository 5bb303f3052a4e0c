import type { IssuePath, SourceLocation } from '../../common/issue.js';
import type { ParseResult } from '../../common/result.js';
import { COMPONENT_TYPES, type ComponentType, type CryptoAsset, type Inventory } from '../types.js';
import {
  IDENTIFIER_PROPERTIES,
  MAX_NESTING_DEPTH,
  hashAlgorithm,
  type Property,
} from './component-draft.js';
import { InventoryBuilder } from './inventory-builder.js';
import { isRecord, optional, records, text, texts, type JsonRecord } from './values.js';

/** CycloneDX versions read (JSON exists from 1.2; XML 1.0 and 1.1 read the same way). */
export const CYCLONEDX_VERSIONS = ['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7'] as const;

export interface CycloneDxContext {
  readonly file: string;
  readonly encoding: 'json' | 'xml';
  readonly specVersion: string;
  readonly locate: (path: IssuePath) => SourceLocation | undefined;
}

/**
 * A CycloneDX BOM in its JSON shape (the XML reader converts to this shape first, so both encodings
 * give the same inventory) → `Inventory`. `metadata.component` — the product the BOM describes — is
 * kept as a component too: for a device SBOM it is the device software, which advisories name.
 */
export function inventoryFromCycloneDx(
  bom: JsonRecord,
  context: CycloneDxContext,
): ParseResult<Inventory> {
  const b = new InventoryBuilder(context.locate);
  const metadata = isRecord(bom.metadata) ? bom.metadata : {};
  const subject = isRecord(metadata.component) ? metadata.component : undefined;
  if (subject !== undefined) {
    if (text(subject.name) === undefined)
      b.issue(
        'missing-field',
        'warning',
        ['metadata', 'component'],
        'metadata.component has no name; it is ignored',
      );
    else b.describes(readComponent(b, subject, ['metadata', 'component'], undefined));
  }
  for (const { item, index } of records(bom.components))
    readComponent(b, item, ['components', index], undefined);
  collectServices(b, bom.services);
  for (const { item, index } of records(bom.dependencies)) {
    const ref = text(item.ref);
    if (ref === undefined) {
      b.issue(
        'missing-field',
        'warning',
        ['dependencies', index],
        'dependency without a ref is ignored',
      );
      continue;
    }
    b.dependency(ref, texts(item.dependsOn), ['dependencies', index]);
  }
  const inventory = b.build({
    format: 'cyclonedx',
    specVersion: context.specVersion,
    encoding: context.encoding,
    file: context.file,
    ...optional('documentId', text(bom.serialNumber)),
    metadata: {
      ...optional('timestamp', text(metadata.timestamp)),
      authors: [
        ...records(metadata.authors).flatMap(({ item }) => texts(item.name ?? item.email)),
        ...texts(isRecord(metadata.manufacturer) ? metadata.manufacturer.name : undefined),
      ],
      tools: tools(metadata.tools),
      ...optional(
        'supplier',
        organization(metadata.supplier) ?? organization(metadata.manufacture),
      ),
      ...(subject === undefined || text(subject.name) === undefined
        ? {}
        : {
            subject: {
              name: text(subject.name) ?? '',
              ...optional('version', text(subject.version)),
            },
          }),
    },
  });
  if (b.issues.some((i) => i.severity === 'error')) return { ok: false, issues: b.issues };
  return { ok: true, value: inventory, issues: b.issues };
}

function readComponent(
  b: InventoryBuilder,
  item: JsonRecord,
  path: IssuePath,
  parent: number | undefined,
  depth = 0,
): number {
  const type = componentType(b, item.type, path);
  const cryptoProperties = isRecord(item.cryptoProperties) ? item.cryptoProperties : undefined;
  const modelCard = isRecord(item.modelCard) ? item.modelCard : undefined;
  // Drafts may hold undefined fields (the builder drops them); no per-field spreads on this hot path.
  const index = b.add({
    path,
    ref: text(item['bom-ref']),
    type,
    name: text(item.name),
    group: text(item.group),
    version: text(item.version),
    // Who supplies it: the supplier, else the 1.6 manufacturer, else the publisher (README).
    supplier:
      organization(item.supplier) ?? organization(item.manufacturer) ?? text(item.publisher),
    author:
      text(item.author) ?? joined(records(item.authors).flatMap(({ item: a }) => texts(a.name))),
    purl: text(item.purl),
    cpes: texts(item.cpe),
    hashes: records(item.hashes).flatMap(({ item: h }) => {
      const algorithm = text(h.alg);
      const value = text(h.content);
      return algorithm === undefined || value === undefined
        ? []
        : [{ algorithm: hashAlgorithm(algorithm), value }];
    }),
    licenses: licenses(item.licenses),
    parent,
    properties: [...properties(item.properties), ...identifiers(item)],
    crypto:
      type === 'cryptographic-asset' && cryptoProperties !== undefined
        ? crypto(cryptoProperties)
        : undefined,
    modelCard:
      modelCard === undefined ? undefined : { card: modelCard, datasets: datasetRefs(modelCard) },
  });
  const children = records(item.components);
  if (children.length > 0 && depth >= MAX_NESTING_DEPTH)
    b.issue(
      'invalid-value',
      'error',
      [...path, 'components'],
      `components are nested more than ${String(MAX_NESTING_DEPTH)} levels deep; the document is refused`,
      'real SBOMs nest a few levels; this one is broken or built to exhaust resources',
    );
  else
    for (const { item: child, index: i } of children)
      readComponent(b, child, [...path, 'components', i], index, depth + 1);
  return index;
}

function componentType(b: InventoryBuilder, value: unknown, path: IssuePath): ComponentType {
  const type = text(value);
  if (type !== undefined && (COMPONENT_TYPES as readonly string[]).includes(type))
    return type as ComponentType;
  b.issue(
    type === undefined ? 'missing-field' : 'invalid-value',
    'warning',
    [...path, 'type'],
    type === undefined
      ? 'component has no type; read as "other"'
      : `unknown component type "${type}"; read as "other"`,
  );
  return 'other';
}

/** `id`, else `name`, of each license; expressions as written. */
function licenses(value: unknown): string[] {
  return records(value).flatMap(({ item }) => {
    const license = isRecord(item.license) ? item.license : undefined;
    return texts(license === undefined ? item.expression : (license.id ?? license.name));
  });
}

function properties(value: unknown): Property[] {
  return records(value).flatMap(({ item }) => {
    const name = text(item.name);
    return name === undefined
      ? []
      : [{ name, value: typeof item.value === 'string' ? item.value : '' }];
  });
}

/** OmniBOR, SWHID (1.6) and SWID tag ids, which the inventory keeps as properties (component-draft.ts). */
function identifiers(item: JsonRecord): Property[] {
  const swid = isRecord(item.swid) ? text(item.swid.tagId) : undefined;
  return [
    ...texts(item.omniborId).map((value) => ({ name: IDENTIFIER_PROPERTIES.omnibor, value })),
    ...texts(item.swhid).map((value) => ({ name: IDENTIFIER_PROPERTIES.swhid, value })),
    ...(swid === undefined ? [] : [{ name: IDENTIFIER_PROPERTIES.swid, value: swid }]),
  ];
}

const ASSET_TYPES = ['algorithm', 'certificate', 'related-crypto-material', 'protocol'] as const;

function crypto(properties: JsonRecord): Omit<CryptoAsset, 'ref' | 'name'> {
  const assetType = text(properties.assetType);
  const known = ASSET_TYPES.find((t) => t === assetType);
  return { assetType: known ?? 'other', properties, ...optional('oid', text(properties.oid)) };
}

function datasetRefs(card: JsonRecord): string[] {
  const parameters = isRecord(card.modelParameters) ? card.modelParameters : {};
  return records(parameters.datasets).flatMap(({ item }) => texts(item.ref));
}

/** 1.2–1.4 tools are `{vendor, name, version}`; 1.5+ tools are `{components, services}`. */
function tools(value: unknown): string[] {
  const described = (item: JsonRecord): string[] => {
    const name = text(item.name);
    if (name === undefined) return [];
    const by =
      text(item.vendor) ??
      text(item.group) ??
      organization(item.supplier) ??
      organization(item.provider);
    return [[by, name, text(item.version)].filter((part) => part !== undefined).join(' ')];
  };
  if (isRecord(value))
    return [...records(value.components), ...records(value.services)].flatMap(({ item }) =>
      described(item),
    );
  return records(value).flatMap(({ item }) => described(item));
}

function collectServices(b: InventoryBuilder, value: unknown): void {
  for (const { item } of records(value)) {
    const ref = text(item['bom-ref']);
    if (ref !== undefined) b.otherElement(ref);
    collectServices(b, item.services);
  }
}

function organization(value: unknown): string | undefined {
  return isRecord(value) ? text(value.name) : undefined;
}

function joined(values: readonly string[]): string | undefined {
  return values.length === 0 ? undefined : values.join(', ');
}
