import type { Inventory, InventoryComponent } from '../types.js';
import { IDENTIFIER_PROPERTIES } from '../formats/component-draft.js';
import type { SbomFramework } from './types.js';

/** What a component check can see besides the component. */
export interface CheckContext {
  /** Refs that take part in the dependency graph or in nesting, and the described product. */
  readonly related: ReadonlySet<string>;
}

interface ElementBase {
  readonly id: string;
  readonly title: string;
  readonly criterion: string;
}
type ElementDefinition =
  | (ElementBase & { readonly scope: 'document'; has(inventory: Inventory): boolean })
  | (ElementBase & {
      readonly scope: 'component';
      has(c: InventoryComponent, ctx: CheckContext): boolean;
    });

export interface FrameworkDefinition {
  readonly id: SbomFramework;
  readonly title: string;
  readonly elements: readonly ElementDefinition[];
  readonly notAssessed: readonly {
    readonly element: string;
    readonly title: string;
    readonly reason: string;
  }[];
}

const identifierProperties = (c: InventoryComponent, kinds: readonly string[]): boolean =>
  c.properties.some((p) => kinds.includes(p.name) && p.value.trim() !== '');

/** RFC 3339 / ISO 8601 date or date-time. */
const ISO_8601 =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const supplier = (title: string): ElementDefinition => ({
  id: title === 'Supplier Name' ? 'supplier-name' : 'software-producer',
  title,
  scope: 'component',
  criterion:
    'the component names its supplier (CycloneDX supplier, manufacturer or publisher; SPDX supplier / suppliedBy)',
  has: (c) => c.supplier !== undefined,
});
const componentName: ElementDefinition = {
  id: 'component-name',
  title: 'Component Name',
  scope: 'component',
  criterion: 'the component has a non-empty name',
  has: (c) => c.name.trim() !== '',
};
const componentVersion: ElementDefinition = {
  id: 'component-version',
  title: 'Component Version',
  scope: 'component',
  criterion: 'the component has a version',
  has: (c) => c.version !== undefined,
};
const dependencyRelationship: ElementDefinition = {
  id: 'dependency-relationship',
  title: 'Dependency Relationship',
  scope: 'component',
  criterion:
    'the component is the described product, is nested in another component, or takes part in a dependency edge',
  has: (c, ctx) => ctx.related.has(c.ref),
};
const sbomAuthor: ElementDefinition = {
  id: 'sbom-author',
  title: 'Author of SBOM Data',
  scope: 'document',
  criterion:
    'the document names a person or organization as its author (a tool alone does not count)',
  has: (inventory) => inventory.metadata.authors.length > 0,
};

/** NTIA, "The Minimum Elements For a Software Bill of Materials" (July 2021), data fields. */
const NTIA: FrameworkDefinition = {
  id: 'ntia-2021',
  title: 'NTIA minimum elements (2021)',
  elements: [
    supplier('Supplier Name'),
    componentName,
    { ...componentVersion, title: 'Version of the Component' },
    {
      id: 'other-unique-identifiers',
      title: 'Other Unique Identifiers',
      scope: 'component',
      criterion: 'the component has a purl, a CPE, a SWID tag id, a SWHID or an OmniBOR id',
      has: (c) =>
        c.purl !== undefined ||
        c.cpes.length > 0 ||
        identifierProperties(c, Object.values(IDENTIFIER_PROPERTIES)),
    },
    dependencyRelationship,
    sbomAuthor,
    {
      id: 'timestamp',
      title: 'Timestamp',
      scope: 'document',
      criterion: 'the document records when it was assembled',
      has: (inventory) => inventory.metadata.timestamp !== undefined,
    },
  ],
  notAssessed: [
    'Frequency',
    'Depth',
    'Known Unknowns',
    'Distribution and Delivery',
    'Access Control',
    'Accommodation of Mistakes',
  ].map((title) => ({
    element: kebab(title),
    title,
    reason: 'a practice or process, not data in the document',
  })),
};

/** CISA, "Minimum Elements for a Software Bill of Materials" (2025 public-comment draft). */
const CISA: FrameworkDefinition = {
  id: 'cisa-2025',
  title: 'CISA minimum elements (2025 draft)',
  elements: [
    { ...sbomAuthor, title: 'SBOM Author' },
    supplier('Software Producer'),
    componentName,
    componentVersion,
    {
      id: 'software-identifiers',
      title: 'Software Identifiers',
      scope: 'component',
      criterion: 'the component has at least one of: CPE, purl, OmniBOR id, SWHID',
      has: (c) =>
        c.purl !== undefined ||
        c.cpes.length > 0 ||
        identifierProperties(c, [IDENTIFIER_PROPERTIES.omnibor, IDENTIFIER_PROPERTIES.swhid]),
    },
    {
      id: 'component-hash',
      title: 'Component Hash',
      scope: 'component',
      criterion: 'the component has a cryptographic hash with its algorithm',
      has: (c) => c.hashes.length > 0,
    },
    {
      id: 'license',
      title: 'License',
      scope: 'component',
      criterion: 'the component declares or concludes a license',
      has: (c) => c.licenses.length > 0,
    },
    dependencyRelationship,
    {
      id: 'tool-name',
      title: 'Tool Name',
      scope: 'document',
      criterion: 'the document names the tool(s) that generated it',
      has: (inventory) => inventory.metadata.tools.length > 0,
    },
    {
      id: 'timestamp',
      title: 'Timestamp',
      scope: 'document',
      criterion: 'the document records when it was assembled, in ISO 8601',
      has: (inventory) => ISO_8601.test(inventory.metadata.timestamp ?? ''),
    },
  ],
  notAssessed: [
    {
      element: 'generation-context',
      title: 'Generation Context',
      reason:
        'the inventory does not carry the SBOM lifecycle yet (CycloneDX metadata.lifecycles, SPDX 3 sbomType)',
    },
    ...['Coverage', 'Accommodation of Updates to SBOM Data', 'Distribution and Delivery'].map(
      (title) => ({
        element: kebab(title),
        title,
        reason: 'a practice or process, not data in the document',
      }),
    ),
  ],
};

/** FDA premarket cybersecurity guidance, section V.A.4(b): per-component support information. */
const FDA: FrameworkDefinition = {
  id: 'fda-2023',
  title: 'FDA premarket SBOM support fields',
  elements: [
    {
      id: 'level-of-support',
      title: 'Level of Support',
      scope: 'component',
      criterion:
        'the component states its level of support (e.g. property cdx:fda:level-of-support)',
      has: (c) => (c.support?.levelOfSupport ?? '').trim() !== '',
    },
    {
      id: 'end-of-support',
      title: 'End-of-Support Date',
      scope: 'component',
      criterion:
        'the component states its end-of-support date (YYYY-MM-DD), or a justification why it has none',
      has: (c) =>
        c.support?.endOfSupportDate !== undefined || (c.support?.justification ?? '').trim() !== '',
    },
  ],
  notAssessed: [],
};

export const FRAMEWORKS: readonly FrameworkDefinition[] = [NTIA, CISA, FDA];

function kebab(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
