import { buildRuleContext } from './context.js';
import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../../test/builders.js';
import { aRule, type RuleBehaviour } from '../../../test/rules.js';
import type { DeviceModel } from '../../model/types.js';
import type { Stride } from '../../model/vocabulary.js';
import { runRules } from './engine.js';
import type { RuleMeta, ThreatRule } from './types.js';

/** pump (process, BLE and USB ports) ⊃ nothing; app (external entity); log (data store). */
const model = (): DeviceModel =>
  aModel({
    clinicalFunctions: [{ id: 'delivery', description: 'd', severity: 'critical' }],
    deployments: [{ id: 'body', type: 'on-body' }],
    stakeholders: [{ id: 'acme', role: 'manufacturer' }],
    components: [
      aComponent('pump', {
        name: 'Insulin pump',
        interfaces: [
          { id: 'usb', type: 'usb' },
          { id: 'ble', type: 'ble' },
        ],
      }),
      aComponent('app', { type: 'external-entity', kind: 'mobile-app' }),
      aComponent('log', { type: 'data-store', kind: 'log-store' }),
    ],
    dataFlows: [aFlow('app-to-pump', 'app', 'pump', { name: 'Bolus' })],
    trustBoundaries: [{ id: 'body-area', members: ['pump'] }],
    controls: [
      {
        id: 'signing',
        title: 'Code signing',
        category: 'cryptography',
        status: 'implemented',
        mitigates: [],
      },
    ],
    assumptions: [{ id: 'sealed', text: 'Sealed enclosure' }],
    treatments: { 'x@pump': { strategy: 'accept' } },
  });

const rule = (behaviour: RuleBehaviour, meta: Partial<RuleMeta> = {}): ThreatRule =>
  aRule(behaviour, meta);
const run = (rules: readonly ThreatRule[], m: DeviceModel = model()) =>
  runRules(rules, buildRuleContext(m));
const every = (
  kind:
    | 'component'
    | 'flow'
    | 'interface'
    | 'boundary'
    | 'deployment'
    | 'control'
    | 'assumption'
    | 'treatment'
    | 'function',
) => ({ appliesTo: kind, evaluate: () => ({ rationale: 'r' }) }) as RuleBehaviour;

describe('runRules', () => {
  describe('finding ids', () => {
    it.each`
      kind            | ids
      ${'component'}  | ${['test-rule@app', 'test-rule@log', 'test-rule@pump']}
      ${'flow'}       | ${['test-rule@app-to-pump']}
      ${'interface'}  | ${['test-rule@pump/ble', 'test-rule@pump/usb']}
      ${'boundary'}   | ${['test-rule@body-area']}
      ${'deployment'} | ${['test-rule@body']}
      ${'control'}    | ${['test-rule@signing']}
      ${'assumption'} | ${['test-rule@sealed']}
      ${'treatment'}  | ${['test-rule@x@pump']}
      ${'function'}   | ${['test-rule@delivery']}
    `('names $kind findings rule@subject, subjects in id order', ({ kind, ids }) => {
      const result = run([rule(every(kind))]);

      expect(result.findings.map((f) => f.id)).toEqual(ids);
      expect(result.failures).toEqual([]);
    });

    it.each`
      case                            | behaviour                                                                                                                                                                                     | ids
      ${'a qualifier'}                | ${{ appliesTo: 'component', when: (c: { id: string }) => c.id === 'pump', evaluate: () => [{ rationale: 'r', qualifier: 'a' }, { rationale: 'r', qualifier: 'b' }] }}                         | ${['test-rule@pump/a', 'test-rule@pump/b']}
      ${'an interface qualifier'}     | ${{ appliesTo: 'interface', evaluate: () => ({ rationale: 'r', qualifier: 'spoofing' }) }}                                                                                                    | ${['test-rule@pump/ble/spoofing', 'test-rule@pump/usb/spoofing']}
      ${'the model'}                  | ${{ appliesTo: 'model', evaluate: () => ({ rationale: 'r' }) }}                                                                                                                               | ${['test-rule@model']}
      ${'a model rule on an element'} | ${{ appliesTo: 'model', evaluate: () => [{ rationale: 'r', subject: { kind: 'flow', id: 'app-to-pump' } }, { rationale: 'r', subject: { kind: 'component', id: 'pump' }, qualifier: 'q' }] }} | ${['test-rule@app-to-pump', 'test-rule@pump/q']}
      ${'no hit'}                     | ${{ appliesTo: 'component', evaluate: () => undefined }}                                                                                                                                      | ${[]}
      ${'an empty list'}              | ${{ appliesTo: 'component', evaluate: () => [] }}                                                                                                                                             | ${[]}
    `('with $case', ({ behaviour, ids }) => {
      const result = run([rule(behaviour)]);

      expect(result.findings.map((f) => f.id)).toEqual(ids);
    });

    it('describes the subject with its name and kind', () => {
      const result = run([
        rule(every('flow'), { id: 'a-flows' }),
        rule(every('interface'), { id: 'b-ports' }),
        rule(every('control'), { id: 'c-controls' }),
        rule(
          {
            appliesTo: 'model',
            evaluate: () => [
              { rationale: 'r' },
              { rationale: 'r', subject: { kind: 'component', id: 'pump' }, qualifier: 'q' },
            ],
          },
          { id: 'd-model' },
        ),
      ]);

      expect(result.findings.map((f) => f.subject)).toEqual([
        { kind: 'flow', id: 'app-to-pump', name: 'Bolus' },
        { kind: 'interface', id: 'pump/ble', name: 'Insulin pump ble (ble)' },
        { kind: 'interface', id: 'pump/usb', name: 'Insulin pump usb (usb)' },
        { kind: 'control', id: 'signing', name: 'Code signing' },
        { kind: 'model', id: 'model', name: 'Test pump' },
        { kind: 'component', id: 'pump', name: 'Insulin pump' },
      ]);
    });

    it('names an element a model rule points at even when the model has no such element', () => {
      const result = run([
        rule({
          appliesTo: 'model',
          evaluate: () => ({ rationale: 'r', subject: { kind: 'component', id: 'ghost' } }),
        }),
      ]);

      expect(result.findings[0]?.subject).toEqual({ kind: 'component', id: 'ghost' });
    });

    it('records a rule that produces the same id twice as failed, and still runs the others', () => {
      const twice = rule(
        { appliesTo: 'component', evaluate: () => [{ rationale: 'a' }, { rationale: 'b' }] },
        { id: 'b-twice' },
      );

      const result = run([
        rule(every('flow'), { id: 'c-after' }),
        twice,
        rule(every('flow'), { id: 'a-before' }),
      ]);

      expect(result.failures).toEqual([
        {
          ruleId: 'b-twice',
          message: 'rule b-twice produced "b-twice@app" twice; give each hit a distinct qualifier',
        },
      ]);
      expect(result.findings.map((f) => f.id)).toContain('a-before@app-to-pump');
      expect(result.findings.map((f) => f.id)).toContain('c-after@app-to-pump');
    });

    it('records a throwing rule as failed, with its message, and still runs the others', () => {
      const broken = rule(
        {
          appliesTo: 'component',
          evaluate: (c) => {
            if (c.id === 'log') throw new Error('cannot read log');
            return undefined;
          },
        },
        { id: 'a-broken' },
      );
      const throwsText = rule(
        {
          appliesTo: 'model',
          evaluate: () => {
            // eslint-disable-next-line @typescript-eslint/only-throw-error -- a rule written badly
            throw 'plain text';
          },
        },
        { id: 'b-text' },
      );

      const result = run([broken, throwsText, rule(every('flow'), { id: 'c-fine' })]);

      expect(result.failures).toEqual([
        { ruleId: 'a-broken', message: 'cannot read log' },
        { ruleId: 'b-text', message: 'plain text' },
      ]);
      expect(result.findings.map((f) => f.id)).toEqual(['c-fine@app-to-pump']);
    });

    it('runs rules in id order, whatever order they are given in', () => {
      const result = run([
        rule(every('flow'), { id: 'zeta' }),
        rule(every('flow'), { id: 'alpha' }),
        rule(every('flow'), { id: 'mid' }),
      ]);

      expect(result.findings.map((f) => f.rule.id)).toEqual(['alpha', 'mid', 'zeta']);
    });

    it('takes the STRIDE categories from the hit when it narrows them', () => {
      const result = run([
        rule(
          {
            appliesTo: 'flow',
            evaluate: () => [
              { rationale: 'r', qualifier: 'a', stride: ['tampering'] },
              { rationale: 'r', qualifier: 'b' },
            ],
          },
          { stride: ['tampering', 'information-disclosure'] },
        ),
      ]);

      expect(result.findings.map((f) => [f.id, f.stride])).toEqual([
        ['test-rule@app-to-pump/a', ['tampering']],
        ['test-rule@app-to-pump/b', ['tampering', 'information-disclosure']],
      ]);
    });
  });

  describe('coverage', () => {
    const cell = (result: ReturnType<typeof run>, id: string, stride: Stride) =>
      result.coverage.cells.find((c) => c.subject.id === id && c.stride === stride);

    it('expects STRIDE per element type: six for a process, S and R for an entity, TRID for a store, TID for a flow', () => {
      const result = run([]);

      const strideOf = (id: string) =>
        result.coverage.cells.filter((c) => c.subject.id === id).map((c) => c.stride);
      expect(strideOf('pump')).toEqual([
        'spoofing',
        'tampering',
        'repudiation',
        'information-disclosure',
        'denial-of-service',
        'elevation-of-privilege',
      ]);
      expect(strideOf('app')).toEqual(['spoofing', 'repudiation']);
      expect(strideOf('log')).toEqual([
        'tampering',
        'repudiation',
        'information-disclosure',
        'denial-of-service',
      ]);
      expect(strideOf('app-to-pump')).toEqual([
        'tampering',
        'information-disclosure',
        'denial-of-service',
      ]);
      expect(result.coverage.cells.find((c) => c.subject.id === 'app-to-pump')?.subject.kind).toBe(
        'flow',
      );
      expect(
        result.coverage.cells.every((c) => c.consideredBy.length === 0 && c.findings.length === 0),
      ).toBe(true);
    });

    it('records a rule as considering each element its `when` lets through, hit or not', () => {
      const scoped = rule(
        {
          appliesTo: 'component',
          when: (c) => c.id !== 'log',
          evaluate: (c) => (c.id === 'pump' ? { rationale: 'r' } : undefined),
        },
        { stride: ['tampering', 'repudiation'] },
      );

      const result = run([scoped]);

      expect(cell(result, 'pump', 'tampering')).toEqual({
        subject: { kind: 'component', id: 'pump' },
        stride: 'tampering',
        consideredBy: ['test-rule'],
        findings: ['test-rule@pump'],
      });
      expect(cell(result, 'app', 'repudiation')).toMatchObject({
        consideredBy: ['test-rule'],
        findings: [],
      });
      expect(cell(result, 'log', 'tampering')).toMatchObject({ consideredBy: [], findings: [] });
    });

    it('does not evaluate a subject its `when` rejects', () => {
      const seen: string[] = [];
      const scoped = rule({
        appliesTo: 'component',
        when: (c) => c.id === 'pump',
        evaluate: (c) => {
          seen.push(c.id);
          return { rationale: 'r' };
        },
      });

      const result = run([scoped]);

      expect(seen).toEqual(['pump']);
      expect(result.findings.map((f) => f.id)).toEqual(['test-rule@pump']);
    });

    it('counts interface rules and their hits for their component’s cells', () => {
      const ports = rule(
        {
          appliesTo: 'interface',
          evaluate: (s) => (s.iface.id === 'usb' ? { rationale: 'r' } : undefined),
        },
        { stride: ['spoofing'] },
      );

      const result = run([ports]);

      expect(cell(result, 'pump', 'spoofing')).toMatchObject({
        consideredBy: ['test-rule'],
        findings: ['test-rule@pump/usb'],
      });
    });

    it('counts hits of model rules for the element they name, without considering anything', () => {
      const modelRule = rule(
        {
          appliesTo: 'model',
          evaluate: () => ({
            rationale: 'r',
            subject: { kind: 'flow', id: 'app-to-pump' },
            stride: ['denial-of-service'],
          }),
        },
        { stride: ['tampering', 'denial-of-service'] },
      );

      const result = run([modelRule]);

      expect(cell(result, 'app-to-pump', 'denial-of-service')).toMatchObject({
        consideredBy: [],
        findings: ['test-rule@app-to-pump'],
      });
      expect(cell(result, 'app-to-pump', 'tampering')).toMatchObject({
        consideredBy: [],
        findings: [],
      });
    });

    it('lets a rule without STRIDE categories consider nothing', () => {
      const result = run([rule(every('component'), { stride: [] })]);

      expect(result.coverage.cells.every((c) => c.consideredBy.length === 0)).toBe(true);
    });

    it('sorts the rules and findings of a cell', () => {
      const result = run([
        rule(every('component'), { id: 'z-rule' }),
        rule(
          {
            appliesTo: 'component',
            evaluate: () => [
              { rationale: 'r', qualifier: 'b' },
              { rationale: 'r', qualifier: 'a' },
            ],
          },
          { id: 'a-rule' },
        ),
      ]);

      expect(cell(result, 'pump', 'tampering')).toMatchObject({
        consideredBy: ['a-rule', 'z-rule'],
        findings: ['a-rule@pump/a', 'a-rule@pump/b', 'z-rule@pump'],
      });
    });

    it('attaches the assumption that explains a cell as not applicable', () => {
      const m = aModel({
        components: [aComponent('pump')],
        assumptions: [
          {
            id: 'no-users',
            text: 'No user accounts',
            rationale: 'The pump has no login',
            notApplicable: [{ subject: 'pump', stride: ['repudiation'] }],
          },
        ],
      });

      const result = run([], m);

      expect(cell(result, 'pump', 'repudiation')?.notApplicable).toEqual({
        assumption: 'no-users',
        text: 'The pump has no login',
      });
      expect(cell(result, 'pump', 'spoofing')).not.toHaveProperty('notApplicable');
    });

    it('runs coverage rules after every other rule, whatever their ids, and keeps their hits', () => {
      const seen: string[][] = [];
      const gaps = rule(
        {
          appliesTo: 'coverage',
          evaluate: (coverage) => {
            seen.push(coverage.cells.flatMap((c) => c.findings));
            return {
              rationale: 'gap',
              subject: { kind: 'component', id: 'log' },
              qualifier: 'tampering',
            };
          },
        },
        { id: 'a-gaps', stride: [] },
      );

      const result = run([rule(every('flow'), { id: 'z-last', stride: ['tampering'] }), gaps]);

      expect(seen).toEqual([['z-last@app-to-pump']]);
      expect(result.findings.map((f) => f.id)).toEqual([
        'z-last@app-to-pump',
        'a-gaps@log/tampering',
      ]);
      expect(result.coverage.cells.flatMap((c) => c.findings)).toEqual(['z-last@app-to-pump']);
    });

    it('records a failing coverage rule like any other', () => {
      const broken = rule(
        {
          appliesTo: 'coverage',
          evaluate: () => {
            throw new Error('no cells');
          },
        },
        { id: 'gaps' },
      );

      const result = run([broken, rule(every('flow'))]);

      expect(result.failures).toEqual([{ ruleId: 'gaps', message: 'no cells' }]);
      expect(result.findings).toHaveLength(1);
    });
  });
});
