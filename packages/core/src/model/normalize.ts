import { compareStrings, sortBy } from '../common/order.js';
import { DEPLOYMENT_PROFILES } from './deployment-defaults.js';
import { durationToMinutes } from './durations.js';
import type { Locator } from './load.js';
import { DEFAULT_RISK_POLICY } from './risk-policy.js';
import type { AuthoredModel } from './schema/index.js';
import type {
  Component,
  ComponentInterface,
  DataFlow,
  Deployment,
  DeploymentAssumption,
  DeviceModel,
  FlowAuthentication,
} from './types.js';
import {
  DEBUG_INTERFACE_TYPES,
  PER_PATIENT_KINDS,
  SHARED_KINDS,
  type DataClass,
  type FlowCarries,
  type Multiplicity,
} from './vocabulary.js';

type Authored = AuthoredModel;
type AuthoredFlow = NonNullable<Authored['dataFlows']>[number];
type AuthoredComponent = NonNullable<Authored['components']>[number];

/** Authored → normalized: shorthands expanded, defaults applied, every collection sorted by id. */
export function normalizeModel(
  input: Authored,
  locate: Locator,
  files: readonly string[],
): DeviceModel {
  const authored = canonicalize(input);
  const at = (path: (string | number)[]) => {
    const location = locate(path);
    return location === undefined ? {} : { location };
  };
  const deployments = sortBy(
    (authored.deployments ?? []).map((d, i) => normalizeDeployment(d, at(['deployments', i]))),
    (d) => d.id,
  );
  const components = normalizeComponents(authored.components ?? [], deployments, at);
  return {
    formatVersion: 1,
    device: normalizeDevice(authored.device),
    clinicalFunctions: sortBy(
      (authored.clinicalFunctions ?? []).map(({ maxTolerableOutage, ...f }, i) => ({
        ...f,
        ...(maxTolerableOutage === undefined
          ? {}
          : { maxTolerableOutageMinutes: durationToMinutes(maxTolerableOutage) }),
        ...at(['clinicalFunctions', i]),
      })),
      (f) => f.id,
    ),
    deployments,
    stakeholders: sortBy(authored.stakeholders ?? [], (s) => s.id),
    components,
    trustBoundaries: sortBy(
      (authored.trustBoundaries ?? []).map((b, i) => ({
        ...b,
        members: [...new Set(b.members)].sort(compareStrings),
        ...at(['trustBoundaries', i]),
      })),
      (b) => b.id,
    ),
    dataFlows: sortBy(
      (authored.dataFlows ?? []).map((f, i) => normalizeFlow(f, at(['dataFlows', i]))),
      (f) => f.id,
    ),
    controls: sortBy(
      (authored.controls ?? []).map((c, i) => ({
        ...c,
        mitigates: [...c.mitigates].sort(compareStrings),
        ...at(['controls', i]),
      })),
      (c) => c.id,
    ),
    assumptions: sortBy(
      (authored.assumptions ?? []).map((a, i) => ({ ...a, ...at(['assumptions', i]) })),
      (a) => a.id,
    ),
    treatments: Object.entries(authored.treatments ?? {})
      .map(([findingId, t]) => ({
        ...t,
        findingId,
        communicatedVia: t.communicatedVia ?? [],
        controls: t.controls ?? [],
        ...at(['treatments', findingId]),
      }))
      .sort((a, b) => compareStrings(a.findingId, b.findingId)),
    boms: sortBy(authored.boms ?? [], (b) => b.id),
    responsibilities: sortBy(
      (authored.responsibilities ?? []).map((d, i) => ({ ...d, ...at(['responsibilities', i]) })),
      (d) => d.id,
    ),
    risk:
      authored.risk === undefined
        ? DEFAULT_RISK_POLICY
        : {
            acceptable: authored.risk.acceptable ?? DEFAULT_RISK_POLICY.acceptable,
            matrix: authored.risk.matrix ?? DEFAULT_RISK_POLICY.matrix,
            // A post-quantum scenario alone leaves the risk matrix and acceptance at their defaults.
            custom: authored.risk.acceptable !== undefined || authored.risk.matrix !== undefined,
            ...(authored.risk.quantum === undefined ? {} : { quantum: authored.risk.quantum }),
          },
    files,
  };
}

/**
 * Lists whose order carries no meaning (roles, regions, covers, suppresses …) are sorted, so the order
 * an author happened to write never reaches a report. The risk matrix is the one ordered list.
 */
function canonicalize(authored: Authored): Authored {
  // The top-level collections keep their written order here: entries are located by their index in
  // the file, and the collections are sorted by id afterwards. Only the lists inside entries sort.
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(authored)) {
    out[key] =
      key === 'risk' ? value : Array.isArray(value) ? value.map(sortDeep) : sortDeep(value);
  }
  return out as Authored;
}

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(sortDeep);
    if (items.every((item) => typeof item === 'string'))
      return [...new Set(items)].sort(compareStrings);
    const key = (item: unknown): string =>
      item !== null && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id
        : JSON.stringify(item);
    return [...items].sort((a, b) => compareStrings(key(a), key(b)));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sortDeep(v)]));
  }
  return value;
}

function normalizeDevice({ version, ...device }: Authored['device']): DeviceModel['device'] {
  return { ...device, ...(version === undefined ? {} : { version: String(version) }) };
}

function normalizeDeployment(
  d: NonNullable<Authored['deployments']>[number],
  location: object,
): Deployment {
  const profile = DEPLOYMENT_PROFILES[d.type];
  const edits = new Map((d.assumptions ?? []).map((a) => [a.id, a] as const));
  const defaults: DeploymentAssumption[] =
    d.replaceDefaultAssumptions === true
      ? []
      : profile.assumptions.map((a) => {
          const edit = edits.get(a.id);
          return edit === undefined ? { ...a, origin: 'default' } : { ...edit, origin: 'edited' };
        });
  const defaultIds = new Set(defaults.map((a) => a.id));
  const added = sortBy(
    (d.assumptions ?? [])
      .filter((a) => !defaultIds.has(a.id))
      .map((a): DeploymentAssumption => ({ ...a, origin: 'added' })),
    (a) => a.id,
  );
  const rest = {
    id: d.id,
    type: d.type,
    ...(d.name === undefined ? {} : { name: d.name }),
    ...(d.description === undefined ? {} : { description: d.description }),
  };
  return {
    ...rest,
    multiplicity: d.multiplicity ?? profile.multiplicity,
    assumptions: [...defaults, ...added],
    exposure: { ...profile.exposure, ...d.exposure },
    exposureEdited: d.exposure !== undefined && Object.keys(d.exposure).length > 0,
    ...location,
  };
}

function normalizeComponents(
  authored: readonly AuthoredComponent[],
  deployments: readonly Deployment[],
  at: (path: (string | number)[]) => object,
): Component[] {
  const byId = new Map(authored.map((c) => [c.id, c] as const));
  const deploymentOf = (c: AuthoredComponent, seen = new Set<string>()): string | undefined => {
    if (c.deployment !== undefined) return c.deployment;
    const parent = c.parent === undefined ? undefined : byId.get(c.parent);
    if (parent === undefined || seen.has(parent.id)) return undefined;
    seen.add(parent.id);
    return deploymentOf(parent, seen);
  };
  const deploymentById = new Map(deployments.map((d) => [d.id, d] as const));
  const components = authored.map(({ os, ...c }, i): Component => {
    const deployment = deploymentOf(c);
    const multiplicity =
      c.multiplicity ??
      defaultMultiplicity(
        c.kind,
        deployment === undefined ? undefined : deploymentById.get(deployment),
      );
    return {
      ...c,
      ...(deployment === undefined ? {} : { deployment }),
      ...(os === undefined
        ? {}
        : {
            os: {
              name: os.name,
              ...(os.version === undefined ? {} : { version: String(os.version) }),
            },
          }),
      functions: [...new Set(c.functions ?? [])].sort(compareStrings),
      multiplicity,
      interfaces: sortBy((c.interfaces ?? []).map(normalizeInterface), (x) => x.id),
      credentials: sortBy(c.credentials ?? [], (x) => x.id),
      ...at(['components', i]),
    };
  });
  return sortBy(components, (c) => c.id);
}

/** The kind decides when it is unambiguous (a pump is one patient's even on a ward); else the deployment. */
function defaultMultiplicity(
  kind: AuthoredComponent['kind'],
  deployment: Deployment | undefined,
): Multiplicity {
  if (PER_PATIENT_KINDS.includes(kind)) return 'per-patient';
  if (SHARED_KINDS.includes(kind)) return 'shared';
  return deployment?.multiplicity ?? 'per-patient';
}

function normalizeInterface(
  i: NonNullable<AuthoredComponent['interfaces']>[number],
): ComponentInterface {
  const purpose = i.purpose ?? (DEBUG_INTERFACE_TYPES.includes(i.type) ? 'debug' : 'data');
  return { ...i, purpose, used: i.used ?? purpose !== 'none' };
}

const COMMAND_DATA: readonly DataClass[] = ['therapy-command', 'configuration'];
const CODE_DATA: readonly DataClass[] = ['firmware', 'software', 'ai-model'];

function normalizeFlow(f: AuthoredFlow, location: object): DataFlow {
  const data = [...new Set(f.data ?? [])].sort(compareStrings);
  const { protocol, authentication, integrity, encryption, antiReplay, carries, ...rest } = f;
  return {
    ...rest,
    initiator: f.initiator ?? 'source',
    oneWay: f.oneWay ?? false,
    carries:
      carries === undefined
        ? deriveCarries(data)
        : [...new Set(Array.isArray(carries) ? carries : [carries])].sort(compareStrings),
    data,
    functions: [...new Set(f.functions ?? [])].sort(compareStrings),
    ...(protocol === undefined
      ? {}
      : {
          protocol:
            typeof protocol === 'string'
              ? { name: protocol }
              : {
                  name: protocol.name,
                  ...(protocol.version === undefined ? {} : { version: String(protocol.version) }),
                  ...(protocol.port === undefined ? {} : { port: String(protocol.port) }),
                },
        }),
    ...(authentication === undefined
      ? {}
      : {
          authentication:
            typeof authentication === 'string'
              ? ({ method: authentication } satisfies FlowAuthentication)
              : authentication,
        }),
    ...(integrity === undefined
      ? {}
      : { integrity: typeof integrity === 'string' ? { algorithm: integrity } : integrity }),
    ...(encryption === undefined
      ? {}
      : { encryption: typeof encryption === 'string' ? { algorithm: encryption } : encryption }),
    ...(antiReplay === undefined
      ? {}
      : {
          antiReplay:
            antiReplay === true ? 'unspecified' : antiReplay === false ? 'none' : antiReplay,
        }),
    ...location,
  };
}

function deriveCarries(data: readonly DataClass[]): FlowCarries[] {
  const carries = new Set<FlowCarries>();
  for (const d of data) {
    if (COMMAND_DATA.includes(d)) carries.add('commands');
    else if (CODE_DATA.includes(d)) carries.add('code');
    else carries.add('data');
  }
  if (carries.size === 0) carries.add('data');
  return [...carries].sort(compareStrings);
}
