import type { Feed, Store } from '@medrisk/store';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { ExitError } from '../errors.js';
import { progress } from '../output.js';
import { cacheDirOf, type StoreFlags } from '../store-options.js';

export interface UpdateFlags extends StoreFlags {
  readonly osv?: string | readonly string[];
  readonly kev?: boolean;
  readonly epss?: boolean;
  readonly nvd?: boolean;
  readonly nvdApiKey?: string;
  /** Mirrors (air-gapped sites, tests): base URL of an osv.dev bucket copy, and feed URLs. */
  readonly osvUrl?: string;
  readonly kevUrl?: string;
  readonly epssUrl?: string;
  readonly nvdUrl?: string;
  readonly format?: string;
  readonly quiet?: boolean;
}

/**
 * Downloads the official feeds (resumable, integrity-checked where the feed allows) and imports
 * what changed. Without feed options: KEV, EPSS and the OSV ecosystems already in the store.
 */
export async function runDbUpdate(
  store: Store,
  label: string,
  flags: UpdateFlags,
): Promise<ExitCode> {
  const store_ = await import('@medrisk/store');
  const osv = list(flags.osv);
  const explicit =
    osv.length > 0 || flags.kev === true || flags.epss === true || flags.nvd === true;
  const ecosystems = explicit ? osv : (await store.status()).byEcosystem.map((e) => e.ecosystem);
  const feeds: Feed[] = [
    ...ecosystems.map((e) => store_.osvFeed(e, flags.osvUrl)),
    ...(!explicit || flags.kev === true ? [store_.kevFeed(flags.kevUrl)] : []),
    ...(!explicit || flags.epss === true ? [store_.epssFeed(flags.epssUrl)] : []),
    ...(flags.nvd === true
      ? [
          store_.nvdFeed({
            ...(flags.nvdUrl === undefined ? {} : { url: flags.nvdUrl }),
            ...(flags.nvdApiKey === undefined ? {} : { apiKey: flags.nvdApiKey }),
          }),
        ]
      : []),
  ];
  const say = progress(flags.quiet === true);
  say(`updating ${label} from ${feeds.map((f) => f.id).join(', ')}`);
  const results = await store_.updateFromFeeds(store, {
    feeds,
    cacheDir: cacheDirOf(flags),
    onProgress: ({ feed, phase, done, total }) => {
      say(`${feed}: ${phase} ${String(done)}${total === undefined ? '' : `/${String(total)}`}`);
    },
  });
  if (flags.format === 'json') process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else
    for (const r of results) {
      const counts =
        r.import === undefined
          ? ''
          : ` (+${String(r.import.advisories.added)} ~${String(r.import.advisories.updated)} =${String(r.import.advisories.unchanged)}, KEV ${String(r.import.kevChanged)}, EPSS ${String(r.import.epssChanged)})`;
      const checks = r.files.flatMap((f) => f.verified);
      process.stdout.write(
        `${r.feed}: ${r.status}${counts}${checks.length > 0 ? ` [verified ${[...new Set(checks)].join(', ')}]` : ''}${r.error === undefined ? '' : ` — ${r.error}`}\n`,
      );
    }
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length > 0)
    throw new ExitError(
      EXIT.badInput,
      `${String(failed.length)} feed(s) failed; the data of the others was imported, and the failed ones keep their previous data`,
    );
  return EXIT.ok;
}

function list(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' ? [value] : [...value]).map(String);
}
