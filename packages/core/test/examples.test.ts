import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../src/common/issue.js';
import { readModelFile } from '../src/node/read-model.js';

const examplesDir = fileURLToPath(new URL('../../../examples/', import.meta.url));
const examples = existsSync(examplesDir)
  ? readdirSync(examplesDir)
      .filter((name) => existsSync(`${examplesDir}${name}/medrisk.yaml`))
      .sort()
  : [];

describe('examples/ are valid, realistic models', () => {
  it('has at least four examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples)('%s loads without errors and has at least 15 elements', (name) => {
    const { result } = readModelFile(`${examplesDir}${name}/medrisk.yaml`);
    const errors = result.issues.filter((i) => i.severity === 'error').map(formatIssue);

    expect(errors).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const m = result.value;
    expect(
      m.components.length + m.dataFlows.length + m.trustBoundaries.length,
    ).toBeGreaterThanOrEqual(15);
  });
});
