import { compareStrings } from '../../common/order.js';
import type { Inventory, InventoryComponent, ModelCard } from '../../inventory/types.js';
import type { Component, DeviceModel } from '../../model/types.js';
import type { RuleContext } from '../threats/types.js';
import {
  compareDeclared,
  hashAlgorithm,
  parseDigest,
  type DeclaredDigest,
  type DigestComparison,
} from './digests.js';

/** The ML-BOM entry that describes an AI component, and how it was found. */
export interface MlbomModel {
  /** The `boms` entry (type mlbom) linked to the component or to the component it is nested in. */
  readonly bomId: string;
  /** The file it was read from; absent when the shell did not read it. */
  readonly file?: string;
  readonly status: 'found' | 'not-read' | 'no-model' | 'ambiguous' | 'ref-not-found';
  /** `machine-learning-model` components of the ML-BOM, by ref (for the messages). */
  readonly candidates: readonly string[];
  readonly model?: InventoryComponent;
  readonly card?: ModelCard;
}

/**
 * How the model's `ai.artifactDigest` relates to the ML-BOM: `match`/`mismatch` when a hash of the
 * same algorithm is listed; `not-comparable` when none is; `no-listed-hash` when the ML-BOM entry has
 * no strong hash; `no-digest`/`invalid-digest` about the model; `no-mlbom` when nothing is linked.
 */
export type DigestStatus =
  | 'match'
  | 'mismatch'
  | 'not-comparable'
  | 'no-listed-hash'
  | 'no-digest'
  | 'invalid-digest'
  | 'no-mlbom';

export interface AiFacts {
  readonly mlbom?: MlbomModel;
  readonly declared?: DeclaredDigest;
  readonly digest: DigestStatus;
  readonly comparisons: readonly DigestComparison[];
  /** Strong hashes the ML-BOM lists for the model (what `medrisk verify-model` checks). */
  readonly listedHashes: readonly { readonly algorithm: string; readonly value: string }[];
  /** Datasets the model card names: refs of `data` components, or inline dataset names. */
  readonly datasets: readonly string[];
}

/** Per model and per set of supply-chain facts: the same model may be analysed with other BOMs. */
const cache = new WeakMap<DeviceModel, WeakMap<object, Map<string, AiFacts>>>();

/** The AI facts of one component, computed once per analysis (rules and the view share them). */
export function aiFactsOf(component: Component, query: RuleContext): AiFacts {
  let perModel = cache.get(query.model);
  if (perModel === undefined) {
    perModel = new WeakMap();
    cache.set(query.model, perModel);
  }
  let perRun = perModel.get(query.supplyChain);
  if (perRun === undefined) {
    perRun = new Map();
    perModel.set(query.supplyChain, perRun);
  }
  let facts = perRun.get(component.id);
  if (facts === undefined) {
    facts = computeFacts(component, query);
    perRun.set(component.id, facts);
  }
  return facts;
}

function computeFacts(component: Component, query: RuleContext): AiFacts {
  const mlbom = mlbomModelOf(component, query);
  const text = component.ai?.artifactDigest;
  const declared = text === undefined ? undefined : parseDigest(text);
  const listedHashes = (mlbom?.model?.hashes ?? []).filter(
    (h) => hashAlgorithm(h.algorithm)?.strong === true,
  );
  const comparisons = declared === undefined ? [] : compareDeclared(declared, listedHashes);
  const datasets = mlbom?.card === undefined ? [] : datasetsOf(mlbom.card);
  return {
    ...(mlbom === undefined ? {} : { mlbom }),
    ...(declared === undefined ? {} : { declared }),
    digest: digestStatus(text, declared, mlbom, listedHashes, comparisons),
    comparisons,
    listedHashes,
    datasets,
  };
}

function digestStatus(
  text: string | undefined,
  declared: DeclaredDigest | undefined,
  mlbom: MlbomModel | undefined,
  listed: readonly unknown[],
  comparisons: readonly DigestComparison[],
): DigestStatus {
  if (text !== undefined && declared === undefined) return 'invalid-digest';
  if (mlbom?.model === undefined) return declared === undefined ? 'no-digest' : 'no-mlbom';
  if (listed.length === 0) return declared === undefined ? 'no-digest' : 'no-listed-hash';
  if (declared === undefined) return 'no-digest';
  if (comparisons.length === 0) return 'not-comparable';
  return comparisons.every((c) => c.match) ? 'match' : 'mismatch';
}

/** ML-BOMs linked to the component itself, else to the nearest component it is nested in. */
function mlbomModelOf(component: Component, query: RuleContext): MlbomModel | undefined {
  for (const holder of [component, ...query.ancestors(component.id)]) {
    const boms = query.model.boms.filter(
      (b) => b.type === 'mlbom' && (b.component === holder.id || holder.sbom === b.id),
    );
    const [first] = boms;
    if (first === undefined) continue;
    const read = boms.flatMap((b) => {
      const inventory = query.supplyChain.inventoryOf(b.id);
      return inventory === undefined ? [] : [{ id: b.id, inventory }];
    });
    if (read.length === 0) return { bomId: first.id, status: 'not-read', candidates: [] };
    return select(component, read);
  }
  return undefined;
}

function select(
  component: Component,
  read: readonly { readonly id: string; readonly inventory: Inventory }[],
): MlbomModel {
  const all = read.flatMap(({ id, inventory }) =>
    inventory.components
      .filter((c) => c.type === 'machine-learning-model')
      .map((model) => ({ id, inventory, model })),
  );
  const candidates = all.map((c) => c.model.ref);
  const wanted = component.ai?.mlbomRef;
  const byName = (name: string) => all.filter((c) => c.model.ref === name || c.model.name === name);
  const chosen =
    wanted !== undefined
      ? byName(wanted)
      : all.length === 1
        ? all
        : byName(component.name ?? component.id).length === 1
          ? byName(component.name ?? component.id)
          : byName(component.id);
  const [hit] = chosen;
  const fallback = read[0];
  const base = {
    bomId: hit?.id ?? fallback?.id ?? '',
    ...((hit?.inventory ?? fallback?.inventory)?.file === undefined
      ? {}
      : { file: (hit?.inventory ?? fallback?.inventory)?.file }),
    candidates,
  };
  if (all.length === 0) return { ...base, status: 'no-model' };
  if (hit === undefined || chosen.length > 1)
    return {
      ...base,
      status: wanted === undefined || chosen.length > 1 ? 'ambiguous' : 'ref-not-found',
    };
  const card = hit.inventory.modelCards.find((c) => c.ref === hit.model.ref);
  return { ...base, status: 'found', model: hit.model, ...(card === undefined ? {} : { card }) };
}

/** Datasets named by the card: refs the reader resolved, plus inline datasets by name. */
function datasetsOf(card: ModelCard): string[] {
  const parameters = card.card.modelParameters;
  const inline =
    typeof parameters === 'object' &&
    parameters !== null &&
    'datasets' in parameters &&
    Array.isArray(parameters.datasets)
      ? (parameters.datasets as unknown[]).flatMap((d) =>
          typeof d === 'object' &&
          d !== null &&
          'name' in d &&
          typeof d.name === 'string' &&
          !('ref' in d)
            ? [d.name]
            : [],
        )
      : [];
  return [...new Set([...card.datasets, ...inline])].sort(compareStrings);
}
