import type {
  NotAssessed,
  SuppressedMatch,
  UndecidedMatch,
  VulnerabilityMatch,
} from '../../findings/vulnerability.js';
import type { Inventory } from '../../inventory/types.js';
import type { DeviceModel } from '../../model/types.js';
import type { BomType } from '../../model/vocabulary.js';
import type { ScanResult } from './scan.js';

/**
 * What the shell read for the model's `boms`: each BOM's model id, the file name the scan used and,
 * for SBOMs, CBOMs, ML-BOMs and HBOMs, the inventory read from it (crypto assets and model cards
 * included, for the PQC and AI analyses).
 */
export interface SupplyChainInput {
  readonly boms: readonly {
    readonly id: string;
    readonly file: string;
    readonly inventory?: Inventory;
  }[];
  /** Absent when no advisory data was available: every SBOM-linked component is then not assessed. */
  readonly scan?: ScanResult;
  /** Where the advisories came from, for the report (`advisory files: …`, `store …`). */
  readonly source?: string;
}

/** The scan's answers, per model component, as the supply-chain rules ask for them. */
export interface SupplyChainFacts {
  readonly advisories: 'loaded' | 'missing';
  readonly source?: string;
  /** The whole scan, when advisories were available. */
  readonly scan?: ScanResult;
  /** The file a model SBOM was read from, as the scan names it. */
  fileOf(bomId: string): string | undefined;
  /** The inventory read from a model BOM (any type but vex), when the shell read it. */
  inventoryOf(bomId: string): Inventory | undefined;
  /** Inventories of the model BOMs linked to a component, of one type or all (`boms[].component`, `sbom`). */
  inventoriesOf(componentId: string, type?: BomType): readonly Inventory[];
  /** The model's SBOMs that list this component's software (via `boms[].component` or `sbom`). */
  bomsOf(componentId: string): readonly string[];
  matchesOf(componentId: string): readonly VulnerabilityMatch[];
  suppressedOf(componentId: string): readonly SuppressedMatch[];
  notAssessedOf(componentId: string): readonly NotAssessed[];
  undecidedOf(componentId: string): readonly UndecidedMatch[];
}

/**
 * Links scan results to model components. An SBOM belongs to the component its `boms` entry
 * names, and to every component whose `sbom` names it; an SBOM linked to nothing is reported by
 * the model validation, not here.
 */
export function supplyChainFacts(
  model: DeviceModel,
  input: SupplyChainInput | undefined,
): SupplyChainFacts {
  const bomsByComponent = new Map<string, string[]>();
  const link = (component: string, bom: string): void => {
    const list = bomsByComponent.get(component) ?? [];
    if (!list.includes(bom)) list.push(bom);
    bomsByComponent.set(component, list);
  };
  const sboms = model.boms.filter((b) => b.type === 'sbom');
  for (const bom of sboms) if (bom.component !== undefined) link(bom.component, bom.id);
  for (const component of model.components)
    if (component.sbom !== undefined && sboms.some((b) => b.id === component.sbom))
      link(component.id, component.sbom);
  const fileOf = new Map((input?.boms ?? []).map((b) => [b.id, b.file] as const));
  const inventories = new Map(
    (input?.boms ?? []).flatMap((b) =>
      b.inventory === undefined ? [] : [[b.id, b.inventory] as const],
    ),
  );
  const typeOf = new Map(model.boms.map((b) => [b.id, b.type] as const));
  const linked = new Map<string, string[]>();
  for (const bom of model.boms)
    if (bom.component !== undefined)
      linked.set(bom.component, [...(linked.get(bom.component) ?? []), bom.id]);
  for (const component of model.components)
    if (component.sbom !== undefined && !(linked.get(component.id) ?? []).includes(component.sbom))
      linked.set(component.id, [...(linked.get(component.id) ?? []), component.sbom]);
  const filesOf = (componentId: string): Set<string> =>
    new Set((bomsByComponent.get(componentId) ?? []).flatMap((id) => fileOf.get(id) ?? []));
  const scan = input?.scan;
  const per =
    <T>(list: readonly T[] | undefined, file: (item: T) => string) =>
    (componentId: string): readonly T[] => {
      const files = filesOf(componentId);
      return files.size === 0 ? [] : (list ?? []).filter((item) => files.has(file(item)));
    };
  return {
    advisories: scan === undefined ? 'missing' : 'loaded',
    ...(input?.source === undefined ? {} : { source: input.source }),
    ...(scan === undefined ? {} : { scan }),
    fileOf: (id) => fileOf.get(id),
    inventoryOf: (id) => inventories.get(id),
    inventoriesOf: (componentId, type) =>
      (linked.get(componentId) ?? [])
        .filter((id) => type === undefined || typeOf.get(id) === type)
        .flatMap((id) => inventories.get(id) ?? []),
    bomsOf: (id) => bomsByComponent.get(id) ?? [],
    matchesOf: per(scan?.findings, (m) => m.component.file),
    suppressedOf: per(scan?.suppressed, (s) => s.match.component.file),
    notAssessedOf: per(scan?.notAssessed, (n) => n.component.file),
    undecidedOf: per(scan?.undecided, (u) => u.component.file),
  };
}
