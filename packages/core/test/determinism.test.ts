import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { modelFromValue } from '../src/model/load.js';
import { readModelFile } from '../src/node/read-model.js';
import { buildReportDocument } from '../src/report/document.js';
import { REPORT_FORMATS, renderToString } from '../src/report/formats/index.js';
import type { DeviceModel } from '../src/model/types.js';

const examplesDir = fileURLToPath(new URL('../../../examples/', import.meta.url));
const examples = existsSync(examplesDir)
  ? readdirSync(examplesDir)
      .filter((n) => existsSync(`${examplesDir}${n}/medrisk.yaml`))
      .sort()
  : [];

/** Every list in the authored value, shuffled with a seeded generator (reproducible failures). */
function shuffleLists(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => shuffleLists(v, random));
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(
      ([k, v]) => [k, k === 'matrix' ? v : shuffleLists(v, random)] as const,
    );
    return Object.fromEntries(entries.reverse());
  }
  return value;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function renderAll(model: DeviceModel): Promise<string[]> {
  const doc = buildReportDocument(model, analyze(model));
  return Promise.all(REPORT_FORMATS.map((f) => renderToString(f, doc)));
}

/** Round-trips a loaded model back to an authored value, dropping what only files have (positions). */
function authoredOf(path: string): unknown {
  const { result } = readModelFile(path);
  if (!result.ok) throw new Error(`cannot load ${path}`);
  return JSON.parse(JSON.stringify(toAuthored(result.value))) as unknown;
}

function toAuthored(model: DeviceModel): Record<string, unknown> {
  const strip = (items: readonly object[]) =>
    items.map((item) => Object.fromEntries(Object.entries(item).filter(([k]) => k !== 'location')));
  return {
    medrisk: 1,
    device: model.device,
    clinicalFunctions: strip(model.clinicalFunctions).map(
      ({ maxTolerableOutageMinutes, ...f }) => ({
        ...f,
        ...(maxTolerableOutageMinutes === undefined
          ? {}
          : { maxTolerableOutage: maxTolerableOutageMinutes }),
      }),
    ),
    deployments: strip(model.deployments).map(({ exposureEdited: _e, assumptions, ...d }) => ({
      ...d,
      replaceDefaultAssumptions: true,
      assumptions: (assumptions as { origin: string }[]).map(({ origin: _o, ...a }) => a),
    })),
    stakeholders: model.stakeholders,
    components: strip(model.components),
    trustBoundaries: strip(model.trustBoundaries),
    dataFlows: strip(model.dataFlows),
    controls: strip(model.controls),
    assumptions: strip(model.assumptions),
    treatments: Object.fromEntries(
      model.treatments.map(({ findingId, location: _l, ...t }) => [findingId, t]),
    ),
    boms: model.boms,
    ...(model.risk.custom
      ? { risk: { acceptable: model.risk.acceptable, matrix: model.risk.matrix } }
      : {}),
  };
}

/** The first differing line of two texts, with its neighbourhood, or '' when equal. */
function firstDifference(a: string, b: string): string {
  if (a === b) return '';
  const x = a.split('\n');
  const y = b.split('\n');
  const i = x.findIndex((line, n) => line !== y[n]);
  return `line ${String(i + 1)}:\n  got:      ${(x[i] ?? '<end>').slice(0, 300)}\n  expected: ${(y[i] ?? '<end>').slice(0, 300)}`;
}

describe('determinism', () => {
  it.each(examples)('%s: the same model gives byte-identical reports twice', async (name) => {
    const { result } = readModelFile(`${examplesDir}${name}/medrisk.yaml`);
    if (!result.ok) throw new Error('example must load');

    const first = await renderAll(result.value);
    const second = await renderAll(result.value);

    expect(second).toEqual(first);
  });

  it.each(examples)(
    '%s: shuffling every list in the model does not change any report',
    async (name) => {
      const authored = authoredOf(`${examplesDir}${name}/medrisk.yaml`);
      const load = (value: unknown): DeviceModel => {
        const r = modelFromValue(value);
        if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
        return r.value;
      };

      const baseline = await renderAll(load(authored));
      for (const seed of [1, 2, 3]) {
        const shuffled = await renderAll(load(shuffleLists(authored, seeded(seed))));
        shuffled.forEach((text, i) => {
          expect(
            firstDifference(text, baseline[i] ?? ''),
            `${REPORT_FORMATS[i]?.id ?? ''} with seed ${String(seed)}`,
          ).toBe('');
        });
      }
    },
  );
});
