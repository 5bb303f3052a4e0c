import type { IssuePath } from '../../../common/issue.js';
import type { AffectedEntry } from '../../types.js';
import { isRecord, optArray, optString, stringList, type ConvertContext } from '../context.js';
import { toCpe23 } from '../cpe.js';
import { packageOfCollection } from './package.js';
import { convertVersions } from './versions.js';

const NOT_A_NAME = new Set(['', 'n/a', 'na', 'unknown', '[unknown]']);
const named = (text: string | undefined): text is string =>
  text !== undefined && !NOT_A_NAME.has(text.trim().toLowerCase());

/**
 * One product of `containers.*.affected[]` as affected entries. Identity, in order of precision:
 * a registry package (`collectionURL` + `packageName`); else the `cpes` (one entry each); else
 * the package or product name. When a `packageName` is given, `cpes` name the platform it ships
 * in (Red Hat writes `xz` with `cpe:/o:redhat:enterprise_linux:9`), so they go to
 * `extra.platforms` rather than making the whole OS affected. A product with no name, package or
 * CPE (`n/a`, as MITRE's records write) identifies nothing and yields no entry.
 */
export function convertProduct(
  ctx: ConvertContext,
  product: unknown,
  path: IssuePath,
  container: string,
): AffectedEntry[] {
  if (!isRecord(product)) return [];
  const vendor = optString(ctx, product, 'vendor', path);
  const name = optString(ctx, product, 'product', path);
  const packageName = optString(ctx, product, 'packageName', path);
  const collectionURL = optString(ctx, product, 'collectionURL', path);
  const repo = optString(ctx, product, 'repo', path);
  const defaultStatus = optString(ctx, product, 'defaultStatus', path);
  const cpesWritten = stringList(ctx, product, 'cpes', path);
  const cpes = cpesWritten.flatMap((cpe) => toCpe23(cpe) ?? []);
  const converted = convertVersions(optArray(ctx, product, 'versions', path), defaultStatus, repo);
  const pkg = packageOfCollection(collectionURL, packageName);
  const extra: Record<string, unknown> = { container };
  const keep = (key: string, value: unknown): void => {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) extra[key] = value;
  };
  keep('vendor', named(vendor) ? vendor : undefined);
  keep('product', named(name) ? name : undefined);
  keep('collectionURL', collectionURL);
  keep('defaultStatus', defaultStatus);
  keep('platforms', stringList(ctx, product, 'platforms', path));
  keep('approximations', converted.approximations);
  if (cpes.length < cpesWritten.length) keep('cpesAsWritten', cpesWritten);
  const base = { ranges: converted.ranges, versions: converted.versions };
  const productName = named(packageName) ? packageName : named(name) ? name : undefined;
  if (pkg !== undefined || (named(packageName) && cpes.length > 0)) {
    keep('platformCpes', cpes);
    return [
      {
        ...(pkg === undefined ? {} : { package: pkg }),
        ...(pkg === undefined && productName !== undefined ? { productNames: [productName] } : {}),
        ...base,
        extra,
      },
    ];
  }
  if (cpes.length > 0) return cpes.map((cpe) => ({ cpe, ...base, extra }));
  if (productName === undefined) return [];
  return [{ productNames: [productName], ...base, extra }];
}
