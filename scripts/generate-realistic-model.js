// A large model built from the four examples in examples/: each example is instantiated many times
// (ids prefixed per copy, so every copy is a separate installation of the same system), then more
// data flows are added inside each copy, cloned from the copy's own flows, until the requested size.
// The elements and their security facts therefore look like the hand-written examples, only more.
import { fileURLToPath } from 'node:url';

export async function generateRealisticModel({ components = 1000, flows = 3000 } = {}) {
  const { readModelFile } = await import(
    new URL('../packages/core/dist/node/index.js', import.meta.url).href
  );
  const root = fileURLToPath(new URL('../examples/', import.meta.url));
  const templates = [
    'home-insulin-pump',
    'hospital-infusion-fleet',
    'implantable-cardiac-device',
    'ai-imaging-cloud',
  ].map((name) => {
    const { result } = readModelFile(`${root}${name}/medrisk.yaml`);
    if (!result.ok) throw new Error(`example ${name} does not load`);
    return result.value;
  });
  const out = {
    components: [],
    dataFlows: [],
    trustBoundaries: [],
    deployments: [],
    clinicalFunctions: [],
    stakeholders: [],
    controls: [],
    assumptions: [],
  };
  let copy = 0;
  while (out.components.length < components) {
    const model = templates[copy % templates.length];
    const p = `x${copy}-`;
    const ref = (id) => (id === undefined ? undefined : `${p}${id}`);
    const strip = ({ location: _l, ...rest }) => rest;
    out.clinicalFunctions.push(
      ...model.clinicalFunctions.map(({ maxTolerableOutageMinutes: m, ...f }) => ({
        ...strip(f),
        id: ref(f.id),
        ...(m === undefined ? {} : { maxTolerableOutage: m }),
      })),
    );
    out.deployments.push(
      ...model.deployments.map(({ exposure, exposureEdited, assumptions, ...d }) => ({
        ...strip(d),
        id: ref(d.id),
        exposure,
        replaceDefaultAssumptions: true,
        assumptions: assumptions.map(({ origin: _o, owner, ...a }) => ({
          ...a,
          ...(owner === undefined ? {} : { owner: ref(owner) }),
        })),
      })),
    );
    out.stakeholders.push(...model.stakeholders.map((s) => ({ ...s, id: ref(s.id) })));
    for (const c of model.components) {
      if (out.components.length >= components) break;
      const { location: _l, update, ...rest } = c;
      out.components.push({
        ...rest,
        id: ref(c.id),
        ...(c.deployment === undefined ? {} : { deployment: ref(c.deployment) }),
        ...(c.owner === undefined ? {} : { owner: ref(c.owner) }),
        ...(c.parent === undefined ? {} : { parent: ref(c.parent) }),
        functions: c.functions.map(ref),
        ...(c.cloud?.failover === undefined
          ? {}
          : { cloud: { ...c.cloud, failover: c.cloud.failover.map(ref) } }),
        ...(update === undefined
          ? {}
          : {
              update: {
                ...update,
                ...(update.source === undefined ? {} : { source: ref(update.source) }),
                ...(update.signature === undefined
                  ? {}
                  : {
                      signature: {
                        ...update.signature,
                        ...(update.signature.keyHolder === undefined
                          ? {}
                          : { keyHolder: ref(update.signature.keyHolder) }),
                        ...(update.signature.verifiedBy === undefined
                          ? {}
                          : { verifiedBy: update.signature.verifiedBy.map(ref) }),
                      },
                    }),
              },
            }),
      });
    }
    const present = new Set(out.components.map((c) => c.id));
    for (const c of out.components)
      if (c.parent !== undefined && !present.has(c.parent)) delete c.parent;
    for (const c of out.components)
      if (c.update?.source !== undefined && !present.has(c.update.source)) delete c.update.source;
    for (const c of out.components)
      if (c.cloud?.failover !== undefined)
        c.cloud.failover = c.cloud.failover.filter((id) => present.has(id));
    for (const c of out.components)
      if (
        c.update?.signature?.keyHolder !== undefined &&
        !present.has(c.update.signature.keyHolder)
      )
        delete c.update.signature.keyHolder;
    for (const c of out.components)
      if (c.update?.signature?.verifiedBy !== undefined)
        c.update.signature.verifiedBy = c.update.signature.verifiedBy.filter((id) =>
          present.has(id),
        );
    const flowsHere = model.dataFlows.filter(
      (f) => present.has(ref(f.source)) && present.has(ref(f.target)),
    );
    out.dataFlows.push(
      ...flowsHere.map((f) => ({
        ...strip(f),
        id: ref(f.id),
        source: ref(f.source),
        target: ref(f.target),
        functions: f.functions.map(ref),
      })),
    );
    out.trustBoundaries.push(
      ...model.trustBoundaries.map((b) => ({
        ...strip(b),
        id: ref(b.id),
        ...(b.parent === undefined ? {} : { parent: ref(b.parent) }),
        members: b.members.map(ref).filter((id) => present.has(id)),
      })),
    );
    out.controls.push(
      ...model.controls.map((c) => ({
        ...strip(c),
        id: ref(c.id),
        ...(c.owner === undefined ? {} : { owner: ref(c.owner) }),
        ...(c.responsibility === undefined
          ? {}
          : { responsibility: raciWithPrefix(c.responsibility, ref) }),
        mitigates: c.mitigates.map((m) => m.replace('@', `@${p}`)),
      })),
    );
    copy++;
  }
  // Denser copies: more flows inside each copy, cloned from that copy's flows (other sources and targets).
  const byCopy = new Map();
  for (const f of out.dataFlows) {
    const key = f.id.split('-')[0];
    byCopy.set(key, [...(byCopy.get(key) ?? []), f]);
  }
  const copies = [...byCopy.values()];
  let n = 0;
  while (out.dataFlows.length < flows) {
    const list = copies[n % copies.length];
    const base = list[n % list.length];
    const other = list[(n * 7 + 3) % list.length];
    const { targetInterface: _t, ...clone } = base;
    if (base.source !== other.target)
      out.dataFlows.push({
        ...clone,
        id: `${base.id}-extra${n}`,
        name: `${base.name ?? base.id} (${n})`,
        target: other.target,
      });
    n++;
  }
  return {
    medrisk: 1,
    device: {
      name: 'Generated system of systems',
      manufacturer: 'Bench',
      intendedUse: 'Benchmark built from the examples',
      serviceLifeYears: 12,
      marketDate: '2027-01-01',
      fleetSize: 250000,
    },
    ...out,
  };
}

/** A RACI block with every stakeholder id prefixed like the copy's stakeholders. */
function raciWithPrefix(raci, ref) {
  const ids = (v) => (v === undefined ? undefined : Array.isArray(v) ? v.map(ref) : ref(v));
  const out = { ...raci };
  for (const key of ['responsible', 'accountable', 'consulted', 'informed'])
    if (raci[key] !== undefined) out[key] = ids(raci[key]);
  return out;
}
