import {
  advisoryKeysOf,
  buildAdvisoryIndex,
  formatIssue,
  readVex,
  type AdvisoryIndex,
  type Inventory,
  type Issue,
  type VexStatement,
} from '@medrisk/core/scan';
import { readAdvisories, readSbomFile } from '@medrisk/core/node/scan';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { EXIT } from '../exit-codes.js';
import { ExitError } from '../errors.js';
import { openStoreOrExit, storeLocation, type StoreFlags } from '../store-options.js';

/** Reads every SBOM; any unreadable one stops the scan before anything is written (exit 2). */
export function readSboms(paths: readonly string[], maxBytes: number | undefined): Inventory[] {
  const inventories: Inventory[] = [];
  const problems: Issue[] = [];
  const warnings: Issue[] = [];
  for (const path of paths) {
    const { result } = readSbomFile(path, maxBytes === undefined ? {} : { maxBytes });
    warnings.push(...result.issues.filter((i) => i.severity !== 'error'));
    if (result.ok) inventories.push(result.value);
    else problems.push(...result.issues.filter((i) => i.severity === 'error'));
  }
  if (problems.length > 0)
    throw new ExitError(
      EXIT.badInput,
      `cannot read ${count(problems.length, 'SBOM problem')}; nothing was scanned`,
      problems.map(formatIssue),
    );
  printWarnings('SBOM', warnings);
  return inventories;
}

export interface LoadedAdvisories {
  readonly index: AdvisoryIndex;
  /** Where they came from, for messages and reports. */
  readonly source: string;
}

/**
 * Advisory files, folders and zips used directly, without a store. A file that fails to convert
 * would make the answer silently incomplete, so it stops the scan (exit 2) with its issues.
 */
export async function loadAdvisoryFiles(
  paths: readonly string[],
  say: (message: string) => void,
): Promise<LoadedAdvisories> {
  let last = 0;
  const result = await readAdvisories(paths, {
    onProgress: ({ file, done, total }) => {
      if (done - last >= 500 || done === total) {
        last = done;
        say(`advisories: ${String(done)}/${String(total)} ${file}`);
      }
    },
  });
  const errors = result.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0)
    throw new ExitError(
      EXIT.badInput,
      `cannot use ${count(result.files.filter((f) => !f.ok).length, 'advisory file')}; fix or remove ${result.files.filter((f) => !f.ok).length === 1 ? 'it' : 'them'} (a scan with missing advisories would look cleaner than it is)`,
      errors.slice(0, 50).map(formatIssue),
    );
  printWarnings(
    'advisory',
    result.issues.filter((i) => i.severity !== 'error'),
  );
  if (result.batches.length === 0)
    throw new ExitError(
      EXIT.badInput,
      `no advisories found in ${paths.join(', ')}; give OSV, NVD, CVE 5, CSAF, KEV or EPSS files, folders or zips`,
    );
  return {
    index: buildAdvisoryIndex(result.batches),
    source: `${String(result.files.length)} advisory file${result.files.length === 1 ? '' : 's'} from ${paths.join(', ')}`,
  };
}

/**
 * The local store, loading only the advisories the inventories can match. An embedded store that
 * does not exist yet is not created here: scanning against nothing would look clean.
 */
export async function loadFromStore(
  inventories: readonly Inventory[],
  flags: StoreFlags,
  say: (message: string) => void,
): Promise<LoadedAdvisories> {
  const location = storeLocation(flags);
  if ('dataDir' in location && !existsSync(location.dataDir))
    throw new ExitError(
      EXIT.badInput,
      `no advisories: pass --advisories FILE|DIR|ZIP, or fill the local store first (medrisk db import PATH, or medrisk db update); no store at ${location.label}`,
    );
  say(`loading advisories from the store at ${location.label}`);
  const { store, label } = await openStoreOrExit(flags);
  try {
    const status = await store.status({ lastImports: 1 });
    if (status.advisories === 0)
      throw new ExitError(
        EXIT.badInput,
        `the advisory store at ${label} is empty; run medrisk db import PATH or medrisk db update`,
      );
    const index = await store.advisoryIndex(advisoryKeysOf(inventories));
    const last = status.lastImports[0]?.finishedAt;
    return {
      index,
      source: `store ${label}, ${String(status.advisories)} advisories${last === undefined ? '' : `, last import ${last}`}`,
    };
  } finally {
    await store.close();
  }
}

/** Reads VEX documents; an unreadable one stops the scan (its statements would be lost). */
export function readVexFiles(paths: readonly string[]): VexStatement[] {
  const statements: VexStatement[] = [];
  const problems: Issue[] = [];
  const warnings: Issue[] = [];
  for (const path of paths) {
    let text: string;
    try {
      if (statSync(path).size > 64 * 1024 * 1024)
        throw new ExitError(EXIT.badInput, `${path} is larger than 64 MB; is it a VEX document?`);
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if (error instanceof ExitError) throw error;
      throw new ExitError(
        EXIT.badInput,
        `cannot read VEX file ${path} (${(error as { code?: string }).code ?? String(error)})`,
      );
    }
    const result = readVex(path, text);
    warnings.push(...result.issues.filter((i) => i.severity !== 'error'));
    if (result.ok) statements.push(...result.value);
    else problems.push(...result.issues.filter((i) => i.severity === 'error'));
  }
  if (problems.length > 0)
    throw new ExitError(
      EXIT.badInput,
      `cannot read ${count(problems.length, 'VEX problem')}`,
      problems.map(formatIssue),
    );
  printWarnings('VEX', warnings);
  return statements;
}

/** Warnings never stop a scan but are always shown: the first ten, then how many more. */
function printWarnings(kind: string, warnings: readonly Issue[]): void {
  for (const warning of warnings.slice(0, 10))
    process.stderr.write(`warning: ${formatIssue(warning)}\n`);
  if (warnings.length > 10)
    process.stderr.write(`warning: … and ${String(warnings.length - 10)} more ${kind} warnings\n`);
}

function count(n: number, noun: string): string {
  return `${String(n)} ${noun}${n === 1 ? '' : 's'}`;
}
