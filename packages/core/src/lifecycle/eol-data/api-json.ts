import { isRecord, report, type ConvertContext } from '../../advisories/sources/context.js';
import {
  cycleOf,
  dateOf,
  eolDateOf,
  optional,
  productIdOfFile,
  recordsOf,
  release,
  textOf,
  uniqueCycles,
} from './fields.js';
import type { EolDate, EolDataFormat, EolProduct } from './types.js';

/**
 * endoflife.date API v0 (`/api/<product>.json`): an array of `{ cycle, releaseDate, eol, support,
 * extendedSupport, lts, latest, latestReleaseDate, link, codename }`. The product is named by the
 * file. v0 `support` booleans are ambiguous between API versions ("has support" vs "support
 * ended"), so only its dates are kept; medrisk judges by `eol` alone.
 */
export function readApiV0(ctx: ConvertContext, value: readonly unknown[]): EolProduct | undefined {
  const releases = uniqueCycles(
    ctx,
    recordsOf(ctx, value, []).flatMap(({ value: r, path }) => {
      const cycle = cycleOf(ctx, r.cycle, [...path, 'cycle']);
      if (cycle === undefined) return [];
      const support = eolDateOf(ctx, r.support, [...path, 'support']);
      return [
        {
          path,
          release: release({
            cycle,
            label: textOf(r.releaseLabel),
            codename: textOf(r.codename),
            releaseDate: dateOf(ctx, r.releaseDate, [...path, 'releaseDate']),
            eol: eolDateOf(ctx, r.eol, [...path, 'eol']),
            support: typeof support === 'string' ? support : undefined,
            extendedSupport: eolDateOf(ctx, r.extendedSupport, [...path, 'extendedSupport']),
            lts: eolDateOf(ctx, r.lts, [...path, 'lts']),
            latest: textOf(r.latest),
            latestReleaseDate: dateOf(ctx, r.latestReleaseDate, [...path, 'latestReleaseDate']),
            link: textOf(r.link),
          }),
        },
      ];
    }),
  );
  return finishProduct(ctx, 'endoflife-api-v0', { product: productIdOfFile(ctx.file), releases });
}

/**
 * endoflife.date API v1 (`/api/v1/products/<product>/`): `result` holds the product's name,
 * label, category, aliases, identifiers `[{ type, id }]` and `releases` with `isEol`/`eolFrom`,
 * `isEoas`/`eoasFrom`, `isEoes`/`eoesFrom`, `isLts`/`ltsFrom` and `latest: { name, date }`.
 */
export function readApiV1(
  ctx: ConvertContext,
  value: Record<string, unknown>,
): EolProduct | undefined {
  const result = value.result;
  if (!isRecord(result) || !Array.isArray(result.releases)) {
    report(ctx, 'error', 'missing-field', ['result', 'releases'], 'no result.releases list');
    return undefined;
  }
  const releases = uniqueCycles(
    ctx,
    recordsOf(ctx, result.releases, ['result', 'releases']).flatMap(({ value: r, path }) => {
      const cycle = cycleOf(ctx, r.name, [...path, 'name']);
      if (cycle === undefined) return [];
      const latest = isRecord(r.latest) ? r.latest : {};
      const flag = (from: string, is: string): EolDate | undefined =>
        eolDateOf(ctx, r[from], [...path, from]) ?? eolDateOf(ctx, r[is], [...path, is]);
      return [
        {
          path,
          release: release({
            cycle,
            label: textOf(r.label),
            codename: textOf(r.codename),
            releaseDate: dateOf(ctx, r.releaseDate, [...path, 'releaseDate']),
            eol: flag('eolFrom', 'isEol'),
            support: flag('eoasFrom', 'isEoas'),
            extendedSupport: flag('eoesFrom', 'isEoes'),
            lts: flag('ltsFrom', 'isLts'),
            latest: textOf(latest.name),
            latestReleaseDate: dateOf(ctx, latest.date, [...path, 'latest', 'date']),
            link: textOf(latest.link),
          }),
        },
      ];
    }),
  );
  const identifiers = Array.isArray(result.identifiers) ? result.identifiers : [];
  const ids = (type: string) =>
    [
      ...new Set(
        identifiers.flatMap((i) =>
          isRecord(i) && i.type === type && typeof i.id === 'string' ? [i.id] : [],
        ),
      ),
    ].sort();
  const name = textOf(result.name)?.toLowerCase() ?? productIdOfFile(ctx.file);
  return finishProduct(ctx, 'endoflife-api-v1', {
    product: name,
    ...optional('title', textOf(result.label)),
    ...optional('category', textOf(result.category)?.toLowerCase()),
    aliases: Array.isArray(result.aliases)
      ? [
          ...new Set(
            result.aliases.flatMap((a) => (typeof a === 'string' ? [a.toLowerCase()] : [])),
          ),
        ].sort()
      : [],
    identifiers: { purls: ids('purl'), cpes: ids('cpe') },
    releases,
  });
}

/**
 * endoflife-date/release-data `releases/<product>.json`: `releases` maps each cycle to `{ name,
 * eol, releaseDate, eoas, eoes, … }` and `versions` maps every version to its date (not used: the
 * cycle, not the version, carries the support dates).
 */
export function readReleaseData(
  ctx: ConvertContext,
  value: Record<string, unknown>,
): EolProduct | undefined {
  if (!isRecord(value.releases)) {
    report(ctx, 'error', 'missing-field', ['releases'], 'no releases object');
    return undefined;
  }
  const entries = Object.entries(value.releases);
  const releases = uniqueCycles(
    ctx,
    entries.flatMap(([key, r]) => {
      const path = ['releases', key];
      if (!isRecord(r)) {
        report(ctx, 'warning', 'invalid-type', path, 'release entry is not an object; skipped');
        return [];
      }
      const cycle = cycleOf(ctx, r.name ?? key, [...path, 'name']);
      if (cycle === undefined) return [];
      return [
        {
          path,
          release: release({
            cycle,
            label: undefined,
            codename: textOf(r.codename),
            releaseDate: dateOf(ctx, r.releaseDate, [...path, 'releaseDate']),
            eol: eolDateOf(ctx, r.eol, [...path, 'eol']),
            support: eolDateOf(ctx, r.eoas, [...path, 'eoas']),
            extendedSupport: eolDateOf(ctx, r.eoes, [...path, 'eoes']),
            lts: eolDateOf(ctx, r.lts, [...path, 'lts']),
            latest: undefined,
            latestReleaseDate: undefined,
            link: undefined,
          }),
        },
      ];
    }),
  );
  // An empty releases object is valid upstream (a product tracked by versions only).
  return {
    product: productIdOfFile(ctx.file),
    aliases: [],
    identifiers: { purls: [], cpes: [] },
    releases,
    sources: [{ file: ctx.file, format: 'endoflife-release-data' }],
  };
}

function finishProduct(
  ctx: ConvertContext,
  format: EolDataFormat,
  product: Omit<EolProduct, 'sources' | 'aliases' | 'identifiers'> &
    Partial<Pick<EolProduct, 'aliases' | 'identifiers'>>,
): EolProduct | undefined {
  if (product.releases.length === 0) {
    report(ctx, 'error', 'missing-field', [], 'no release has a cycle name');
    return undefined;
  }
  return {
    aliases: [],
    identifiers: { purls: [], cpes: [] },
    ...product,
    sources: [{ file: ctx.file, format }],
  };
}
