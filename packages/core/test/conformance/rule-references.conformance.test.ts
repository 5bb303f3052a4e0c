import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ATLAS_NAMES, ATLAS_VERSION } from '../../src/analyses/ai/atlas.js';
import { THREAT_RULES } from '../../src/analyses/threats/rules/index.js';
import { hasSharedData, sharedData } from './shared-data.js';

/** Every ATT&CK for ICS, ATLAS and CAPEC id a rule cites must exist in MITRE's published data. */
describe('rule references exist in MITRE data', () => {
  const cited = (
    pick: (r: (typeof THREAT_RULES)[number]) => readonly (string | number)[] | undefined,
  ) => [...new Set(THREAT_RULES.flatMap((r) => (pick(r) ?? []).map(String)))].sort();

  it.runIf(hasSharedData('attack-ics/ics-attack/ics-attack.json', 'ATT&CK for ICS references'))(
    'ATT&CK for ICS technique ids',
    () => {
      const bundle = JSON.parse(
        readFileSync(`${sharedData}attack-ics/ics-attack/ics-attack.json`, 'utf8'),
      ) as {
        objects: {
          type: string;
          revoked?: boolean;
          external_references?: { source_name: string; external_id?: string }[];
        }[];
      };
      const known = new Set(
        bundle.objects
          .filter((o) => o.type === 'attack-pattern' && o.revoked !== true)
          .flatMap((o) =>
            (o.external_references ?? [])
              .filter((r) => r.source_name === 'mitre-attack')
              .map((r) => r.external_id),
          ),
      );

      expect(cited((r) => r.references.attackIcs).filter((id) => !known.has(id))).toEqual([]);
    },
  );

  it.runIf(hasSharedData('atlas/dist/ATLAS.yaml', 'ATLAS references'))(
    'ATLAS technique and mitigation ids',
    () => {
      const text = readFileSync(`${sharedData}atlas/dist/ATLAS.yaml`, 'utf8');
      const known = new Set(
        [...text.matchAll(/id: (AML\.[TM]\d{4}(?:\.\d{3})?)\b/g)].map((m) => m[1]),
      );

      expect(cited((r) => r.references.atlas).filter((id) => !known.has(id))).toEqual([]);
    },
  );

  it.runIf(hasSharedData('atlas/dist/ATLAS.yaml', 'ATLAS names'))(
    'ATLAS names printed by the AI view match ATLAS (sub-techniques as "Parent: Sub")',
    () => {
      const atlas = load(readFileSync(`${sharedData}atlas/dist/ATLAS.yaml`, 'utf8')) as {
        version: string;
        matrices: {
          techniques: { id: string; name: string; 'subtechnique-of'?: string }[];
          mitigations: { id: string; name: string }[];
        }[];
      };
      const entries: { id: string; name: string; 'subtechnique-of'?: string }[] =
        atlas.matrices.flatMap((m) => [...m.techniques, ...m.mitigations]);
      const byId = new Map(entries.map((e) => [e.id, e]));
      const official = (id: string): string | undefined => {
        const entry = byId.get(id);
        if (entry === undefined) return undefined;
        const parent = entry['subtechnique-of'];
        return parent === undefined
          ? entry.name
          : `${byId.get(parent)?.name ?? parent}: ${entry.name}`;
      };

      expect(atlas.version).toBe(ATLAS_VERSION);
      expect(Object.entries(ATLAS_NAMES).filter(([id, name]) => official(id) !== name)).toEqual([]);
    },
  );

  it.runIf(hasSharedData('attack-ics/capec/stix-capec-2.1-assembled.json', 'CAPEC references'))(
    'CAPEC ids',
    () => {
      const bundle = JSON.parse(
        readFileSync(`${sharedData}attack-ics/capec/stix-capec-2.1-assembled.json`, 'utf8'),
      ) as {
        objects: {
          type: string;
          external_references?: { source_name: string; external_id?: string }[];
        }[];
      };
      const known = new Set(
        bundle.objects
          .filter((o) => o.type === 'attack-pattern')
          .flatMap((o) =>
            (o.external_references ?? [])
              .filter((r) => r.source_name === 'capec')
              .map((r) => r.external_id?.replace('CAPEC-', '')),
          ),
      );

      expect(cited((r) => r.references.capec).filter((id) => !known.has(id))).toEqual([]);
    },
  );
});
