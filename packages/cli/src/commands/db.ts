import { formatIssue } from '@medrisk/core';
import { readAdvisories, readEolFiles } from '@medrisk/core/node';
import type { ImportSummary, Store, StoreStatus } from '@medrisk/store';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { ExitError } from '../errors.js';
import { progress } from '../output.js';
import { digestPaths } from '../path-digest.js';
import { openStoreOrExit, type StoreFlags } from '../store-options.js';
import { runDbUpdate, type UpdateFlags } from './db-update.js';

export interface DbFlags extends StoreFlags, UpdateFlags {
  readonly format?: string;
  readonly force?: boolean;
  readonly quiet?: boolean;
}

const ACTIONS = ['import', 'status', 'update'] as const;

/** `medrisk db import|status|update`: the persistent advisory store. */
export async function runDb(
  action: string | undefined,
  paths: readonly string[],
  flags: DbFlags,
): Promise<ExitCode> {
  if (action === undefined || !(ACTIONS as readonly string[]).includes(action))
    throw new ExitError(
      EXIT.badInput,
      `${action === undefined ? 'missing' : `unknown`} db action${action === undefined ? '' : ` "${action}"`}; use one of: ${ACTIONS.join(', ')}`,
    );
  if (action === 'import' && paths.length === 0)
    throw new ExitError(
      EXIT.badInput,
      'db import needs at least one file, folder or zip of advisories (OSV, NVD, CVE 5, CSAF, KEV, EPSS) or endoflife.date release data',
    );
  if (flags.format !== undefined && flags.format !== 'text' && flags.format !== 'json')
    throw new ExitError(EXIT.badInput, `unknown format "${flags.format}"; use text or json`);
  const { store, label } = await openStoreOrExit(flags);
  try {
    if (action === 'status') return await status(store, label, flags);
    if (action === 'update') return await runDbUpdate(store, label, flags);
    return await importPaths(store, label, paths, flags);
  } finally {
    await store.close();
  }
}

async function importPaths(
  store: Store,
  label: string,
  paths: readonly string[],
  flags: DbFlags,
): Promise<ExitCode> {
  const say = progress(flags.quiet === true);
  say(`reading ${paths.join(', ')}`);
  const { digest, files } = await digestPaths(paths);
  // endoflife.date files are recognised by shape first, so a folder may mix them with advisories.
  const eol = readEolFiles(paths);
  const eolErrors = eol.issues.filter((i) => i.severity === 'error');
  if (eolErrors.length > 0)
    throw new ExitError(
      EXIT.badInput,
      `nothing imported: ${String(eol.files.filter((f) => !f.ok).length)} endoflife.date file(s) could not be read; fix or remove them and run again`,
      eolErrors.slice(0, 50).map(formatIssue),
    );
  if (eol.products.length > 0)
    say(`read ${String(eol.products.length)} endoflife.date product file(s)`);
  const read = await readAdvisories(paths, {
    skip: eol.eolPaths,
    onProgress: ({ done, total, file }) => {
      if (done % 500 === 0 || done === total) say(`read ${String(done)}/${String(total)} ${file}`);
    },
  });
  const errors = read.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0)
    throw new ExitError(
      EXIT.badInput,
      `nothing imported: ${String(read.files.filter((f) => !f.ok).length)} file(s) could not be read; fix or remove them and run again`,
      errors.slice(0, 50).map(formatIssue),
    );
  const warnings = [...eol.issues, ...read.issues];
  for (const warning of warnings.slice(0, 10))
    process.stderr.write(`warning: ${formatIssue(warning)}\n`);
  if (warnings.length > 10)
    process.stderr.write(`warning: … and ${String(warnings.length - 10)} more\n`);
  const summary = await store.importBatches(read.batches, {
    source: `files:${paths.join(',')}`,
    digest,
    files,
    ...(flags.force === true ? { force: true } : {}),
    ...(eol.products.length === 0 ? {} : { eol: eol.products }),
    onProgress: ({ phase, done, total }) => {
      say(`importing ${phase} ${String(done)}/${String(total)}`);
    },
  });
  if (flags.format === 'json') process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else if (summary.skipped)
    process.stdout.write(
      `already imported (same files, import #${String(summary.importId)}); nothing changed in ${label}. Use --force to import again.\n`,
    );
  else {
    const a = summary.advisories;
    process.stdout.write(
      `imported into ${label}: ${String(a.added)} added, ${String(a.updated)} updated, ${String(a.unchanged)} unchanged, ${String(a.older)} older than stored; ${String(summary.kevChanged)} KEV and ${String(summary.epssChanged)} EPSS entries changed${eolLine(summary.eol)}\n`,
    );
  }
  return EXIT.ok;
}

function eolLine(eol: ImportSummary['eol']): string {
  const total = eol.added + eol.updated + eol.unchanged;
  return total === 0
    ? ''
    : `; endoflife.date products: ${String(eol.added)} added, ${String(eol.updated)} updated, ${String(eol.unchanged)} unchanged`;
}

async function status(store: Store, label: string, flags: DbFlags): Promise<ExitCode> {
  const s = await store.status({ lastImports: 10 });
  if (flags.format === 'json') {
    process.stdout.write(`${JSON.stringify({ location: label, ...s }, null, 2)}\n`);
    return EXIT.ok;
  }
  process.stdout.write(renderStatus(label, s));
  return EXIT.ok;
}

function renderStatus(label: string, s: StoreStatus): string {
  const lines = [
    `advisory store: ${label} (${s.backend}, schema ${s.schemaVersion.at(-1) ?? 'none'})`,
    `${String(s.advisories)} advisories (${String(s.withdrawn)} withdrawn), ${String(s.kev)} KEV entries, ${String(s.epss.scores)} EPSS scores${s.epss.latestDate === undefined ? '' : ` (${s.epss.latestDate})`}`,
    `by source: ${s.bySourceKind.map((k) => `${k.kind} ${String(k.advisories)}`).join(', ') || 'none'}`,
    `by ecosystem: ${s.byEcosystem.map((e) => `${e.ecosystem} ${String(e.advisories)}`).join(', ') || 'none'}`,
    `CPE-identified: ${String(s.cpeAdvisories)}, product-name-identified: ${String(s.productNameAdvisories)}`,
    s.eol.products === 0
      ? 'endoflife.date data: none (medrisk db import a folder of product .md or release-data .json files)'
      : `endoflife.date data: ${String(s.eol.products)} products, ${String(s.eol.cycles)} release cycles (${String(s.eol.files)} source files)`,
    '',
    s.lastImports.length === 0
      ? 'no imports yet: run medrisk db import PATH or medrisk db update'
      : 'last imports:',
    ...s.lastImports.map(
      (i) =>
        `  #${String(i.id)} ${i.finishedAt ?? `${i.startedAt} (unfinished)`}  ${i.source}  +${String(i.advisories.added)} ~${String(i.advisories.updated)} =${String(i.advisories.unchanged)}${i.eol.added + i.eol.updated + i.eol.unchanged === 0 ? '' : `  eol +${String(i.eol.added)} ~${String(i.eol.updated)} =${String(i.eol.unchanged)}`}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
