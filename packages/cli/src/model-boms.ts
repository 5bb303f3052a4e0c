import type { DeviceModel, Inventory, SupplyChainInput, VexStatement } from '@medrisk/core';
import { scanInventories } from '@medrisk/core';
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import {
  loadAdvisoryFiles,
  loadFromStore,
  readSboms,
  readVexFiles,
  type LoadedAdvisories,
} from './commands/scan-inputs.js';
import { storeLocation, type StoreFlags } from './store-options.js';

export interface ModelBomFlags extends StoreFlags {
  readonly advisories?: string | readonly string[];
  readonly vex?: string | readonly string[];
}

/**
 * The model's SBOMs (paths relative to the model file) scanned against the advisories: files given
 * with --advisories, else the local store when there is one. Without either the SBOMs are still
 * linked, and the analysis says they were not checked. An unreadable SBOM stops the command.
 */
export async function scanModelBoms(
  model: DeviceModel,
  modelPath: string,
  flags: ModelBomFlags,
  say: (message: string) => void,
): Promise<SupplyChainInput | undefined> {
  const read = model.boms.filter((b) => b.type !== 'vex');
  if (read.length === 0) return undefined;
  const base = dirname(resolve(modelPath));
  const fileOf = (path: string) =>
    relative(process.cwd(), resolve(base, path)).split('\\').join('/');
  say(`reading ${String(read.length)} BOM${read.length === 1 ? '' : 's'} of the model`);
  const all: Inventory[] = readSboms(
    read.map((b) => fileOf(b.path)),
    undefined,
  );
  const boms = read.map((b, i) => ({ id: b.id, file: fileOf(b.path), inventory: all[i] }));
  const sbomIds = new Set(model.boms.filter((b) => b.type === 'sbom').map((b) => b.id));
  const inventories = boms.flatMap((b) =>
    sbomIds.has(b.id) && b.inventory !== undefined ? [b.inventory] : [],
  );
  if (inventories.length === 0) return { boms };
  const vexFiles = [
    ...model.boms.filter((b) => b.type === 'vex').map((b) => fileOf(b.path)),
    ...list(flags.vex),
  ];
  const vex: VexStatement[] = readVexFiles(vexFiles);
  const advisories = await advisoriesFor(inventories, flags, say);
  if (advisories === undefined) return { boms };
  return {
    boms,
    scan: scanInventories(inventories, advisories.index, vex),
    source: advisories.source,
  };
}

async function advisoriesFor(
  inventories: readonly Inventory[],
  flags: ModelBomFlags,
  say: (message: string) => void,
): Promise<LoadedAdvisories | undefined> {
  const paths = list(flags.advisories);
  if (paths.length > 0) return loadAdvisoryFiles(paths, say);
  const location = storeLocation(flags);
  if ('dataDir' in location && !existsSync(location.dataDir)) return undefined;
  return loadFromStore(inventories, flags, say);
}

function list(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' ? [value] : [...value]).map(String);
}
