import type { Issue } from '../../common/issue.js';
import { isRecord, report, type ConvertContext } from '../../advisories/sources/context.js';
import { parseOsvYaml } from '../../advisories/sources/osv/yaml.js';
import {
  cycleOf,
  dateOf,
  optional,
  eolDateOf,
  productIdOfFile,
  recordsOf,
  release,
  textOf,
  uniqueCycles,
} from './fields.js';
import type { EolProduct, EolRelease } from './types.js';

/** The `---` lines around the front matter of an endoflife.date product file. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * An endoflife.date `products/<id>.md`: Markdown whose YAML front matter holds the release cycles.
 * The YAML is read with every scalar a string (except true/false/null), as the OSV reader does, so
 * an unquoted `3.10` or a date is never turned into a number or a Date. The product id is the file
 * name, as release-data and the API name products; the permalink and alternate URLs are aliases.
 */
export function readProductFile(ctx: ConvertContext, text: string): EolProduct | undefined {
  const match = FRONT_MATTER.exec(text);
  if (match === null) {
    report(ctx, 'error', 'invalid-format', [], 'no YAML front matter (a block between --- lines)');
    return undefined;
  }
  const before = ctx.issues.length;
  const value = parseOsvYaml(ctx, match[1] ?? '');
  // The front matter starts on line 2 of the file.
  ctx.issues.push(...ctx.issues.splice(before).map(shiftLine));
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    report(ctx, 'error', 'invalid-type', [], 'the front matter is not a mapping');
    return undefined;
  }
  if (!Array.isArray(value.releases)) {
    report(ctx, 'error', 'missing-field', ['releases'], 'no list of releases');
    return undefined;
  }
  const template = textOf(value.releaseLabel);
  const releases = uniqueCycles(
    ctx,
    recordsOf(ctx, value.releases, ['releases']).flatMap(({ value: r, path }) => {
      const parsed = releaseOf(ctx, r, path, template);
      return parsed === undefined ? [] : [{ release: parsed, path }];
    }),
  );
  if (releases.length === 0) {
    report(ctx, 'error', 'missing-field', ['releases'], 'no release has a cycle name');
    return undefined;
  }
  const product = productIdOfFile(ctx.file);
  return {
    product,
    ...optional('title', textOf(value.title)),
    ...optional('category', textOf(value.category)?.toLowerCase()),
    aliases: aliasesOf(value).filter((a) => a !== product),
    identifiers: identifiersOf(value.identifiers),
    releases,
    sources: [{ file: ctx.file, format: 'endoflife-product' }],
  };
}

function releaseOf(
  ctx: ConvertContext,
  r: Record<string, unknown>,
  path: readonly (string | number)[],
  template: string | undefined,
): EolRelease | undefined {
  const cycle = cycleOf(ctx, r.releaseCycle, [...path, 'releaseCycle']);
  if (cycle === undefined) return undefined;
  const codename = textOf(r.codename);
  const label = textOf(r.releaseLabel) ?? template;
  return release({
    cycle,
    label: label?.replaceAll('__RELEASE_CYCLE__', cycle).replaceAll('__CODENAME__', codename ?? ''),
    codename,
    releaseDate: dateOf(ctx, r.releaseDate, [...path, 'releaseDate']),
    eol: eolDateOf(ctx, r.eol, [...path, 'eol']),
    // `support` and `extendedSupport` are the names older product files used.
    support: eolDateOf(ctx, r.eoas ?? r.support, [...path, 'eoas']),
    extendedSupport: eolDateOf(ctx, r.eoes ?? r.extendedSupport, [...path, 'eoes']),
    lts: eolDateOf(ctx, r.lts, [...path, 'lts']),
    latest: textOf(r.latest),
    latestReleaseDate: dateOf(ctx, r.latestReleaseDate, [...path, 'latestReleaseDate']),
    link: textOf(r.link),
  });
}

function aliasesOf(value: Record<string, unknown>): string[] {
  const alternates: readonly unknown[] = Array.isArray(value.alternate_urls)
    ? value.alternate_urls
    : [];
  const urls = [value.permalink, ...alternates];
  const names = urls.flatMap((u) => {
    const text = textOf(u);
    return text === undefined ? [] : [text.replace(/^\/+|\/+$/g, '').toLowerCase()];
  });
  return [...new Set(names.filter((n) => n !== ''))].sort();
}

/** `identifiers: [{ purl: … }, { cpe: … }, { repology: … }]`; repology names are not used. */
function identifiersOf(value: unknown): EolProduct['identifiers'] {
  const purls = new Set<string>();
  const cpes = new Set<string>();
  for (const entry of Array.isArray(value) ? value : []) {
    if (!isRecord(entry)) continue;
    const purl = textOf(entry.purl);
    const cpe = textOf(entry.cpe);
    if (purl !== undefined) purls.add(purl);
    if (cpe !== undefined) cpes.add(cpe);
  }
  return { purls: [...purls].sort(), cpes: [...cpes].sort() };
}

function shiftLine(issue: Issue): Issue {
  return issue.location === undefined
    ? issue
    : { ...issue, location: { ...issue.location, line: issue.location.line + 1 } };
}
