import type { SbomQuality } from '../../inventory/quality/index.js';
import type { NotAssessed, UndecidedMatch } from '../../findings/vulnerability.js';
import type { RuleContext } from '../threats/types.js';
import type { ScanSummary } from './scan.js';

/** The model's SBOMs as a report section: what was checked, against what, and what could not be. */
export interface SupplyChainView {
  readonly advisories: 'loaded' | 'missing';
  readonly source?: string;
  readonly boms: readonly {
    readonly id: string;
    readonly file?: string;
    readonly components: readonly string[];
  }[];
  readonly summary?: ScanSummary;
  readonly notAssessed: readonly NotAssessed[];
  readonly undecided: readonly UndecidedMatch[];
  readonly quality: readonly { readonly file: string; readonly quality: SbomQuality }[];
}

export function supplyChainView(query: RuleContext): SupplyChainView | undefined {
  const { model, supplyChain } = query;
  const sboms = model.boms.filter((b) => b.type === 'sbom');
  if (sboms.length === 0) return undefined;
  const scan = supplyChain.scan;
  return {
    advisories: supplyChain.advisories,
    ...(supplyChain.source === undefined ? {} : { source: supplyChain.source }),
    boms: sboms.map((b) => ({
      id: b.id,
      ...(supplyChain.fileOf(b.id) === undefined ? {} : { file: supplyChain.fileOf(b.id) }),
      components: model.components
        .filter((c) => supplyChain.bomsOf(c.id).includes(b.id))
        .map((c) => c.id),
    })),
    ...(scan === undefined ? {} : { summary: scan.summary }),
    notAssessed: scan?.notAssessed ?? [],
    undecided: scan?.undecided ?? [],
    quality: (scan?.quality ?? []).flatMap((quality, i) => {
      const file = scan?.inventories[i]?.file;
      return file === undefined ? [] : [{ file, quality }];
    }),
  };
}
