import { VERSION_SCHEMES } from '../../versions/registry.js';
import type { VersionScheme } from '../../versions/types.js';

const BY_ID = new Map(VERSION_SCHEMES.map((s) => [s.id, s] as const));

export function schemeById(id: string): VersionScheme | undefined {
  return BY_ID.get(id);
}
