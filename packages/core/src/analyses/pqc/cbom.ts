import { classifyAlgorithm, type AlgorithmInfo } from '../../model/algorithms.js';
import type { CryptoAsset } from '../../inventory/types.js';
import type { RuleContext } from '../threats/types.js';
import type { CryptoPurpose } from '../../model/vocabulary.js';
import { componentUpdatability } from './updatability.js';
import type { CryptoUse } from './types.js';

/**
 * CycloneDX 1.6 `cryptographic-asset` components of type `algorithm` in the CBOMs (and SBOMs)
 * linked to a component. An asset whose algorithm a use of the component, its parent or child, or
 * a flow touching them already names corroborates that use (its reference is added to `paths`);
 * any other is a use of its own, purpose `other` unless the primitive says key establishment
 * (CBOM 1.6 does not say what an algorithm is used for). JSON gives arrays and numbers, the XML
 * reader strings and single values: both are read.
 */
export function withCbomUses(uses: readonly CryptoUse[], query: RuleContext): CryptoUse[] {
  const out = [...uses];
  for (const component of query.model.components) {
    const inventories = [
      ...query.supplyChain.inventoriesOf(component.id, 'cbom'),
      ...query.supplyChain.inventoriesOf(component.id, 'sbom'),
    ];
    const family = new Set([
      component.id,
      ...query.ancestors(component.id).map((c) => c.id),
      ...query.selfAndDescendants(component.id).map((c) => c.id),
    ]);
    const flows = new Set([...family].flatMap((id) => query.flowsOf(id).map((f) => f.id)));
    const near = (u: CryptoUse) =>
      u.element.kind === 'component' ? family.has(u.element.id) : flows.has(u.element.id);
    for (const inventory of inventories)
      for (const asset of inventory.cryptoAssets) {
        if (asset.assetType !== 'algorithm') continue;
        const ref = `${inventory.file}#${asset.ref}`;
        const info = assetInfo(asset);
        const index = out.findIndex((u) => near(u) && sameAlgorithm(u.info, info));
        const found = out[index];
        if (found !== undefined) {
          out[index] = {
            ...found,
            paths: [...found.paths, ref],
            notes: [...(found.notes ?? []), ...conflict(asset, found.info)],
          };
          continue;
        }
        const qualifier = `cbom-${slug(asset.name)}`;
        if (out.some((u) => u.element.id === component.id && u.qualifier === qualifier)) continue;
        const updatable = componentUpdatability(component, query);
        out.push({
          id: `${component.id}/${qualifier}`,
          element: { kind: 'component', id: component.id },
          qualifier,
          purpose: purposeOf(asset),
          algorithm: asset.name,
          info,
          origin: 'cbom',
          inferred: false,
          paths: [ref],
          basis: `listed in ${inventory.file}${describe(asset)}`,
          data: [],
          constrainedBy: [component.id],
          ...(updatable === undefined ? {} : { fieldUpdatable: updatable }),
          ...(parameterSet(asset) === undefined ? {} : { parameters: parameterSet(asset) }),
          notes: conflict(asset, info),
        });
      }
  }
  return out;
}

/**
 * The same algorithm under two spellings: the same name, or the same recognised family at the same
 * stated strength (ECDSA-P-256-SHA-256 in a CBOM is the model's ecdsa-p256).
 */
function sameAlgorithm(a: AlgorithmInfo, b: AlgorithmInfo): boolean {
  if (a.name === b.name) return true;
  if (a.family === 'unknown' || a.family !== b.family) return false;
  const strength = (i: AlgorithmInfo) =>
    `${String(i.securityBits ?? '')}/${String(i.nistCategory ?? '')}`;
  return strength(a) !== '/' && strength(a) === strength(b);
}

function algorithmProperties(asset: CryptoAsset): Readonly<Record<string, unknown>> {
  const props = asset.properties.algorithmProperties;
  return props !== null && typeof props === 'object' ? (props as Record<string, unknown>) : {};
}

/** A single value or a list, as JSON or the XML reader give them. */
function values(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(values);
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  if (value !== null && typeof value === 'object')
    return Object.values(value as Record<string, unknown>).flatMap(values);
  return [];
}

function primitive(asset: CryptoAsset): string | undefined {
  return values(algorithmProperties(asset).primitive)[0];
}

function parameterSet(asset: CryptoAsset): string | undefined {
  return values(algorithmProperties(asset).parameterSetIdentifier)[0];
}

function quantumLevel(asset: CryptoAsset): number | undefined {
  const level = Number(values(algorithmProperties(asset).nistQuantumSecurityLevel)[0]);
  return Number.isInteger(level) ? level : undefined;
}

const ASYMMETRIC = ['signature', 'pke', 'key-agree', 'kem'];

/**
 * The name decides (the algorithm table); when the name is not recognised, the asset's own
 * primitive and NIST quantum security level do, and the source says so.
 */
function assetInfo(asset: CryptoAsset): AlgorithmInfo {
  const info = classifyAlgorithm(asset.name);
  if (info.family !== 'unknown') return info;
  const kind = primitive(asset);
  const level = quantumLevel(asset);
  if (kind === undefined || level === undefined || !ASYMMETRIC.includes(kind)) return info;
  const source = `CBOM: primitive ${kind}, nistQuantumSecurityLevel ${String(level)}`;
  return level === 0
    ? { ...info, cryptographic: true, quantumVulnerable: true, quantum: 'vulnerable', source }
    : { ...info, cryptographic: true, postQuantum: true, quantum: 'post-quantum', source };
}

/** When the CBOM's level contradicts the name's classification, both are shown. */
function conflict(asset: CryptoAsset, info: AlgorithmInfo): string[] {
  const level = quantumLevel(asset);
  if (level === undefined) return [];
  if (level > 0 && info.quantum === 'vulnerable')
    return [
      `${asset.name}: the CBOM gives nistQuantumSecurityLevel ${String(level)}, but ${info.family} is quantum-vulnerable (${info.source ?? 'algorithm table'})`,
    ];
  if (level === 0 && (info.quantum === 'post-quantum' || info.quantum === 'hybrid'))
    return [
      `${asset.name}: the CBOM gives nistQuantumSecurityLevel 0, but ${info.family} is ${info.quantum}`,
    ];
  return [];
}

function purposeOf(asset: CryptoAsset): CryptoPurpose {
  const kind = primitive(asset);
  return kind === 'kem' || kind === 'key-agree' ? 'key-establishment' : 'other';
}

function describe(asset: CryptoAsset): string {
  const functions = values(algorithmProperties(asset).cryptoFunctions);
  const kind = primitive(asset);
  const parts = [
    ...(kind === undefined ? [] : [`primitive ${kind}`]),
    ...(functions.length === 0 ? [] : [`functions ${functions.join(', ')}`]),
  ];
  return parts.length === 0 ? '' : ` (${parts.join('; ')})`;
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'asset'
  );
}
