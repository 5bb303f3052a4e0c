#!/usr/bin/env node
// Benchmark: load, analyse and render every report format for a model of 1,000 components and
// 3,000 data flows, the way the CLI does it (one format at a time; nothing kept between formats).
// BENCH_MODEL=realistic (default) builds the model from the examples; BENCH_MODEL=stress uses random
// elements with many weaknesses (about twice the findings per element). Prints wall time per stage
// and peak RSS; figures go in the issue notes, tests never assert timings. Needs a build.
import { dump } from 'js-yaml';
import { generateLargeModel } from './generate-large-model.js';
import { generateRealisticModel } from './generate-realistic-model.js';

const started = performance.now();
const core = await import(new URL('../packages/core/dist/index.js', import.meta.url).href);
const importMs = performance.now() - started;
const components = Number(process.env.BENCH_COMPONENTS ?? 1000);
const flows = Number(process.env.BENCH_FLOWS ?? 3000);
const kind = process.env.BENCH_MODEL ?? 'realistic';
const authored =
  kind === 'stress'
    ? generateLargeModel({ components, flows })
    : await generateRealisticModel({ components, flows });
const text = dump(authored, { lineWidth: -1, noRefs: true });
const baseline = process.memoryUsage().rss;

const times = [];
const time = async (label, fn) => {
  const t0 = performance.now();
  const value = await fn();
  times.push([label, performance.now() - t0]);
  return value;
};
const loaded = await time('load (parse, validate, normalize)', () =>
  core.loadModel({ file: 'bench.yaml', text }),
);
if (!loaded.ok) {
  console.error(loaded.issues.slice(0, 5).map(core.formatIssue).join('\n'));
  process.exit(2);
}
const analysis = await time('analyze', () => core.analyze(loaded.value));
const doc = await time('report document', () => core.buildReportDocument(loaded.value, analysis));
const sizes = [];
for (const format of core.REPORT_FORMATS) {
  const length = await time(`render ${format.id}`, async () => {
    let n = 0;
    for (const chunk of await format.render(doc)) n += chunk.length;
    return n;
  });
  sizes.push(`${format.id} ${(length / 1024 / 1024).toFixed(1)} MB`);
}
const total = times.reduce((sum, [, ms]) => sum + ms, 0);
const m = loaded.value;
console.log(
  `model (${kind}): ${m.components.length} components, ${m.dataFlows.length} data flows, ${m.trustBoundaries.length} boundaries (${(text.length / 1024).toFixed(0)} KB YAML)`,
);
console.log(
  `findings: ${analysis.summary.findings} (+${analysis.summary.suppressed} suppressed) from ${analysis.provenance.rules.length} rules`,
);
console.log(`module import: ${importMs.toFixed(0)} ms`);
for (const [label, ms] of times) console.log(`${label.padEnd(36)} ${ms.toFixed(0).padStart(6)} ms`);
console.log(
  `${'total (load + analyze + all formats)'.padEnd(36)} ${total.toFixed(0).padStart(6)} ms`,
);
console.log(`output sizes: ${sizes.join(', ')}`);
console.log(
  `peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (before loading the model: ${(baseline / 1024 / 1024).toFixed(0)} MB, including the generator's copy)`,
);
