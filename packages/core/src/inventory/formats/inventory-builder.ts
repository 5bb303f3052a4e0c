import { formatPath, type Issue, type IssuePath, type SourceLocation } from '../../common/issue.js';
import type {
  ComponentSupport,
  CryptoAsset,
  Inventory,
  InventoryComponent,
  InventoryDependency,
  ModelCard,
} from '../types.js';
import type { ComponentDraft, Property } from './component-draft.js';
import { calendarDate, supportFieldOf } from './support.js';
import { compareStrings as compare } from '../../common/order.js';
import { optional, uniqueSorted, withoutUndefined } from './values.js';

/** The document-level part of an inventory, as a reader found it. */
export type InventoryHead = Omit<
  Inventory,
  'components' | 'dependencies' | 'cryptoAssets' | 'modelCards'
>;

const NOT_PACKAGES = new Set<string>(['cryptographic-asset', 'data']);

interface DependencyDraft {
  readonly ref: string;
  readonly dependsOn: readonly string[];
  readonly path: IssuePath;
}

/**
 * Collects what a reader finds and turns it into one `Inventory`: refs made unique (duplicates
 * reported), stable refs generated where the document has none, FDA support fields lifted out of
 * properties, the dependency graph resolved, and everything sorted. Every reader goes through here
 * so that the same document gives the same inventory whatever its format.
 */
export class InventoryBuilder {
  readonly issues: Issue[] = [];
  private readonly drafts: ComponentDraft[] = [];
  private readonly dependencyDrafts: DependencyDraft[] = [];
  /** Refs that exist in the document but are not components (services, files): edges to them are dropped quietly. */
  private readonly otherRefs = new Set<string>();
  private subjectIndex: number | undefined;

  constructor(private readonly locate: (path: IssuePath) => SourceLocation | undefined) {}

  /** Adds a component; returns its index, used as `parent` by nested components. */
  add(draft: ComponentDraft): number {
    return this.drafts.push(draft) - 1;
  }

  /** Marks the component the document describes; its final ref becomes `metadata.subject.ref`. */
  describes(index: number): void {
    this.subjectIndex = index;
  }

  dependency(ref: string, dependsOn: readonly string[], path: IssuePath): void {
    this.dependencyDrafts.push({ ref, dependsOn, path });
  }

  /** Declares an element that relationships may name but that is not a component. */
  otherElement(ref: string): void {
    this.otherRefs.add(ref);
  }

  issue(
    code: Issue['code'],
    severity: Issue['severity'],
    path: IssuePath,
    message: string,
    hint?: string,
  ): void {
    const location = this.locate(path);
    this.issues.push({
      code,
      severity,
      path,
      message,
      ...(hint === undefined ? {} : { hint }),
      ...(location === undefined ? {} : { location }),
    });
  }

  build(head: InventoryHead): Inventory {
    const refs = this.assignRefs();
    const components: InventoryComponent[] = [];
    this.drafts.forEach((draft, index) => {
      const ref = refs.byIndex[index];
      if (ref === undefined || refs.merged.has(index)) return;
      components.push(this.component(draft, ref, refs.byIndex));
    });
    const byRef = new Map(components.map((c) => [c.ref, c]));
    const dependencies = this.resolveDependencies(refs.byRef, byRef);
    const subjectRef =
      this.subjectIndex === undefined ? undefined : refs.byIndex[this.subjectIndex];
    const subject = head.metadata.subject;
    const metadata =
      subjectRef === undefined || subject === undefined
        ? head.metadata
        : { ...head.metadata, subject: { ...subject, ref: subjectRef } };
    return {
      ...head,
      metadata,
      components: components.sort((a, b) => compare(a.ref, b.ref)),
      dependencies,
      cryptoAssets: this.cryptoAssets(refs.byIndex, refs.merged),
      modelCards: this.modelCards(refs, byRef, dependencies),
    };
  }

  /** Explicit refs first (so a generated ref never takes a written one), then generated ones. */
  private assignRefs(): {
    byIndex: (string | undefined)[];
    byRef: Map<string, number>;
    merged: Set<number>;
  } {
    const byIndex: (string | undefined)[] = this.drafts.map(() => undefined);
    const byRef = new Map<string, number>();
    const merged = new Set<number>();
    // The next suffix to try per base, so thousands of copies of one ref stay linear.
    const nextSuffix = new Map<string, number>();
    const unique = (base: string): string => {
      let candidate = base;
      let n = nextSuffix.get(base) ?? 2;
      while (byRef.has(candidate) || this.otherRefs.has(candidate))
        candidate = `${base}#${String(n++)}`;
      nextSuffix.set(base, n);
      return candidate;
    };
    this.drafts.forEach((draft, index) => {
      if (draft.ref === undefined) return;
      const first = byRef.get(draft.ref);
      if (first === undefined) {
        byRef.set(draft.ref, index);
        byIndex[index] = draft.ref;
        return;
      }
      const firstDraft = this.drafts[first];
      if (firstDraft !== undefined && signature(firstDraft) === signature(draft)) {
        merged.add(index);
        byIndex[index] = draft.ref;
        this.issue(
          'duplicate-id',
          'warning',
          draft.path,
          `component "${draft.ref}" is listed twice with the same content; it is kept once`,
        );
        return;
      }
      const ref = unique(draft.ref);
      byRef.set(ref, index);
      byIndex[index] = ref;
      this.issue(
        'duplicate-id',
        'warning',
        draft.path,
        `two different components share the ref "${draft.ref}"; the second is kept as "${ref}"`,
        'refs must be unique in an SBOM; dependencies naming this ref are read as the first one',
      );
    });
    this.drafts.forEach((draft, index) => {
      if (draft.ref !== undefined) return;
      const ref = unique(generatedRef(draft));
      byRef.set(ref, index);
      byIndex[index] = ref;
    });
    return { byIndex, byRef, merged };
  }

  private component(
    draft: ComponentDraft,
    ref: string,
    byIndex: readonly (string | undefined)[],
  ): InventoryComponent {
    const { support, properties } = this.liftSupport(draft);
    const name = draft.name ?? '';
    if (name === '')
      this.issue('missing-field', 'warning', draft.path, `component "${ref}" has no name`);
    // Crypto assets and datasets are not packages advisories name; the scan skips them too.
    if (draft.purl === undefined && draft.cpes.length === 0 && !NOT_PACKAGES.has(draft.type))
      this.issue(
        'missing-field',
        'warning',
        draft.path,
        `component "${name === '' ? ref : name}"${draft.version === undefined ? '' : ` ${draft.version}`} has neither a purl nor a CPE; it is kept and will be listed as not assessed`,
        'add a purl (or a CPE) so the component can be matched to advisories',
      );
    const parent = draft.parent === undefined ? undefined : byIndex[draft.parent];
    return withoutUndefined({
      ref,
      type: draft.type,
      name,
      group: draft.group,
      version: draft.version,
      supplier: draft.supplier,
      author: draft.author,
      purl: draft.purl,
      cpes: uniqueSorted(draft.cpes),
      hashes: uniqueBy(draft.hashes, (h) => `${h.algorithm}\u0000${h.value}`).sort(
        (a, b) => compare(a.algorithm, b.algorithm) || compare(a.value, b.value),
      ),
      licenses: uniqueSorted(draft.licenses),
      parent,
      support,
      properties,
      location: this.locate(draft.path),
      path: formatPath(draft.path),
    });
  }

  /** FDA fields from dedicated fields first, then from properties; the rest stay properties. */
  private liftSupport(draft: ComponentDraft): {
    support: ComponentSupport | undefined;
    properties: Property[];
  } {
    const support: { -readonly [K in keyof ComponentSupport]: ComponentSupport[K] } = {
      ...draft.support,
    };
    const rest: Property[] = [];
    for (const property of draft.properties) {
      const field = supportFieldOf(property.name);
      if (field === undefined) {
        rest.push(property);
        continue;
      }
      const value = field === 'endOfSupportDate' ? calendarDate(property.value) : property.value;
      if (value === undefined) {
        this.issue(
          'invalid-value',
          'warning',
          draft.path,
          `end-of-support date "${property.value}" of component "${draft.name ?? ''}" is not a YYYY-MM-DD date; it is kept as a plain property`,
          'FDA asks for the end-of-support date as YYYY-MM-DD',
        );
        rest.push(property);
      } else support[field] ??= value;
    }
    const empty = Object.keys(support).length === 0;
    return {
      support: empty ? undefined : support,
      properties: uniqueBy(rest, (p) => `${p.name}\u0000${p.value}`).sort(
        (a, b) => compare(a.name, b.name) || compare(a.value, b.value),
      ),
    };
  }

  private resolveDependencies(
    byRef: ReadonlyMap<string, number>,
    components: ReadonlyMap<string, InventoryComponent>,
  ): InventoryDependency[] {
    const edges = new Map<string, Set<string>>();
    const known = (ref: string, path: IssuePath): boolean => {
      if (components.has(ref)) return true;
      if (!this.otherRefs.has(ref) && !byRef.has(ref))
        this.issue(
          'unknown-reference',
          'warning',
          path,
          `dependency names "${ref}", which is not a component of this SBOM; the edge is ignored`,
        );
      return false;
    };
    for (const draft of this.dependencyDrafts) {
      if (!known(draft.ref, draft.path)) continue;
      const targets = edges.get(draft.ref) ?? new Set<string>();
      edges.set(draft.ref, targets);
      for (const target of draft.dependsOn)
        if (target !== draft.ref && known(target, draft.path)) targets.add(target);
    }
    return [...edges]
      .map(([ref, targets]) => ({ ref, dependsOn: uniqueSorted(targets) }))
      .sort((a, b) => compare(a.ref, b.ref));
  }

  private cryptoAssets(
    byIndex: readonly (string | undefined)[],
    merged: ReadonlySet<number>,
  ): CryptoAsset[] {
    const assets: CryptoAsset[] = [];
    this.drafts.forEach((draft, index) => {
      const ref = byIndex[index];
      if (draft.crypto === undefined || ref === undefined || merged.has(index)) return;
      assets.push({ ref, name: draft.name ?? '', ...draft.crypto });
    });
    return assets.sort((a, b) => compare(a.ref, b.ref));
  }

  private modelCards(
    refs: { byIndex: readonly (string | undefined)[]; merged: ReadonlySet<number> },
    components: ReadonlyMap<string, InventoryComponent>,
    dependencies: readonly InventoryDependency[],
  ): ModelCard[] {
    const cards: ModelCard[] = [];
    this.drafts.forEach((draft, index) => {
      const ref = refs.byIndex[index];
      if (draft.modelCard === undefined || ref === undefined || refs.merged.has(index)) return;
      // Datasets: those the card names by ref, and `data` components the model depends on.
      const dependedOn = dependencies.find((d) => d.ref === ref)?.dependsOn ?? [];
      const datasets = [
        ...draft.modelCard.datasets.filter((d) => components.has(d)),
        ...dependedOn.filter((d) => components.get(d)?.type === 'data'),
      ];
      const component = components.get(ref);
      cards.push({
        ref,
        name: draft.name ?? '',
        ...optional('version', draft.version),
        hashes: component?.hashes ?? [],
        card: draft.modelCard.card,
        datasets: uniqueSorted(datasets),
      });
    });
    return cards.sort((a, b) => compare(a.ref, b.ref));
  }
}

/** What makes two listings "the same component" when they share a ref. */
function signature(d: ComponentDraft): string {
  return [d.type, d.group, d.name, d.version, d.purl, ...uniqueSorted(d.cpes)].join('\u0000');
}

/** A ref derived from content, so it stays the same when other components are added or moved. */
function generatedRef(d: ComponentDraft): string {
  if (d.purl !== undefined) return d.purl;
  const name = `${d.group === undefined ? '' : `${d.group}/`}${d.name ?? ''}`;
  if (name === '') return `${d.type}@${formatPath(d.path)}`;
  return d.version === undefined ? name : `${name}@${d.version}`;
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
