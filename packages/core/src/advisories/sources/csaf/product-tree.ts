import type { IssuePath } from '../../../common/issue.js';
import {
  isRecord,
  optArray,
  optRecord,
  optString,
  report,
  type ConvertContext,
} from '../context.js';

/** What a CSAF product id stands for, gathered from the branch path that defines it. */
export interface ProductInfo {
  readonly id: string;
  /** `product.name` as written (often vendor, product and version in one string). */
  readonly fullName: string;
  readonly vendor?: string;
  /** The nearest `product_name` (or `product_family`) branch. */
  readonly productName?: string;
  /** A `product_version` branch: one version. */
  readonly version?: string;
  /** A `product_version_range` branch: vers or vls text. */
  readonly versionRange?: string;
  readonly cpe?: string;
  readonly purls: readonly string[];
  /** Other identification helpers (model numbers, SKUs, hashes …) as written. */
  readonly helpers?: Readonly<Record<string, unknown>>;
  /** For a relationship product: the product it is part of or installed on, and how. */
  readonly platform?: ProductInfo;
  readonly relationship?: string;
}

/** The product tree as a lookup, plus product groups (group id → product ids). */
export interface ProductTree {
  readonly products: ReadonlyMap<string, ProductInfo>;
  readonly groups: ReadonlyMap<string, readonly string[]>;
}

/** CSAF allows deep trees; anything deeper than this is not a real product tree. */
const MAX_DEPTH = 40;

interface BranchPath {
  readonly vendor?: string;
  readonly productName?: string;
  readonly version?: string;
  readonly versionRange?: string;
}

/**
 * Walks `product_tree` (CSAF 2.0 §3.2.2): branches (vendor / product_family / product_name /
 * product_version / product_version_range …), `full_product_names`, and `relationships` (a
 * component of, or installed on, another product). Later definitions of the same id are reported.
 */
export function readProductTree(
  ctx: ConvertContext,
  document: Record<string, unknown>,
): ProductTree {
  const products = new Map<string, ProductInfo>();
  const groups = new Map<string, string[]>();
  const tree = optRecord(ctx, document, 'product_tree', []);
  if (tree === undefined) return { products, groups };
  const path = ['product_tree'];
  const define = (info: ProductInfo, at: IssuePath): void => {
    if (products.has(info.id))
      report(
        ctx,
        'warning',
        'duplicate-id',
        at,
        `product id "${info.id}" is defined more than once; the first definition is used`,
      );
    else products.set(info.id, info);
  };
  const walk = (
    branches: readonly unknown[],
    at: IssuePath,
    context: BranchPath,
    depth: number,
  ): void => {
    if (depth > MAX_DEPTH) {
      report(
        ctx,
        'error',
        'invalid-value',
        at,
        `product tree branches nest deeper than ${String(MAX_DEPTH)} levels`,
      );
      return;
    }
    branches.forEach((branch, index) => {
      const here = [...at, index];
      if (!isRecord(branch)) return;
      const category = optString(ctx, branch, 'category', here);
      const name = optString(ctx, branch, 'name', here);
      const next = { ...context, ...branchField(category, name) };
      const product = optRecord(ctx, branch, 'product', here);
      if (product !== undefined) {
        const info = productInfo(ctx, product, [...here, 'product'], next);
        if (info !== undefined) define(info, [...here, 'product']);
      }
      walk(optArray(ctx, branch, 'branches', here), [...here, 'branches'], next, depth + 1);
    });
  };
  walk(optArray(ctx, tree, 'branches', path), [...path, 'branches'], {}, 0);
  optArray(ctx, tree, 'full_product_names', path).forEach((product, index) => {
    const at = [...path, 'full_product_names', index];
    const info = isRecord(product) ? productInfo(ctx, product, at, {}) : undefined;
    if (info !== undefined) define(info, at);
  });
  optArray(ctx, tree, 'relationships', path).forEach((relationship, index) => {
    const at = [...path, 'relationships', index];
    const info = isRecord(relationship)
      ? relationshipInfo(ctx, relationship, at, products)
      : undefined;
    if (info !== undefined) define(info, at);
  });
  optArray(ctx, tree, 'product_groups', path).forEach((group) => {
    if (!isRecord(group) || typeof group.group_id !== 'string' || !Array.isArray(group.product_ids))
      return;
    groups.set(
      group.group_id,
      group.product_ids.filter((id): id is string => typeof id === 'string'),
    );
  });
  return { products, groups };
}

function branchField(category: string | undefined, name: string | undefined): BranchPath {
  if (name === undefined) return {};
  switch (category) {
    case 'vendor':
      return { vendor: name };
    case 'product_family':
    case 'product_name':
      return { productName: name };
    case 'product_version':
      return { version: name };
    case 'product_version_range':
      return { versionRange: name };
    default:
      return {};
  }
}

function productInfo(
  ctx: ConvertContext,
  product: Record<string, unknown>,
  at: IssuePath,
  path: BranchPath,
): ProductInfo | undefined {
  const id = optString(ctx, product, 'product_id', at);
  const fullName = optString(ctx, product, 'name', at);
  if (id === undefined || fullName === undefined) {
    report(ctx, 'warning', 'missing-field', at, 'a product needs "product_id" and "name"; skipped');
    return undefined;
  }
  const helper = optRecord(ctx, product, 'product_identification_helper', at) ?? {};
  const { cpe, purl, purls, ...others } = helper;
  const purlList = [purl, ...(Array.isArray(purls) ? (purls as unknown[]) : [])].filter(
    (p): p is string => typeof p === 'string',
  );
  return {
    id,
    fullName,
    ...path,
    ...(typeof cpe === 'string' ? { cpe } : {}),
    purls: purlList,
    ...(Object.keys(others).length > 0 ? { helpers: others } : {}),
  };
}

function relationshipInfo(
  ctx: ConvertContext,
  relationship: Record<string, unknown>,
  at: IssuePath,
  products: ReadonlyMap<string, ProductInfo>,
): ProductInfo | undefined {
  const full = optRecord(ctx, relationship, 'full_product_name', at);
  const component = optString(ctx, relationship, 'product_reference', at);
  const platform = optString(ctx, relationship, 'relates_to_product_reference', at);
  const category = optString(ctx, relationship, 'category', at);
  const own =
    full === undefined ? undefined : productInfo(ctx, full, [...at, 'full_product_name'], {});
  if (own === undefined || component === undefined || platform === undefined) return own;
  const part = products.get(component);
  const base = products.get(platform);
  if (part === undefined || base === undefined) {
    report(
      ctx,
      'warning',
      'unknown-reference',
      at,
      `relationship refers to an undefined product ("${part === undefined ? component : platform}")`,
    );
    return own;
  }
  // The relationship product is the component (its identity and version), on or in the platform.
  return {
    ...part,
    id: own.id,
    fullName: own.fullName,
    platform: base,
    ...(category === undefined ? {} : { relationship: category }),
  };
}
