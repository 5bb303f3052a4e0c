import { ecosystemOfPurl } from '../../../versions/ecosystems.js';
import type { AffectedEntry } from '../../types.js';

/** Package registries CVE 5 names in `collectionURL`, by host, with their purl type. */
const REGISTRIES: readonly { readonly host: RegExp; readonly purlType: string }[] = [
  { host: /^(www\.)?npmjs\.(com|org)$|^registry\.npmjs\.org$/, purlType: 'npm' },
  { host: /^pypi\.(org|python\.org)$|^files\.pythonhosted\.org$/, purlType: 'pypi' },
  {
    host: /^(repo1?\.maven\.org|repo\.maven\.apache\.org|search\.maven\.org|central\.sonatype\.com)$/,
    purlType: 'maven',
  },
  { host: /^(www\.|api\.)?nuget\.org$/, purlType: 'nuget' },
  { host: /^crates\.io$/, purlType: 'cargo' },
  { host: /^rubygems\.org$/, purlType: 'gem' },
  { host: /^(proxy\.golang\.org|pkg\.go\.dev)$/, purlType: 'golang' },
  { host: /^(repo\.)?packagist\.org$/, purlType: 'composer' },
  { host: /^pub\.dev$/, purlType: 'pub' },
  { host: /^(hex\.pm|repo\.hex\.pm)$/, purlType: 'hex' },
  { host: /^cran\.r-project\.org$/, purlType: 'cran' },
  { host: /^hackage\.haskell\.org$/, purlType: 'hackage' },
];

/**
 * The package a CVE 5 product names through `collectionURL` + `packageName`, when the collection
 * is a registry we know. A package page URL (`https://pypi.org/project/protobuf/`) gives the name
 * when `packageName` is absent. Source repositories (github.com …) and distro portals are not
 * package registries: those products stay identified by name.
 */
export function packageOfCollection(
  collectionURL: string | undefined,
  packageName: string | undefined,
): AffectedEntry['package'] {
  if (collectionURL === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(collectionURL);
  } catch {
    return undefined;
  }
  const registry = REGISTRIES.find((r) => r.host.test(url.hostname.toLowerCase()));
  if (registry === undefined) return undefined;
  const fromPage = /^\/(?:project|package|packages|crates|gems)\/([^/]+)/.exec(url.pathname)?.[1];
  const name = packageName ?? (fromPage === undefined ? undefined : decodeURIComponent(fromPage));
  if (name === undefined || name.trim() === '') return undefined;
  const ecosystem = ecosystemOfPurl(registry.purlType);
  if (ecosystem === undefined) return undefined;
  return { ecosystem: ecosystem.osv, name: name.trim() };
}
