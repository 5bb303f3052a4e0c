import { isRecord, list, text, texts, type JsonRecord } from '../values.js';

/** The elements of an SPDX 3 `@graph`, indexed by `spdxId` (or `@id` for blank nodes). */
export class Spdx3Graph {
  readonly elements: { readonly item: JsonRecord; readonly index: number }[] = [];
  private readonly byId = new Map<string, JsonRecord>();

  constructor(graph: readonly unknown[]) {
    graph.forEach((item, index) => {
      if (!isRecord(item)) return;
      this.elements.push({ item, index });
      const id = idOf(item);
      if (id !== undefined && !this.byId.has(id)) this.byId.set(id, item);
    });
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** An element named by id, or given inline (JSON-LD may embed instead of referring). */
  resolve(value: unknown): JsonRecord | undefined {
    if (isRecord(value)) return value;
    const id = text(value);
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** Names of the agents (Person, Organization, SoftwareAgent, Tool) a property refers to. */
  names(value: unknown): string[] {
    return list(value).flatMap((v) => texts(this.resolve(v)?.name));
  }

  ofType(...types: string[]): { item: JsonRecord; index: number }[] {
    return this.elements.filter(({ item }) => types.includes(typeOf(item)));
  }
}

export function idOf(item: JsonRecord): string | undefined {
  return text(item.spdxId) ?? text(item['@id']);
}

/** `type` or `@type`; SPDX 3.0 JSON-LD uses compact names such as `software_Package`. */
export function typeOf(item: JsonRecord): string {
  return text(item.type) ?? text(item['@type']) ?? '';
}

/** Targets of a relationship, as ids (inline elements give their own id). */
export function targetsOf(relationship: JsonRecord): string[] {
  return list(relationship.to).flatMap((t) => (isRecord(t) ? (idOf(t) ?? []) : texts(t)));
}
