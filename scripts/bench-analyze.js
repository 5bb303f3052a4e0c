#!/usr/bin/env node
// Benchmark: analyse a generated model of 1,000 components and 3,000 data flows and render every
// report format. Prints wall time per stage and peak RSS. Figures go in the issue notes; tests never
// assert timings. Needs a build (imports packages/core/dist).
import { dump } from 'js-yaml';
import { generateLargeModel } from './generate-large-model.js';

const started = performance.now();
const core = await import(new URL('../packages/core/dist/index.js', import.meta.url).href);
const components = Number(process.env.BENCH_COMPONENTS ?? 1000);
const flows = Number(process.env.BENCH_FLOWS ?? 3000);
const authored = generateLargeModel({ components, flows });
const text = dump(authored, { lineWidth: -1 });
const times = [];
const time = async (label, fn) => {
  const t0 = performance.now();
  const value = await fn();
  times.push([label, performance.now() - t0]);
  return value;
};

const importMs = performance.now() - started;
const loaded = await time('load (parse, validate, normalize)', () =>
  core.loadModel({ file: 'bench.yaml', text }),
);
if (!loaded.ok) {
  console.error(loaded.issues.slice(0, 5).map(core.formatIssue).join('\n'));
  process.exit(2);
}
const analysis = await time('analyze', () => core.analyze(loaded.value));
const doc = await time('report document', () => core.buildReportDocument(loaded.value, analysis));
const sizes = {};
for (const format of core.REPORT_FORMATS) {
  const out = await time(`render ${format.id}`, () => format.render(doc));
  sizes[format.id] = out.length;
}
const total = times.reduce((sum, [, ms]) => sum + ms, 0);
console.log(
  `model: ${components} components, ${flows} data flows, ${authored.trustBoundaries.length} boundaries (${(text.length / 1024).toFixed(0)} KB YAML)`,
);
console.log(
  `findings: ${analysis.summary.findings} (+${analysis.summary.suppressed} suppressed), rules: ${analysis.provenance.rules.length}`,
);
console.log(`module import: ${importMs.toFixed(0)} ms`);
for (const [label, ms] of times) console.log(`${label.padEnd(36)} ${ms.toFixed(0).padStart(6)} ms`);
console.log(
  `${'total (load + analyze + all formats)'.padEnd(36)} ${total.toFixed(0).padStart(6)} ms`,
);
console.log(
  `output sizes: ${Object.entries(sizes)
    .map(([k, v]) => `${k} ${(v / 1024 / 1024).toFixed(1)} MB`)
    .join(', ')}`,
);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
