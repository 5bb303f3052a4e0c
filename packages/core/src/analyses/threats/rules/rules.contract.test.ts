import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXPLOITABILITY } from '../../../findings/scales.js';
import { FDA_CONTROL_CATEGORIES, STRIDE } from '../../../model/vocabulary.js';
import { RULE_CATEGORIES } from '../types.js';
import { THREAT_RULES } from './index.js';

const folder = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(folder);
const ruleFiles = files
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3));

describe('rule registry contract', () => {
  it('registers exactly the rule files on disk', () => {
    expect(THREAT_RULES.map((r) => r.id).sort()).toEqual([...ruleFiles].sort());
  });

  it('is alphabetical, so merges and reviews stay simple', () => {
    const ids = THREAT_RULES.map((r) => r.id);

    expect(ids).toEqual([...ids].sort());
  });

  it('has at least 70 rules', () => {
    expect(THREAT_RULES.length).toBeGreaterThanOrEqual(70);
  });

  it.each(THREAT_RULES.map((rule) => [rule.id, rule] as const))(
    '%s has complete metadata and its own test',
    (id, rule) => {
      expect(files).toContain(`${id}.test.ts`);
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.version).toBeGreaterThanOrEqual(1);
      expect(RULE_CATEGORIES).toContain(rule.category);
      expect(FDA_CONTROL_CATEGORIES).toContain(rule.fdaCategory);
      expect(EXPLOITABILITY).toContain(rule.exploitability);
      for (const stride of rule.stride) expect(STRIDE).toContain(stride);
      for (const text of [
        rule.title,
        rule.description,
        rule.detection,
        rule.falsePositives,
        rule.mitigation,
      ]) {
        expect(text.trim().length).toBeGreaterThan(10);
        expect(text).not.toMatch(/<[a-z]+[\s>]/i); // plain text, renderers style it
      }
      for (const cwe of rule.references.cwe ?? []) expect(cwe).toBeGreaterThan(0);
      for (const t of rule.references.attackIcs ?? []) expect(t).toMatch(/^T0\d{3}$/);
      for (const t of rule.references.atlas ?? []) expect(t).toMatch(/^AML\.[TM]\d{4}(\.\d{3})?$/);
      const { cwe = [], capec = [], attackIcs = [], atlas = [], fda = [] } = rule.references;
      const refCount = cwe.length + capec.length + attackIcs.length + atlas.length + fda.length;
      expect(refCount).toBeGreaterThan(0);
    },
  );
});
