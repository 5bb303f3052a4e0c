import type { AgilityScore } from '../../analyses/pqc/agility.js';
import { parameterSet } from '../../analyses/pqc/data/sizes.js';
import type { OptionFeasibility } from '../../analyses/pqc/feasibility.js';
import type { PqcUse, PqcView } from '../../analyses/pqc/view.js';
import { chartedUses, timelineBlock } from './pqc-timeline.js';
import type { Block, ReportSection, SectionBuilder } from './types.js';

const STATUS: Readonly<Record<OptionFeasibility['status'], string>> = {
  ok: 'fits',
  tight: 'tight',
  exceeds: 'EXCEEDS',
  'not-assessable': 'not assessable',
};

function classification(use: PqcUse): string {
  const i = use.info;
  const strength =
    i.securityBits !== undefined
      ? ` (${String(i.securityBits)}-bit)`
      : i.nistCategory !== undefined
        ? ` (NIST category ${String(i.nistCategory)})`
        : '';
  const quantum = i.quantum === 'vulnerable' ? 'quantum-vulnerable' : i.quantum;
  return `${quantum}${strength}${i.deprecated === undefined ? '' : `; DEPRECATED: ${i.deprecated}`}`;
}

function found(use: PqcUse): string {
  return use.inferred ? 'inferred (not declared)' : use.origin;
}

function updatable(use: PqcUse): string {
  const u = use.fieldUpdatable;
  if (u === undefined) return 'not declared';
  return `${u.value}${u.declared ? '' : ' (derived)'}`;
}

function moscaCell(use: PqcUse): string {
  const m = use.mosca;
  switch (m.result) {
    case 'not-applicable':
      return 'n/a';
    case 'undetermined':
      return `undetermined: ${m.reason}`;
    default:
      return `${m.result === 'at-risk' ? 'AT RISK' : 'not at risk'}: relied on until ${String(m.until?.year ?? '?')}${m.until?.assumed === true ? ' (assumed)' : ''} + X ${String(m.x?.years ?? 0)} = ${String(m.mustHoldUntil ?? '?')}`;
  }
}

function optionLabel(id: string): string {
  return parameterSet(id).label;
}

function replacementCell(use: PqcUse): string {
  const p = use.plan;
  if (p.recommended === undefined) return p.options.length === 0 ? '—' : 'none fits';
  const option = p.options.find((o) => o.option === p.recommended);
  return `${optionLabel(p.recommended)} (${option === undefined ? '?' : STATUS[option.status]})`;
}

function inventoryRow(use: PqcUse): string[] {
  return [
    use.id,
    `${use.element.kind} ${use.element.id}`,
    use.purpose,
    `${use.algorithm}${use.parameters === undefined ? '' : ` ${use.parameters}`}${use.library === undefined ? '' : ` — ${use.library.name}${use.library.version === undefined ? '' : ` ${use.library.version}`}`}`,
    classification(use),
    found(use),
    updatable(use),
    use.deadline?.year === undefined ? '—' : String(use.deadline.year),
    moscaCell(use),
    use.plan.strategy,
    use.plan.targetYear === undefined ? '—' : String(use.plan.targetYear),
    replacementCell(use),
  ];
}

function planRow(use: PqcUse): string[] {
  const declared = use.plan.declared;
  return [
    use.id,
    use.plan.strategy,
    use.plan.targetYear === undefined
      ? '—'
      : `${String(use.plan.targetYear)} — ${use.plan.targetBasis ?? ''}`,
    use.plan.options.map((o) => `${o.label}: ${STATUS[o.status]}`).join('; ') || '—',
    [
      ...use.plan.steps,
      ...(declared === undefined
        ? []
        : [
            `Declared plan: ${[declared.strategy, declared.to, declared.targetYear].filter((x) => x !== undefined).join(', ')}${declared.description === undefined ? '' : ` — ${declared.description}`}`,
          ]),
    ].join(' '),
  ];
}

const FACTORS: readonly AgilityScore['factors'][number]['id'][] = [
  'field-updatable-crypto',
  'negotiation',
  'signed-updates',
  'pqc-capable-hardware',
  'rollback-protection',
  'resource-reserve',
];

function agilityRow(score: AgilityScore): string[] {
  return [
    score.component,
    `${String(score.score)}/100`,
    ...FACTORS.map((id) => score.factors.find((f) => f.id === id)?.state ?? '—'),
  ];
}

const SCOPE: Readonly<Record<string, string>> = {
  all: 'all systems (NIST)',
  'national-security-systems': 'US National Security Systems (a reference for devices)',
  eu: 'EU member states',
};

/** The scenario, the dates with their sources, and what could not be used or must be verified. */
function scenarioBlocks(view: PqcView): Block[] {
  const s = view.scenario;
  const toVerify = [...new Set(s.milestones.flatMap((m) => m.unverified ?? []))];
  return [
    ...s.notes.map((text): Block => ({ kind: 'paragraph', tone: 'warning', text })),
    {
      kind: 'list',
      items: [
        `CRQC estimate (Mosca's Z): ${String(s.crqc.year)} (${s.crqc.basis}) — ${s.crqc.source.replace(/\.$/, '')}. Override it with risk.quantum.crqcYear in the model or --years-to-crqc (medrisk pqc).`,
        `Counted from: ${s.asOf === undefined ? 'no date (declare device.marketDate or pass --as-of)' : `${s.asOf.date} (${s.asOf.basis === 'given' ? 'the analysis date' : 'the market date'})`}.`,
        `End of service: ${s.serviceEnd.date ?? 'unknown'} — ${s.serviceEnd.basis}.`,
        'Sizes: FIPS 203/204/205, RFC 8554 and RFC 8391 (SP 800-208); FN-DSA from the Falcon specification (FIPS 206 is a draft). Feasibility compares them with the declared RAM, flash, MTU and bandwidth; costs are qualitative, not benchmarks.',
      ],
    },
    {
      kind: 'table',
      caption:
        'Milestones (deadlines are taken from NIST IR 8547 only; the others are shown for reference)',
      header: ['Year', 'Milestone', 'Applies to', 'Status', 'Source'],
      rows: s.milestones.map((m) => [
        String(m.year),
        m.label,
        SCOPE[m.scope] ?? m.scope,
        `${m.status}${m.unverified === undefined ? '' : ', to verify'}`,
        m.source,
      ]),
    },
    ...(toVerify.length === 0
      ? []
      : [
          { kind: 'paragraph', text: 'To verify before relying on these dates:' } as const,
          { kind: 'list', items: toVerify } as const,
        ]),
  ];
}

/** The post-quantum analysis as a section: timeline, inventory, plan, agility, sources. */
export function pqcReportSection(view: PqcView): ReportSection {
  const s = view.summary;
  const charted = chartedUses(view);
  const notes = view.uses.flatMap((u) => (u.notes ?? []).map((n) => `${u.id}: ${n}`));
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `${String(s.uses)} crypto use(s): ${String(s.vulnerable)} quantum-vulnerable, ${String(s.hybrid)} hybrid, ${String(s.postQuantum)} post-quantum, ${String(s.deprecated)} deprecated. Mosca (X + Y > Z): ${String(s.atRisk)} at risk, ${String(s.undetermined)} undetermined. ${String(s.fixed)} quantum-vulnerable use(s) cannot be replaced in the field; for ${String(s.infeasible)} no standard replacement fits the declared constraints.`,
    },
    ...(charted.length === 0 ? [] : [timelineBlock(view)]),
    {
      kind: 'table',
      caption:
        'Crypto inventory: every use, its classification, deadline, Mosca verdict and plan (inferred uses are not declared in the model: declare them to confirm)',
      header: [
        'Use',
        'Element',
        'Purpose',
        'Algorithm',
        'Classification',
        'Found',
        'Field-updatable',
        'Deadline',
        'Mosca',
        'Strategy',
        'Target',
        'Replacement',
      ],
      rows: view.uses.map(inventoryRow),
    },
  ];
  if (charted.length > 0)
    blocks.push({
      kind: 'table',
      caption:
        'Migration plan for each use that must change (options in order of preference, with feasibility on the declared constraints)',
      header: ['Use', 'Strategy', 'Target', 'Options', 'Steps'],
      rows: charted.map(planRow),
    });
  if (view.components.length > 0)
    blocks.push({
      kind: 'table',
      caption:
        'Crypto agility per component (0–100; weights 3 updatable, 2 negotiation, 2 signed updates, 1 each hardware, rollback, reserve; unknown counts 0)',
      header: [
        'Component',
        'Score',
        'Updatable',
        'Negotiation',
        'Signed updates',
        'PQC hardware',
        'Rollback protection',
        'Resource reserve',
      ],
      rows: view.components.map(agilityRow),
    });
  if (notes.length > 0)
    blocks.push(
      { kind: 'heading', text: 'Disagreements between sources' },
      { kind: 'list', items: notes },
    );
  blocks.push({ kind: 'heading', text: 'Scenario and sources' }, ...scenarioBlocks(view));
  return { id: 'pqc', title: 'Post-quantum readiness and crypto-agility', blocks };
}

/** The section in the analysis report; absent when the model uses no cryptography. */
export const pqcSection: SectionBuilder = (doc) => {
  const view = doc.analysis.views.pqc;
  return view === undefined ? undefined : pqcReportSection(view);
};
