interface FeedBase {
  /** The import source name, also the feed's folder in the cache: `osv/PyPI`, `kev`, `epss`, `nvd`. */
  readonly id: string;
  readonly url: string;
  /** File name in the feed's cache folder. */
  readonly fileName: string;
}

/** A feed the update downloads and imports: one file, or (NVD) a series of API pages. */
export type Feed = (FeedBase & { readonly kind: 'osv' | 'kev' | 'epss' }) | NvdFeed;

/** NVD CVE API 2.0 paging and filters (https://nvd.nist.gov/developers/vulnerabilities). */
export interface NvdFeed extends FeedBase {
  readonly kind: 'nvd';
  readonly apiKey?: string;
  /** Only CVEs modified in this window (ISO 8601; the API allows at most 120 days). */
  readonly lastModStartDate?: string;
  readonly lastModEndDate?: string;
  /** At most 2,000 (the API's maximum). */
  readonly pageSize?: number;
}

/** osv.dev's public bucket: one `all.zip` per ecosystem. */
export const OSV_BUCKET_URL = 'https://osv-vulnerabilities.storage.googleapis.com';
export const KEV_URL =
  'https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json';
/** FIRST's daily EPSS scores (the CSV FIRST links to from https://www.first.org/epss/data_stats). */
export const EPSS_URL = 'https://epss.empiricalsecurity.com/epss_scores-current.csv.gz';
export const NVD_CVE_API_URL = 'https://services.nvd.nist.gov/rest/json/cves/2.0';

/** The OSV archive of one ecosystem (`PyPI`, `Debian`, `Rocky Linux` …, as osv.dev names them). */
export function osvFeed(ecosystem: string, bucketUrl = OSV_BUCKET_URL): Feed {
  return {
    id: `osv/${ecosystem}`,
    kind: 'osv',
    url: `${bucketUrl}/${encodeURIComponent(ecosystem)}/all.zip`,
    fileName: 'all.zip',
  };
}

export function kevFeed(url = KEV_URL): Feed {
  return { id: 'kev', kind: 'kev', url, fileName: 'known_exploited_vulnerabilities.json' };
}

export function epssFeed(url = EPSS_URL): Feed {
  return { id: 'epss', kind: 'epss', url, fileName: 'epss_scores-current.csv.gz' };
}

export function nvdFeed(
  options: Omit<NvdFeed, 'id' | 'kind' | 'url' | 'fileName'> & { url?: string } = {},
): NvdFeed {
  return {
    ...options,
    id: 'nvd',
    kind: 'nvd',
    url: options.url ?? NVD_CVE_API_URL,
    fileName: 'page',
  };
}

/** The cache folder of a feed: its id with anything but letters, digits, `.`, `-`, `_` and `/` replaced. */
export function feedFolder(feed: Feed): string {
  return feed.id.replace(/[^A-Za-z0-9._/-]+/g, '_').replace(/\.\.+/g, '_');
}
