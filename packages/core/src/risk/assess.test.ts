import { buildRuleContext } from '../analyses/threats/context.js';
import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../test/builders.js';
import { aRule, type RuleBehaviour } from '../../test/rules.js';
import { runRules } from '../analyses/threats/engine.js';
import type { RuleMeta } from '../analyses/threats/types.js';
import { assessFindings } from './assess.js';

type Parts = NonNullable<Parameters<typeof aModel>[0]>;
type Control = NonNullable<Parts['controls']>[number];

const functions: Parts['clinicalFunctions'] = [
  { id: 'insulin-delivery', description: 'd', severity: 'catastrophic' },
  { id: 'dose-history', description: 'd', severity: 'critical' },
  { id: 'glucose-display', description: 'd', severity: 'serious' },
  { id: 'trend-log', description: 'd', severity: 'minor' },
  { id: 'device-label', description: 'd', severity: 'negligible' },
];

/** A per-patient pump (with a BLE port) serving `serves`, and a per-patient gateway serving nothing. */
const pumpParts = (serves = 'glucose-display', extra: Parts = {}): Parts => ({
  clinicalFunctions: functions,
  stakeholders: [
    { id: 'qa', role: 'manufacturer' },
    { id: 'hospital', role: 'hdo-it' },
  ],
  ...extra,
  components: [
    aComponent('pump', {
      kind: 'medical-device',
      functions: [serves],
      interfaces: [{ id: 'ble', type: 'ble' }],
    }),
    aComponent('gw', { kind: 'gateway' }),
    ...(extra.components ?? []),
  ],
});

/** Runs one rule over a model and assesses its hits. */
function assess(behaviour: RuleBehaviour, parts: Parts, meta: Partial<RuleMeta> = {}) {
  const query = buildRuleContext(aModel(parts));
  const run = runRules([aRule(behaviour, meta)], query);
  if (run.failures.length > 0) throw new Error(run.failures[0]?.message);
  return assessFindings(run.findings, query);
}

const onComponents: RuleBehaviour = {
  appliesTo: 'component',
  evaluate: () => ({ rationale: 'r' }),
};
const onPump: RuleBehaviour = {
  appliesTo: 'component',
  when: (c) => c.id === 'pump',
  evaluate: () => ({ rationale: 'r' }),
};

/** The one finding on the pump, with the model's controls and treatments applied. */
function pumpFinding(parts: Parts, meta: Partial<RuleMeta> = {}) {
  const { findings } = assess(onPump, parts, meta);
  if (findings.length !== 1)
    throw new Error(`expected one finding, got ${String(findings.length)}`);
  return findings[0]!;
}

const control = (id: string, fields: Partial<Control> = {}): Control => ({
  id,
  title: `Control ${id}`,
  category: 'authentication',
  status: 'implemented',
  strength: 'strong',
  mitigates: ['test-rule@pump'],
  ...fields,
});

describe('assessFindings', () => {
  describe('exploitability', () => {
    it('starts from the rule default, saying so', () => {
      const finding = pumpFinding(pumpParts());

      expect(finding.risk.exploitability).toEqual({
        initial: 'high',
        initialReason: 'default for test-rule',
        controls: [],
        residual: 'high',
      });
    });

    it('starts from the hit’s own level and reason when it gives one', () => {
      const { findings } = assess(
        {
          appliesTo: 'component',
          when: (c) => c.id === 'pump',
          evaluate: () => ({
            rationale: 'r',
            exploitability: { level: 'low', reason: 'needs surgery' },
          }),
        },
        pumpParts(),
      );

      expect(findings[0]?.risk.exploitability).toMatchObject({
        initial: 'low',
        initialReason: 'needs surgery',
        residual: 'low',
      });
    });

    it.each`
      status               | strength      | reduction | residual
      ${'implemented'}     | ${'strong'}   | ${3}      | ${'low'}
      ${'implemented'}     | ${'moderate'} | ${2}      | ${'moderate'}
      ${'implemented'}     | ${'weak'}     | ${1}      | ${'high'}
      ${'implemented'}     | ${undefined}  | ${1}      | ${'high'}
      ${'partial'}         | ${'strong'}   | ${2}      | ${'moderate'}
      ${'partial'}         | ${'moderate'} | ${1}      | ${'high'}
      ${'partial'}         | ${'weak'}     | ${0}      | ${'very-high'}
      ${'planned'}         | ${'strong'}   | ${0}      | ${'very-high'}
      ${'not-implemented'} | ${'strong'}   | ${0}      | ${'very-high'}
    `(
      'a $status $strength control takes $reduction off very-high → $residual',
      ({ status, strength, reduction, residual }) => {
        const ctl = control('ctl', { status, strength });
        if (strength === undefined) delete ctl.strength;

        const finding = pumpFinding(pumpParts('glucose-display', { controls: [ctl] }), {
          exploitability: 'very-high',
        });

        expect(finding.risk.exploitability.controls).toEqual([
          { id: 'ctl', title: 'Control ctl', status, reduction },
        ]);
        expect(finding.risk.exploitability.residual).toBe(residual);
      },
    );

    it('lets the strongest control decide; reductions do not add up', () => {
      const controls = [
        control('c-weak', { strength: 'weak' }),
        control('a-moderate', { strength: 'moderate' }),
        control('b-weak', { strength: 'weak' }),
      ];

      const finding = pumpFinding(pumpParts('glucose-display', { controls }), {
        exploitability: 'very-high',
      });

      expect(finding.risk.exploitability.controls.map((c) => [c.id, c.reduction])).toEqual([
        ['a-moderate', 2],
        ['b-weak', 1],
        ['c-weak', 1],
      ]);
      expect(finding.risk.exploitability.residual).toBe('moderate');
    });

    it('does not add up many weak controls either', () => {
      const controls = ['a', 'b', 'c', 'd'].map((id) => control(id, { strength: 'weak' }));

      const finding = pumpFinding(pumpParts('glucose-display', { controls }), {
        exploitability: 'very-high',
      });

      expect(finding.risk.exploitability.residual).toBe('high');
    });

    it('stops at very-low', () => {
      const finding = pumpFinding(pumpParts('glucose-display', { controls: [control('ctl')] }), {
        exploitability: 'low',
      });

      expect(finding.risk.exploitability.residual).toBe('very-low');
    });

    it.each`
      pattern               | applies
      ${'test-rule@pump'}   | ${true}
      ${'test-rule@*'}      | ${true}
      ${'*@pump'}           | ${true}
      ${'*'}                | ${true}
      ${'test-*@pump'}      | ${true}
      ${'test-rule@pum'}    | ${false}
      ${'test-rule@pump/*'} | ${false}
      ${'other-rule@pump'}  | ${false}
      ${'other-rule@*'}     | ${false}
      ${'*@gw'}             | ${false}
    `(
      'a control mitigating "$pattern" applies to test-rule@pump: $applies',
      ({ pattern, applies }) => {
        const controls = [control('ctl', { mitigates: [pattern] })];

        const finding = pumpFinding(pumpParts('glucose-display', { controls }));

        expect(finding.risk.exploitability.controls.map((c) => c.id)).toEqual(
          applies ? ['ctl'] : [],
        );
      },
    );

    it.each`
      pattern                 | applies
      ${'test-rule@pump/ble'} | ${true}
      ${'test-rule@pump/*'}   | ${true}
      ${'test-rule@*'}        | ${true}
      ${'test-rule@pump'}     | ${false}
      ${'*@pump'}             | ${false}
    `(
      'a control mitigating "$pattern" applies to test-rule@pump/ble: $applies',
      ({ pattern, applies }) => {
        const controls = [control('ctl', { mitigates: [pattern] })];

        const { findings } = assess(
          { appliesTo: 'interface', evaluate: () => ({ rationale: 'r' }) },
          pumpParts('glucose-display', { controls }),
        );

        expect(findings.map((f) => [f.id, f.risk.exploitability.controls.length])).toEqual([
          ['test-rule@pump/ble', applies ? 1 : 0],
        ]);
      },
    );

    it('lists a control matching through several patterns once', () => {
      const controls = [control('ctl', { mitigates: ['test-rule@pump', 'test-rule@*', '*@pump'] })];

      const finding = pumpFinding(pumpParts('glucose-display', { controls }));

      expect(finding.risk.exploitability.controls).toHaveLength(1);
    });

    it('applies a control named by the finding’s mitigate treatment, once even if it also matches', () => {
      const controls = [
        control('named', { mitigates: [] }),
        control('both', { strength: 'weak' }),
        control('unrelated', { mitigates: ['other-rule@*'] }),
      ];

      const finding = pumpFinding(
        pumpParts('glucose-display', {
          controls,
          treatments: { 'test-rule@pump': { strategy: 'mitigate', controls: ['named', 'both'] } },
        }),
      );

      expect(finding.risk.exploitability.controls.map((c) => c.id)).toEqual(['both', 'named']);
      expect(finding.risk.exploitability.residual).toBe('very-low');
    });

    it('applies only the named controls of the finding’s own treatment', () => {
      const controls = [control('named', { mitigates: [] })];

      const { findings } = assess(
        onComponents,
        pumpParts('glucose-display', {
          controls,
          treatments: { 'test-rule@gw': { strategy: 'mitigate', controls: ['named'] } },
        }),
      );

      expect(findings.map((f) => [f.id, f.risk.exploitability.controls.length])).toEqual([
        ['test-rule@gw', 1],
        ['test-rule@pump', 0],
      ]);
    });
  });

  describe('risk levels', () => {
    it.each`
      exploitability | serves                | initial       | acceptable
      ${'very-high'} | ${'insulin-delivery'} | ${'critical'} | ${false}
      ${'high'}      | ${'insulin-delivery'} | ${'critical'} | ${false}
      ${'high'}      | ${'dose-history'}     | ${'high'}     | ${false}
      ${'high'}      | ${'glucose-display'}  | ${'high'}     | ${false}
      ${'high'}      | ${'trend-log'}        | ${'medium'}   | ${true}
      ${'moderate'}  | ${'glucose-display'}  | ${'medium'}   | ${true}
      ${'low'}       | ${'dose-history'}     | ${'medium'}   | ${true}
      ${'very-low'}  | ${'device-label'}     | ${'low'}      | ${true}
    `(
      '$exploitability × $serves → $initial (acceptable: $acceptable)',
      ({ exploitability, serves, initial, acceptable }) => {
        const finding = pumpFinding(pumpParts(serves), { exploitability });

        expect(finding.risk).toMatchObject({
          initial,
          residual: initial,
          acceptable,
          controlled: acceptable,
        });
        expect(finding.level).toBe(initial);
      },
    );

    it('gives the initial risk before controls and the residual after', () => {
      const finding = pumpFinding(pumpParts('insulin-delivery', { controls: [control('ctl')] }));

      expect(finding.risk).toMatchObject({
        initial: 'critical',
        residual: 'medium',
        acceptable: true,
        controlled: true,
        controlledReason: 'residual risk medium is within the acceptable levels (low, medium)',
      });
      expect(finding.level).toBe('medium');
    });

    it('says why an unacceptable residual risk is uncontrolled', () => {
      const finding = pumpFinding(pumpParts('insulin-delivery'));

      expect(finding.risk).toMatchObject({
        residual: 'critical',
        acceptable: false,
        controlled: false,
        controlledReason: 'residual risk critical is above the acceptable levels (low, medium)',
      });
      expect(finding.status).toBe('open');
    });

    it('uses the model’s own matrix and acceptable levels', () => {
      const all = (level: 'low' | 'high') =>
        Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => level));
      const parts = pumpParts('trend-log', { risk: { matrix: all('high'), acceptable: ['low'] } });

      const finding = pumpFinding(parts);

      expect(finding.risk).toMatchObject({
        initial: 'high',
        residual: 'high',
        acceptable: false,
        controlledReason: 'residual risk high is above the acceptable levels (low)',
      });
    });

    it('rates a documentation gap info: acceptable, with no patient-harm dimension', () => {
      const finding = pumpFinding(pumpParts('insulin-delivery'), { harm: 'none' });

      expect(finding.risk).toMatchObject({
        initial: 'info',
        residual: 'info',
        acceptable: true,
        controlled: true,
        controlledReason: 'no patient-harm dimension',
      });
      expect(finding.risk.severity.level).toBeUndefined();
      expect(finding.level).toBe('info');
    });
  });

  describe('treatments', () => {
    const treated = (treatment: object, serves = 'insulin-delivery', extra: Parts = {}) =>
      pumpFinding(
        pumpParts(serves, {
          ...extra,
          treatments: { 'test-rule@pump': treatment as never },
        }),
      );

    it('leaves an untreated finding open, with no treatment', () => {
      const finding = pumpFinding(pumpParts());

      expect(finding.status).toBe('open');
      expect(finding).not.toHaveProperty('treatment');
    });

    it('keeps an accepted unacceptable risk uncontrolled, and says so', () => {
      const finding = treated({
        strategy: 'accept',
        rationale: 'benefit outweighs',
        approver: 'QA',
      });

      expect(finding.status).toBe('accepted');
      expect(finding.risk.controlled).toBe(false);
      expect(finding.risk.controlledReason).toBe(
        'residual risk critical is above the acceptable levels (low, medium); accepted, but the risk stays uncontrolled until controls bring it into an acceptable level',
      );
      expect(finding.treatment).toEqual({
        strategy: 'accept',
        rationale: 'benefit outweighs',
        approver: 'QA',
        communicatedVia: [],
        problems: [],
      });
    });

    it('keeps a transferred unacceptable risk uncontrolled, and says so', () => {
      const finding = treated({
        strategy: 'transfer',
        rationale: 'network is theirs',
        approver: 'QA',
        recipient: 'hospital',
        communicatedVia: ['mds2'],
      });

      expect(finding.status).toBe('transferred');
      expect(finding.risk.controlled).toBe(false);
      expect(finding.risk.controlledReason).toMatch(
        /; transferred, but the risk stays uncontrolled until controls bring it into an acceptable level$/,
      );
      expect(finding.treatment?.problems).toEqual([]);
    });

    it('accepts an acceptable risk without calling it uncontrolled', () => {
      const finding = treated({ strategy: 'accept', rationale: 'r', approver: 'QA' }, 'trend-log');

      expect(finding.status).toBe('accepted');
      expect(finding.risk.controlled).toBe(true);
      expect(finding.risk.controlledReason).toBe(
        'residual risk medium is within the acceptable levels (low, medium)',
      );
    });

    it('marks a finding mitigated when the named controls bring it to an acceptable level', () => {
      const finding = treated({ strategy: 'mitigate', controls: ['ctl'] }, 'insulin-delivery', {
        controls: [control('ctl', { mitigates: [] })],
      });

      expect(finding.status).toBe('mitigated');
      expect(finding.treatment?.problems).toEqual([]);
    });

    it.each`
      case                                     | treatment                    | controls                                  | status        | problems
      ${'a mitigation with no control at all'} | ${{ strategy: 'mitigate' }}  | ${[]}                                     | ${'open'}     | ${['no implemented control mitigates this finding (planned controls do not count yet)', 'mitigation leaves residual risk critical, which is not acceptable']}
      ${'a mitigation that is not enough'}     | ${{ strategy: 'mitigate' }}  | ${[control('ctl', { strength: 'weak' })]} | ${'open'}     | ${['mitigation leaves residual risk high, which is not acceptable']}
      ${'an elimination that did not happen'}  | ${{ strategy: 'eliminate' }} | ${[]}                                     | ${'open'}     | ${['marked eliminated, but the rule still fires: the design change is not in the model']}
      ${'an acceptance nobody signed'}         | ${{ strategy: 'accept' }}    | ${[]}                                     | ${'accepted'} | ${['no rationale', 'no approver']}
    `('lists the problems of $case', ({ treatment, controls, status, problems }) => {
      const finding = treated(treatment, 'insulin-delivery', { controls });

      expect(finding.status).toBe(status);
      expect(finding.treatment?.problems).toEqual(problems);
    });

    it('prefers a treatment keyed by the exact id over a pattern', () => {
      const { findings } = assess(
        onComponents,
        pumpParts('glucose-display', {
          treatments: {
            'test-rule@*': { strategy: 'accept', rationale: 'r', approver: 'QA' },
            'test-rule@pump': { strategy: 'eliminate' },
          },
        }),
      );

      expect(findings.map((f) => [f.id, f.treatment?.strategy])).toEqual([
        ['test-rule@gw', 'accept'],
        ['test-rule@pump', 'eliminate'],
      ]);
    });

    it('takes the first matching pattern in id order', () => {
      const finding = pumpFinding(
        pumpParts('glucose-display', {
          treatments: {
            'test-rule@*': { strategy: 'eliminate' },
            '*@pump': { strategy: 'accept' },
          },
        }),
      );

      expect(finding.treatment?.strategy).toBe('accept');
    });
  });

  describe('suppression', () => {
    it('moves a suppressed finding aside, whole, with the assumption, its rationale and owner', () => {
      const assumptions = [
        {
          id: 'sealed',
          text: 'The pump is sealed',
          rationale: 'potted enclosure',
          owner: 'qa',
          suppresses: ['test-rule@pump'],
        },
      ];

      const { findings, suppressed } = assess(
        onComponents,
        pumpParts('insulin-delivery', { assumptions }),
      );

      expect(findings.map((f) => f.id)).toEqual(['test-rule@gw']);
      expect(suppressed).toHaveLength(1);
      expect(suppressed[0]?.reason).toEqual({
        assumption: 'sealed',
        text: 'potted enclosure',
        owner: 'qa',
      });
      expect(suppressed[0]?.finding).toMatchObject({
        id: 'test-rule@pump',
        level: 'critical',
        risk: { severity: { level: 'catastrophic' } },
      });
    });

    it('falls back to the assumption text, and leaves out an absent owner', () => {
      const assumptions = [{ id: 'sealed', text: 'The pump is sealed', suppresses: ['*@pump'] }];

      const { suppressed } = assess(onPump, pumpParts('glucose-display', { assumptions }));

      expect(suppressed[0]?.reason).toEqual({ assumption: 'sealed', text: 'The pump is sealed' });
    });

    it('names the first matching assumption in id order', () => {
      const assumptions = [
        { id: 'z-assumption', text: 'z', suppresses: ['test-rule@pump'] },
        { id: 'a-assumption', text: 'a', suppresses: ['test-rule@*'] },
      ];

      const { suppressed } = assess(onPump, pumpParts('glucose-display', { assumptions }));

      expect(suppressed.map((s) => s.reason.assumption)).toEqual(['a-assumption']);
    });

    it('suppresses by pattern and reports no stale entry for what it used', () => {
      const assumptions = [{ id: 'lab', text: 'Lab only', suppresses: ['test-rule@*'] }];

      const { findings, suppressed, issues } = assess(
        onComponents,
        pumpParts('glucose-display', { assumptions }),
      );

      expect(findings).toEqual([]);
      expect(suppressed.map((s) => s.finding.id)).toEqual(['test-rule@gw', 'test-rule@pump']);
      expect(issues).toEqual([]);
    });
  });

  describe('multi-patient harm', () => {
    /** A shared cloud steering the per-patient pump and the shared EHR; the EHR sends telemetry only. */
    const fleet = (
      serves: string,
      fields: { fleetSize?: number; flow?: object; pump?: object } = {},
    ): Parts => ({
      clinicalFunctions: functions,
      ...(fields.fleetSize === undefined ? {} : { device: { fleetSize: fields.fleetSize } }),
      components: [
        aComponent('cloud', {
          kind: 'cloud-service',
          interfaces: [{ id: 'api', type: 'ethernet' }],
        }),
        aComponent('pump', { kind: 'medical-device', functions: [serves], ...fields.pump }),
        aComponent('ehr', { kind: 'ehr', functions: [serves] }),
        aComponent('monitor', { kind: 'home-monitor', functions: [serves] }),
      ],
      dataFlows: [
        aFlow('cloud-to-pump', 'cloud', 'pump', { data: ['configuration'], ...fields.flow }),
        aFlow('cloud-to-records', 'cloud', 'ehr', { carries: 'commands' }),
        aFlow('ehr-to-monitor', 'ehr', 'monitor', { data: ['telemetry'] }),
      ],
    });
    const on = (kind: 'component' | 'flow' | 'interface', id: string): RuleBehaviour => ({
      appliesTo: 'model',
      evaluate: () => ({ rationale: 'r', subject: { kind, id } }),
    });
    const one = (behaviour: RuleBehaviour, parts: Parts, meta: Partial<RuleMeta> = {}) =>
      assess(behaviour, parts, meta).findings[0]!;

    it.each`
      serves                | severity          | raised
      ${'glucose-display'}  | ${'serious'}      | ${'critical'}
      ${'dose-history'}     | ${'critical'}     | ${'catastrophic'}
      ${'insulin-delivery'} | ${'catastrophic'} | ${undefined}
      ${'trend-log'}        | ${'minor'}        | ${undefined}
      ${'device-label'}     | ${'negligible'}   | ${undefined}
    `(
      'raises $severity one level when a shared component steers per-patient ones: $raised',
      ({ serves, severity, raised }) => {
        const finding = one(on('component', 'cloud'), fleet(serves, { fleetSize: 5000 }));

        const base = `can affect clinical function ${String(serves)} (${String(severity)}) via cloud → cloud-to-pump → pump`;
        expect(finding.risk.severity.level).toBe(raised ?? severity);
        expect(finding.risk.severity.reason).toBe(
          raised === undefined
            ? base
            : `${base}; raised to ${String(raised)} because one compromise reaches every patient's pump (multi-patient harm)`,
        );
        expect(finding.risk.multiPatient).toEqual({ reaches: ['pump'], fleetSize: 5000 });
      },
    );

    it.each`
      case                                              | subject                         | raised
      ${'the shared component'}                         | ${on('component', 'cloud')}     | ${true}
      ${'an interface of it'}                           | ${on('interface', 'cloud/api')} | ${true}
      ${'a flow it sends'}                              | ${on('flow', 'cloud-to-pump')}  | ${true}
      ${'the per-patient component'}                    | ${on('component', 'pump')}      | ${false}
      ${'a shared component steering only shared ones'} | ${on('component', 'ehr')}       | ${false}
    `('raises for $case: $raised', ({ subject, raised }) => {
      const finding = one(subject, fleet('glucose-display'));

      expect(finding.risk.severity.level).toBe(raised ? 'critical' : 'serious');
      expect(finding.risk.multiPatient !== undefined).toBe(raised);
    });

    it('does not raise when the shared component only sends plain data to patients', () => {
      const finding = one(
        on('component', 'cloud'),
        fleet('glucose-display', { flow: { data: ['telemetry'] } }),
      );

      expect(finding.risk.severity.level).toBe('serious');
      expect(finding.risk).not.toHaveProperty('multiPatient');
    });

    it('leaves the fleet size out when the device does not give it', () => {
      const finding = one(on('component', 'cloud'), fleet('glucose-display'));

      expect(finding.risk.multiPatient).toEqual({ reaches: ['pump'] });
    });

    it('raises an outage of a shared service that every patient’s device depends on', () => {
      const finding = one(
        on('component', 'cloud'),
        fleet('glucose-display', { flow: { data: ['telemetry'] } }),
        {
          harm: 'availability',
        },
      );

      expect(finding.risk.severity).toMatchObject({
        level: 'critical',
        reason:
          "its loss stops clinical function glucose-display (serious) via cloud → cloud-to-pump → pump; raised to critical because one outage stops every patient's pump (multi-patient harm)",
      });
      expect(finding.risk.multiPatient).toEqual({ reaches: ['pump'] });
    });

    it('raises the loss of a flow from a shared service by what stops with it', () => {
      const finding = one(on('flow', 'cloud-to-pump'), fleet('dose-history'), {
        harm: 'availability',
      });

      expect(finding.risk.severity.level).toBe('catastrophic');
      expect(finding.risk.multiPatient).toEqual({ reaches: ['pump'] });
    });

    it('does not raise an outage when the patients’ devices work without the service', () => {
      const finding = one(
        on('component', 'cloud'),
        fleet('glucose-display', { pump: { resilience: { offlineMode: true } } }),
        { harm: 'availability' },
      );

      expect(finding.risk.severity).toMatchObject({
        level: 'serious',
        reason:
          'its loss stops clinical function glucose-display (serious) via cloud → cloud-to-records → ehr',
      });
      expect(finding.risk).not.toHaveProperty('multiPatient');
    });

    it('raises the severity a hit gives too', () => {
      const finding = one(
        {
          appliesTo: 'model',
          evaluate: () => ({
            rationale: 'r',
            subject: { kind: 'component', id: 'cloud' },
            severity: { level: 'serious', reason: 'given' },
          }),
        },
        fleet('trend-log'),
      );

      expect(finding.risk.severity.level).toBe('critical');
      expect(finding.risk.severity.reason).toMatch(/^given; raised to critical because/);
    });
  });

  describe('the finding', () => {
    it('carries the rule’s metadata and the hit’s facts', () => {
      const { findings } = assess(
        {
          appliesTo: 'component',
          when: (c) => c.id === 'pump',
          evaluate: () => ({
            rationale: 'pump is open',
            title: 'A specific title',
            qualifier: 'q',
            stride: ['spoofing'],
            evidence: [{ path: 'components.pump', text: 'open' }],
          }),
        },
        pumpParts(),
        {
          version: 3,
          category: 'cryptography',
          stride: ['tampering', 'spoofing'],
          references: { cwe: [306] },
        },
      );

      expect(findings[0]).toMatchObject({
        id: 'test-rule@pump/q',
        source: 'threat',
        ruleId: 'test-rule',
        ruleVersion: 3,
        title: 'A specific title',
        category: 'cryptography',
        stride: ['spoofing'],
        fdaCategory: 'code-data-execution-integrity',
        subject: { kind: 'component', id: 'pump', name: 'pump' },
        rationale: 'pump is open',
        evidence: [{ path: 'components.pump', text: 'open' }],
        mitigation: 'Fix the test subject.',
        references: [
          { type: 'cwe', id: 'CWE-306', url: 'https://cwe.mitre.org/data/definitions/306.html' },
        ],
      });
    });

    it('falls back to the rule title, the rule STRIDE and no evidence', () => {
      const finding = pumpFinding(pumpParts());

      expect(finding).toMatchObject({ title: 'Test rule', stride: ['tampering'], evidence: [] });
    });
  });

  it('reports controls, suppressions and treatments that match no finding', () => {
    const parts = pumpParts('glucose-display', {
      controls: [control('ctl', { mitigates: ['test-rule@pump', 'test-rule@pmup'] })],
      assumptions: [{ id: 'a', text: 't', suppresses: ['gone@*'] }],
      treatments: { 'test-rule@gateway': { strategy: 'accept' } },
    });

    const { issues } = assess(onPump, parts);

    expect(issues.map((i) => i.message)).toEqual([
      'control "ctl" mitigates "test-rule@pmup", which matches no finding',
      'assumption "a" suppresses "gone@*", which matches no finding',
      'treatment for "test-rule@gateway" matches no finding',
    ]);
  });
});

describe('assessFindings: STRIDE categories declared not applicable', () => {
  const parts = (stride: ('repudiation' | 'tampering')[]): Parts => ({
    stakeholders: [{ id: 'ops', role: 'manufacturer' }],
    components: [aComponent('pump', { kind: 'medical-device' })],
    assumptions: [
      {
        id: 'A-na',
        text: 'Every command is signed and logged by the sender',
        owner: 'ops',
        notApplicable: [{ subject: 'pump', stride }],
      },
    ],
  });

  it('suppresses a finding whose every category the assumption declares not applicable, keeping the reason', () => {
    const result = assess(onPump, parts(['repudiation']), { stride: ['repudiation'] });

    expect(result.findings).toEqual([]);
    expect(result.suppressed.map((s) => [s.finding.id, s.reason])).toEqual([
      [
        'test-rule@pump',
        {
          assumption: 'A-na',
          text: 'Every command is signed and logged by the sender',
          owner: 'ops',
        },
      ],
    ]);
  });

  it('keeps a finding active when only some of its categories are declared not applicable', () => {
    const result = assess(onPump, parts(['repudiation']), { stride: ['repudiation', 'tampering'] });

    expect(result.findings.map((f) => f.id)).toEqual(['test-rule@pump']);
  });

  it('accepts data flows as subjects of not-applicable cells', () => {
    expect(() =>
      aModel({
        ...parts(['tampering']),
        components: [aComponent('pump'), aComponent('app')],
        dataFlows: [aFlow('cmd', 'app', 'pump')],
        assumptions: [
          { id: 'A', text: 't', notApplicable: [{ subject: 'cmd', stride: ['tampering'] }] },
        ],
      }),
    ).not.toThrow();
  });
});
