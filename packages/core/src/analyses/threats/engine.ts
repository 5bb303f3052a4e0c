import { compareStrings } from '../../common/order.js';
import type { SubjectKind, SubjectRef } from '../../findings/types.js';
import type { ModelQuery } from '../../model/query/index.js';
import type { Stride } from '../../model/vocabulary.js';
import {
  EXPECTED_STRIDE,
  notApplicableIndex,
  type Coverage,
  type CoverageCell,
} from './coverage.js';
import { enumerateSubjects, subjectRef } from './subjects.js';
import type { RuleContext, RuleHit, RuleResult, ThreatRule } from './types.js';

/** A rule hit with its identity settled; risk is added later by the risk assessment. */
export interface RawFinding {
  readonly id: string;
  readonly rule: ThreatRule;
  readonly subject: SubjectRef;
  readonly hit: RuleHit;
  readonly stride: readonly Stride[];
}

interface RuleFailure {
  readonly ruleId: string;
  readonly message: string;
}

export interface RuleRun {
  readonly findings: readonly RawFinding[];
  readonly coverage: Coverage;
  readonly failures: readonly RuleFailure[];
}

/**
 * Runs every rule over every subject of its kind in id order, builds finding ids, and records which
 * rules considered which element for STRIDE coverage. A rule that throws is recorded as failed and
 * the others still run: a broken rule must be visible, not fatal and not silent; it contributes no
 * findings and no coverage, since partial output would look complete.
 */
export function runRules(rules: readonly ThreatRule[], query: RuleContext): RuleRun {
  const findings: RawFinding[] = [];
  const failures: RuleFailure[] = [];
  const considered = new Map<string, Set<string>>();
  const ids = new Set<string>();
  let touched: string[] = []; // coverage keys the current rule marked, undone if it fails
  const consider = (kind: SubjectKind, id: string, rule: ThreatRule): void => {
    if (rule.stride.length === 0) return;
    const prefix =
      kind === 'interface' ? `component:${id.slice(0, id.indexOf('/'))}#` : `${kind}:${id}#`;
    for (const stride of rule.stride) {
      const key = prefix + stride;
      const set = considered.get(key);
      if (set === undefined) considered.set(key, new Set([rule.id]));
      else set.add(rule.id);
      touched.push(key);
    }
  };
  /** A rule that throws contributes nothing: partial output would look complete. */
  const fail = (rule: ThreatRule, mark: number, error: unknown): void => {
    for (const finding of findings.splice(mark)) ids.delete(finding.id);
    for (const key of touched) considered.get(key)?.delete(rule.id);
    failures.push({
      ruleId: rule.id,
      message: error instanceof Error ? error.message : String(error),
    });
  };
  const record = (rule: ThreatRule, subject: SubjectRef, result: RuleResult): void => {
    const hits =
      result === undefined
        ? []
        : Array.isArray(result)
          ? (result as readonly RuleHit[])
          : [result as RuleHit];
    for (const hit of hits) {
      const ref =
        hit.subject === undefined ? subject : subjectRef(hit.subject.kind, hit.subject.id, query);
      const id = `${rule.id}@${ref.id}${hit.qualifier === undefined ? '' : `/${hit.qualifier}`}`;
      if (ids.has(id))
        throw new Error(
          `rule ${rule.id} produced "${id}" twice; give each hit a distinct qualifier`,
        );
      ids.add(id);
      findings.push({ id, rule, subject: ref, hit, stride: hit.stride ?? rule.stride });
    }
  };
  const ordered = [...rules].sort((a, b) => compareStrings(a.id, b.id));
  for (const rule of ordered.filter((r) => r.appliesTo !== 'coverage')) {
    const mark = findings.length;
    touched = [];
    try {
      if (rule.appliesTo === 'model') {
        record(rule, subjectRef('model', 'model', query), rule.evaluate(query));
        continue;
      }
      for (const { ref, value } of enumerateSubjects(rule.appliesTo, query)) {
        if (
          rule.when !== undefined &&
          !(rule.when as (s: unknown, q: RuleContext) => boolean)(value, query)
        )
          continue;
        consider(ref.kind, ref.id, rule);
        record(
          rule,
          ref,
          (rule.evaluate as (s: unknown, q: RuleContext) => RuleResult)(value, query),
        );
      }
    } catch (error) {
      fail(rule, mark, error);
    }
  }
  const coverage = buildCoverage(query, findings, considered);
  for (const rule of ordered.filter((r) => r.appliesTo === 'coverage')) {
    const mark = findings.length;
    touched = [];
    try {
      record(rule, subjectRef('model', 'model', query), rule.evaluate(coverage, query));
    } catch (error) {
      fail(rule, mark, error);
    }
  }
  return { findings, coverage, failures };
}

function buildCoverage(
  query: ModelQuery,
  findings: readonly RawFinding[],
  considered: Map<string, Set<string>>,
): Coverage {
  const notApplicable = notApplicableIndex(query.model.assumptions);
  const findingsByCell = new Map<string, string[]>();
  for (const finding of findings) {
    const kind = finding.subject.kind === 'interface' ? 'component' : finding.subject.kind;
    const id =
      finding.subject.kind === 'interface'
        ? (finding.subject.id.split('/')[0] ?? '')
        : finding.subject.id;
    for (const stride of finding.stride) {
      const key = `${kind}:${id}#${stride}`;
      const list = findingsByCell.get(key);
      if (list === undefined) findingsByCell.set(key, [finding.id]);
      else list.push(finding.id);
    }
  }
  const cells: CoverageCell[] = [];
  const add = (kind: 'component' | 'flow', id: string, expected: readonly Stride[]): void => {
    for (const stride of expected) {
      const key = `${kind}:${id}#${stride}`;
      const na = notApplicable.get(`${id}#${stride}`);
      cells.push({
        subject: { kind, id },
        stride,
        consideredBy: [...(considered.get(key) ?? [])].sort(compareStrings),
        findings: [...(findingsByCell.get(key) ?? [])].sort(compareStrings),
        ...(na === undefined ? {} : { notApplicable: na }),
      });
    }
  };
  for (const component of query.model.components)
    add('component', component.id, EXPECTED_STRIDE[component.type]);
  for (const flow of query.model.dataFlows) add('flow', flow.id, EXPECTED_STRIDE['data-flow']);
  return { cells };
}
