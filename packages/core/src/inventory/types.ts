import type { SourceLocation } from '../common/issue.js';

/**
 * One normalized inventory, whatever the SBOM format (CycloneDX 1.2–1.7 JSON/XML, SPDX 2.2/2.3
 * JSON/tag-value, SPDX 3.0 JSON-LD). Readers keep every component — one without a purl or CPE is
 * kept and later listed as not assessed with its reason, never dropped.
 */
export interface Inventory {
  readonly format: 'cyclonedx' | 'spdx';
  /** As written in the document, e.g. `1.6`, `SPDX-2.3`, `3.0.1`. */
  readonly specVersion: string;
  readonly encoding: 'json' | 'xml' | 'tag-value' | 'json-ld';
  /** The file it was read from (as given by the shell). */
  readonly file: string;
  /** CycloneDX serialNumber or SPDX documentNamespace / spdxId of the document. */
  readonly documentId?: string;
  readonly metadata: InventoryMetadata;
  /** Sorted by `ref`. */
  readonly components: readonly InventoryComponent[];
  /** Sorted by `ref`; `dependsOn` sorted. */
  readonly dependencies: readonly InventoryDependency[];
  /** CycloneDX 1.6+ `cryptographic-asset` components, kept for the crypto analysis. */
  readonly cryptoAssets: readonly CryptoAsset[];
  /** CycloneDX `machine-learning-model` components with their model cards, for the AI analysis. */
  readonly modelCards: readonly ModelCard[];
}

export interface InventoryMetadata {
  readonly timestamp?: string;
  /** Who wrote the SBOM (CycloneDX authors/manufacturer, SPDX creators). */
  readonly authors: readonly string[];
  /** Tools that produced it. */
  readonly tools: readonly string[];
  readonly supplier?: string;
  /** The thing the SBOM describes (CycloneDX metadata.component, SPDX describes). */
  readonly subject?: { readonly name: string; readonly version?: string; readonly ref?: string };
}

export const COMPONENT_TYPES = [
  'application',
  'framework',
  'library',
  'container',
  'platform',
  'operating-system',
  'device',
  'device-driver',
  'firmware',
  'file',
  'machine-learning-model',
  'data',
  'cryptographic-asset',
  'other',
] as const;
export type ComponentType = (typeof COMPONENT_TYPES)[number];

export interface InventoryComponent {
  /** Unique within the inventory: CycloneDX bom-ref, SPDX SPDXID / spdxId, else a stable generated key. */
  readonly ref: string;
  readonly type: ComponentType;
  readonly name: string;
  /** CycloneDX group / purl namespace when the format has one. */
  readonly group?: string;
  readonly version?: string;
  readonly supplier?: string;
  readonly author?: string;
  /** As written (readers do not rewrite it; matching parses and canonicalizes it). */
  readonly purl?: string;
  readonly cpes: readonly string[];
  readonly hashes: readonly { readonly algorithm: string; readonly value: string }[];
  /** SPDX license ids or expressions, or names when no id is given. */
  readonly licenses: readonly string[];
  /** `ref` of the enclosing component (CycloneDX nesting, SPDX CONTAINS). */
  readonly parent?: string;
  /** FDA per-component fields from properties (premarket guidance V.A.4(b)). */
  readonly support?: ComponentSupport;
  /** Other properties, sorted by name then value. */
  readonly properties: readonly { readonly name: string; readonly value: string }[];
  /** Where the component is written (path in the document; line and column when the reader has them). */
  readonly location?: SourceLocation;
  readonly path?: string;
}

/** FDA asks for each component's level of support and end-of-support date (or a justification). */
export interface ComponentSupport {
  /** Free text; FDA's examples are "actively maintained", "no longer maintained", "abandoned". */
  readonly levelOfSupport?: string;
  /** YYYY-MM-DD. */
  readonly endOfSupportDate?: string;
  readonly justification?: string;
}

export interface InventoryDependency {
  readonly ref: string;
  readonly dependsOn: readonly string[];
}

/** A CycloneDX 1.6 cryptographic asset (CBOM): algorithm, certificate, key or protocol. */
export interface CryptoAsset {
  readonly ref: string;
  readonly name: string;
  readonly assetType:
    'algorithm' | 'certificate' | 'related-crypto-material' | 'protocol' | 'other';
  /** `cryptoProperties` as written (algorithmProperties, protocolProperties …), for the PQC analysis. */
  readonly properties: Readonly<Record<string, unknown>>;
  readonly oid?: string;
}

/** A CycloneDX machine-learning-model component with its model card, for the AI/ML analysis. */
export interface ModelCard {
  readonly ref: string;
  readonly name: string;
  readonly version?: string;
  readonly hashes: readonly { readonly algorithm: string; readonly value: string }[];
  /** `modelCard` as written (modelParameters, quantitativeAnalysis, considerations). */
  readonly card: Readonly<Record<string, unknown>>;
  /** Refs of dataset components the model depends on. */
  readonly datasets: readonly string[];
}
