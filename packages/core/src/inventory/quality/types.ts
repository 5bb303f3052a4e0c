/** The SBOM minimum-element frameworks scored, in report order. */
export const SBOM_FRAMEWORKS = ['ntia-2021', 'cisa-2025', 'fda-2023'] as const;
export type SbomFramework = (typeof SBOM_FRAMEWORKS)[number];

/** How one framework's required elements are met by one SBOM. */
export interface FrameworkScore {
  readonly framework: SbomFramework;
  readonly title: string;
  /** Elements fully met: a document element present, or a component element present on every component. */
  readonly met: number;
  readonly required: number;
  /** `met / required` (1 when nothing is required). */
  readonly score: number;
  /** Finer grain: document checks plus one check per component per component element. */
  readonly checksMet: number;
  readonly checksRequired: number;
  readonly elements: readonly ElementResult[];
  /** Elements this assessment cannot check from the document, each with the reason. */
  readonly notAssessed: readonly {
    readonly element: string;
    readonly title: string;
    readonly reason: string;
  }[];
}

export interface ElementResult {
  readonly element: string;
  readonly title: string;
  readonly scope: 'document' | 'component';
  /** What counts as present, in words (the score is explainable without reading code). */
  readonly criterion: string;
  /** 0/1 for a document element; components that have it for a component element. */
  readonly met: number;
  readonly required: number;
}

/**
 * What one component (or, without `component`, the document itself) lacks: every missing element
 * as `framework/element` (e.g. `ntia-2021/supplier-name`), in framework then element order. Titles
 * and criteria are in `frameworks[].elements`, so a fleet SBOM of 100,000 components does not
 * repeat them 100,000 times.
 */
export interface QualityGap {
  readonly component?: { readonly ref: string; readonly name: string; readonly version?: string };
  readonly missing: readonly string[];
}

export interface SbomQuality {
  readonly frameworks: readonly FrameworkScore[];
  /** The document's gaps first (when it has any), then one entry per component that lacks anything, by ref. */
  readonly gaps: readonly QualityGap[];
  /** Components scored; cryptographic assets are not software components and are left out. */
  readonly componentsAssessed: number;
  readonly componentsExcluded: number;
}
