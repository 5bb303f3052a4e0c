import type { SubjectKind, SubjectRef } from '../../findings/types.js';
import type { ModelQuery } from '../../model/query/index.js';

interface Enumerated {
  readonly ref: SubjectRef;
  readonly value: unknown;
}

/** Subjects of one kind, in id order (the model is sorted when normalized); built once per query. */
export function enumerateSubjects(kind: SubjectKind, query: ModelQuery): readonly Enumerated[] {
  let byKind = enumerated.get(query);
  if (byKind === undefined) {
    byKind = new Map();
    enumerated.set(query, byKind);
  }
  let list = byKind.get(kind);
  if (list === undefined) {
    list = enumerate(kind, query);
    byKind.set(kind, list);
  }
  return list;
}

const enumerated = new WeakMap<ModelQuery, Map<SubjectKind, readonly Enumerated[]>>();

function enumerate(kind: SubjectKind, query: ModelQuery): Enumerated[] {
  const m = query.model;
  const named = (
    k: SubjectKind,
    item: { id: string; name?: string | undefined; location?: SubjectRef['location'] },
    value: unknown = item,
  ): Enumerated => ({
    ref: {
      kind: k,
      id: item.id,
      ...(item.name === undefined ? {} : { name: item.name }),
      ...(item.location === undefined ? {} : { location: item.location }),
    },
    value,
  });
  switch (kind) {
    case 'component':
      return m.components.map((c) => named(kind, c));
    case 'flow':
      return m.dataFlows.map((f) =>
        named(kind, { id: f.id, name: f.name, location: f.location }, f),
      );
    case 'boundary':
      return m.trustBoundaries.map((b) => named(kind, b));
    case 'deployment':
      return m.deployments.map((d) => named(kind, d));
    case 'control':
      return m.controls.map((c) =>
        named(kind, { id: c.id, name: c.title, location: c.location }, c),
      );
    case 'assumption':
      return m.assumptions.map((a) => named(kind, { id: a.id, location: a.location }, a));
    case 'treatment':
      return m.treatments.map((t) => named(kind, { id: t.findingId, location: t.location }, t));
    case 'function':
      return m.clinicalFunctions.map((f) => named(kind, f));
    case 'interface':
      return m.components.flatMap((component) =>
        component.interfaces.map((iface) =>
          named(
            kind,
            {
              id: `${component.id}/${iface.id}`,
              name: `${component.name ?? component.id} ${iface.type} (${iface.id})`,
              location: component.location,
            },
            { component, iface },
          ),
        ),
      );
    case 'model':
      return [{ ref: subjectRef('model', 'model', query), value: m }];
  }
}

/** The reference for a subject named by id (used when model-level rules point at an element). */
export function subjectRef(kind: SubjectKind, id: string, query: ModelQuery): SubjectRef {
  if (kind === 'model') return { kind, id: 'model', name: query.model.device.name };
  let byKind = refCache.get(query);
  if (byKind === undefined) {
    byKind = new Map();
    refCache.set(query, byKind);
  }
  let byId = byKind.get(kind);
  if (byId === undefined) {
    byId = new Map(enumerateSubjects(kind, query).map((e) => [e.ref.id, e.ref] as const));
    byKind.set(kind, byId);
  }
  return byId.get(id) ?? { kind, id };
}

const refCache = new WeakMap<ModelQuery, Map<SubjectKind, Map<string, SubjectRef>>>();
