import { buildRuleContext } from '../analyses/threats/context.js';
import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../test/builders.js';
import { aRule, type RuleBehaviour } from '../../test/rules.js';
import { runRules } from '../analyses/threats/engine.js';
import type { HarmBasis, RuleHit } from '../analyses/threats/types.js';
import type { DeviceModel } from '../model/types.js';
import { assessSeverity, escalate } from './severity.js';

/**
 * app →(commands) pump ⊃ firmware; pump →(telemetry) display; pump →(firmware) nothing;
 * boundaries: body ∋ pump, phone ∋ app. Deployments: body (pump), phone (app).
 */
const model = () =>
  aModel({
    clinicalFunctions: [
      { id: 'insulin-delivery', description: 'd', severity: 'catastrophic' },
      { id: 'glucose-display', description: 'd', severity: 'serious' },
      { id: 'app-history', description: 'd', severity: 'minor', multiPatient: true },
    ],
    deployments: [
      { id: 'body', type: 'on-body' },
      { id: 'phone', type: 'patient-mobile-device' },
      { id: 'empty', type: 'clinic' },
    ],
    components: [
      aComponent('app', { kind: 'mobile-app', deployment: 'phone', functions: ['app-history'] }),
      aComponent('pump', {
        kind: 'medical-device',
        deployment: 'body',
        functions: ['insulin-delivery'],
        interfaces: [{ id: 'ble', type: 'ble' }],
      }),
      aComponent('firmware', { parent: 'pump' }),
      aComponent('display', { kind: 'home-monitor', functions: ['glucose-display'] }),
      aComponent('orphan'),
    ],
    dataFlows: [
      aFlow('app-to-pump', 'app', 'pump', { data: ['therapy-command'] }),
      aFlow('pump-to-display', 'pump', 'display', { data: ['telemetry'] }),
    ],
    trustBoundaries: [
      { id: 'body-area', members: ['pump'] },
      { id: 'phone-area', members: ['app'] },
      { id: 'empty-area', members: ['orphan'] },
    ],
    controls: [
      {
        id: 'ctl',
        title: 'Control',
        category: 'cryptography',
        status: 'implemented',
        mitigates: [],
      },
    ],
  });

/** The severity of the one finding a rule raises on the subject it is pointed at. */
function severityOf(
  behaviour: RuleBehaviour,
  harm: HarmBasis = 'patient',
  m: DeviceModel = model(),
) {
  const query = buildRuleContext(m);
  const run = runRules([aRule(behaviour, { harm })], query);
  const [raw] = run.findings;
  if (raw === undefined || run.findings.length !== 1) throw new Error('expected one finding');
  return assessSeverity(raw, query);
}

const on = (
  kind: 'component' | 'flow' | 'boundary' | 'deployment' | 'function',
  id: string,
): RuleBehaviour => ({
  appliesTo: 'model',
  evaluate: () => ({ rationale: 'r', subject: { kind, id } }),
});

describe('assessSeverity', () => {
  it('takes the severity a hit gives, with its reason', () => {
    const hit: RuleHit = { rationale: 'r', severity: { level: 'critical', reason: 'an implant' } };

    const severity = severityOf({ appliesTo: 'model', evaluate: () => hit }, 'none');

    expect(severity).toEqual({
      level: 'critical',
      assumed: false,
      reason: 'an implant',
      impacts: [],
    });
  });

  it('has no level for a documentation gap', () => {
    const severity = severityOf(on('component', 'pump'), 'none');

    expect(severity).toEqual({
      assumed: false,
      reason: 'documentation or process gap; no patient harm of its own',
      impacts: [],
    });
  });

  it('rates a privacy breach minor, whatever the subject serves', () => {
    const severity = severityOf(on('component', 'pump'), 'privacy');

    expect(severity).toEqual({
      level: 'minor',
      assumed: false,
      reason:
        'confidentiality breach (privacy); ISO 14971 severity minor, as no physical harm follows directly',
      impacts: [],
    });
  });

  it.each`
    harm              | kind            | id                   | level             | reason
    ${'patient'}      | ${'component'}  | ${'pump'}            | ${'catastrophic'} | ${'can affect clinical function insulin-delivery (catastrophic)'}
    ${'patient'}      | ${'component'}  | ${'app'}             | ${'catastrophic'} | ${'can affect clinical function insulin-delivery (catastrophic) via app → app-to-pump → pump'}
    ${'patient'}      | ${'component'}  | ${'firmware'}        | ${'catastrophic'} | ${'can affect clinical function insulin-delivery (catastrophic) via firmware → pump'}
    ${'patient'}      | ${'flow'}       | ${'pump-to-display'} | ${'serious'}      | ${'can affect clinical function glucose-display (serious) via pump-to-display → display'}
    ${'patient'}      | ${'boundary'}   | ${'phone-area'}      | ${'catastrophic'} | ${'can affect clinical function insulin-delivery (catastrophic) via app → app-to-pump → pump'}
    ${'patient'}      | ${'deployment'} | ${'phone'}           | ${'catastrophic'} | ${'can affect clinical function insulin-delivery (catastrophic) via app → app-to-pump → pump'}
    ${'patient'}      | ${'function'}   | ${'glucose-display'} | ${'serious'}      | ${'can affect clinical function glucose-display (serious)'}
    ${'availability'} | ${'component'}  | ${'pump'}            | ${'catastrophic'} | ${'its loss stops clinical function insulin-delivery (catastrophic)'}
    ${'availability'} | ${'component'}  | ${'app'}             | ${'catastrophic'} | ${'its loss stops clinical function insulin-delivery (catastrophic) via app → app-to-pump → pump'}
    ${'availability'} | ${'flow'}       | ${'app-to-pump'}     | ${'catastrophic'} | ${'its loss stops clinical function insulin-delivery (catastrophic) via app-to-pump → pump'}
    ${'availability'} | ${'boundary'}   | ${'body-area'}       | ${'catastrophic'} | ${'its loss stops clinical function insulin-delivery (catastrophic)'}
    ${'availability'} | ${'function'}   | ${'glucose-display'} | ${'serious'}      | ${'its loss stops clinical function glucose-display (serious)'}
  `('$harm harm of $kind $id: $level', ({ harm, kind, id, level, reason }) => {
    const severity = severityOf(on(kind, id), harm);

    expect(severity).toMatchObject({ level, assumed: false, reason });
  });

  it('follows telemetry one hop for compromise, and stops its consumer for loss', () => {
    const compromise = severityOf(on('component', 'pump'), 'patient');
    const loss = severityOf(on('component', 'pump'), 'availability');

    expect(compromise.impacts.map((i) => i.functionId)).toEqual([
      'insulin-delivery',
      'glucose-display',
    ]);
    expect(loss.impacts.map((i) => i.functionId)).toEqual(['insulin-delivery', 'glucose-display']);
    expect(severityOf(on('flow', 'pump-to-display'), 'availability').reason).toBe(
      'its loss stops clinical function glucose-display (serious) via pump-to-display → display',
    );
  });

  it.each`
    harm              | reason
    ${'patient'}      | ${'orphan reaches no clinical function in the model; severity assumed minor — list the functions it serves to assess patient harm'}
    ${'availability'} | ${'losing orphan stops no clinical function in the model; severity assumed minor — list the functions it serves to assess patient harm'}
  `('assumes minor, visibly, when $harm harm reaches no function', ({ harm, reason }) => {
    const severity = severityOf(on('component', 'orphan'), harm);

    expect(severity).toEqual({ level: 'minor', assumed: true, reason, impacts: [] });
  });

  it.each`
    kind            | id
    ${'boundary'}   | ${'empty-area'}
    ${'deployment'} | ${'empty'}
  `('assumes minor for a $kind with nothing that serves a function', ({ kind, id }) => {
    const severity = severityOf(on(kind, id), 'patient');

    expect(severity).toMatchObject({ level: 'minor', assumed: true });
  });

  it('rates an interface by the component it belongs to', () => {
    const viaInterface = severityOf({
      appliesTo: 'interface',
      evaluate: () => ({ rationale: 'r' }),
    });
    const viaComponent = severityOf(on('component', 'pump'));

    expect(viaInterface).toEqual(viaComponent);
  });

  it('rates an interface by its component for loss too', () => {
    const severity = severityOf(
      { appliesTo: 'interface', evaluate: () => ({ rationale: 'r' }) },
      'availability',
    );

    expect(severity.reason).toBe(
      'its loss stops clinical function insulin-delivery (catastrophic)',
    );
  });

  it('rates the model, a control or an assumption by every function in the model, worst first', () => {
    const ofModel = severityOf({ appliesTo: 'model', evaluate: () => ({ rationale: 'r' }) });
    const ofControl = severityOf({ appliesTo: 'control', evaluate: () => ({ rationale: 'r' }) });

    expect(ofModel.level).toBe('catastrophic');
    expect(ofModel.impacts.map((i) => [i.functionId, i.path, i.multiPatient])).toEqual([
      ['insulin-delivery', [], false],
      ['glucose-display', [], false],
      ['app-history', [], true],
    ]);
    expect(ofControl).toEqual(ofModel);
  });

  it('keeps the shortest path to each function when several members reach it', () => {
    const severity = severityOf(
      on('deployment', 'phone'),
      'patient',
      aModel({
        clinicalFunctions: [{ id: 'f', description: 'd', severity: 'serious' }],
        deployments: [{ id: 'phone', type: 'patient-mobile-device' }],
        components: [
          aComponent('a-far', { deployment: 'phone' }),
          aComponent('b-near', { deployment: 'phone' }),
          aComponent('c-middle'),
          aComponent('target', { functions: ['f'] }),
        ],
        dataFlows: [
          aFlow('far-to-middle', 'a-far', 'c-middle', { carries: 'commands' }),
          aFlow('middle-to-target', 'c-middle', 'target', { carries: 'commands' }),
          aFlow('near-to-target', 'b-near', 'target', { carries: 'commands' }),
        ],
      }),
    );

    expect(severity.impacts.map((i) => i.path)).toEqual([['b-near', 'near-to-target', 'target']]);
  });
});

describe('escalate', () => {
  it.each`
    level             | raised
    ${'negligible'}   | ${'minor'}
    ${'minor'}        | ${'serious'}
    ${'serious'}      | ${'critical'}
    ${'critical'}     | ${'catastrophic'}
    ${'catastrophic'} | ${'catastrophic'}
  `('$level → $raised', ({ level, raised }) => {
    expect(escalate(level)).toBe(raised);
  });
});
