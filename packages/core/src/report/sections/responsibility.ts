import type { ResponsibilityMatrix } from '../../analyses/responsibility/matrix.js';
import type { MatrixRow } from '../../analyses/responsibility/types.js';
import { raciCell } from '../raci/cells.js';
import type { Block, ReportSection, SectionBuilder } from './types.js';

/** The shared-responsibility matrix, its problems, the defaults applied and the clause checklist. */
export const responsibilitySection: SectionBuilder = (doc) => {
  const view = doc.analysis.views.responsibility;
  return view === undefined ? undefined : responsibilityReportSection(view);
};

/** The section for a matrix; `medrisk raci --format markdown` prints it on its own. */
export function responsibilityReportSection(view: ResponsibilityMatrix): ReportSection {
  const blocks: Block[] = [
    { kind: 'paragraph', text: summary(view) },
    {
      kind: 'table',
      caption:
        'Responsibility matrix (R responsible, A accountable, C consulted, I informed; * a default medrisk derived)',
      header: ['Kind', 'Item', ...view.stakeholders.map((s) => s.id), 'Skill', 'Told via'],
      rows: view.rows.map((row) => [
        row.kind,
        `${row.id}: ${row.title}`,
        ...view.stakeholders.map((s) => raciCell(row, s.id) || '—'),
        row.skill ?? '—',
        row.communicatedVia.join(', ') || '—',
      ]),
    },
  ];
  const derived = view.rows.flatMap((row) => defaultsOf(row));
  if (derived.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Defaults applied (declare the letter to replace one)',
      header: ['Item', 'Letters', 'Why'],
      rows: derived,
    });
  if (view.problems.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Problems (each is also a finding, under the rule named)',
      header: ['Item', 'Problem', 'Detail', 'Finding rule'],
      rows: view.problems.map((p) => [
        `${p.item.kind} ${p.item.id}`,
        p.kind,
        p.message,
        p.coveredBy ?? `responsibility-${p.kind}`,
      ]),
    });
  const lay = view.stakeholders.filter(
    (s) =>
      (s.role === 'patient' || s.role === 'caregiver') &&
      view.rows.some((r) => r.assignments.some((a) => a.stakeholder === s.id)),
  );
  if (lay.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: `${lay.map((s) => s.id).join(', ')} sign no contract: their tasks must be in the labeling in words they can follow, and transferred ones in human-factors testing (FDA premarket VI.A).`,
    });
  blocks.push(...checklistBlocks(view));
  return { id: 'responsibility', title: 'Shared responsibility', blocks };
}

/** One line per stakeholder and reason: "R/A: calder, owner of control x". */
function defaultsOf(row: MatrixRow): string[][] {
  const groups = new Map<string, { letters: string[]; stakeholder: string; reason: string }>();
  for (const a of row.assignments.filter((x) => x.origin === 'derived')) {
    const key = `${a.stakeholder}\u0000${a.reason ?? ''}`;
    const group = groups.get(key) ?? {
      letters: [],
      stakeholder: a.stakeholder,
      reason: a.reason ?? '',
    };
    group.letters.push(a.letter);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => [
    `${row.kind} ${row.id}`,
    `${g.letters.join('/')}: ${g.stakeholder}`,
    g.reason,
  ]);
}

function summary(view: ResponsibilityMatrix): string {
  const n = view.summary.rows;
  const reported = view.problems.filter((p) => p.coveredBy === undefined).length;
  return `${plural(n.control, 'control')}, ${plural(n.mitigation, 'mitigation')}, ${plural(n.transfer, 'transferred risk')} and ${plural(n.duty, 'declared duty', 'declared duties')} across ${plural(view.stakeholders.length, 'stakeholder')}; ${plural(view.summary.derivedAssignments, 'letter')} filled with defaults medrisk derived. ${plural(view.problems.length, 'problem')} (${String(reported)} reported by the responsibility rules, ${String(view.problems.length - reported)} by the ownership and treatment rules named below).`;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${String(n)} ${n === 1 ? word : many}`;
}

function checklistBlocks(view: ResponsibilityMatrix): Block[] {
  if (view.checklist.length === 0) return [];
  const blocks: Block[] = [
    {
      kind: 'heading',
      text: 'Contract and SLA clauses to demand from each third party',
    },
    {
      kind: 'paragraph',
      text: 'Chosen from what the model gives each party (components it runs or supplies, tasks it does or answers for); "why" lists those facts. The clause wording is medrisk’s; numbers (days, hours, months) are for the parties to agree. Sources are marked primary (read in full), secondary (summaries only) or unverified.',
    },
  ];
  for (const party of view.checklist)
    blocks.push({
      kind: 'table',
      caption: `${party.stakeholder} (${party.role})${party.name === undefined ? '' : `: ${party.name}`}`,
      header: ['Clause', 'Demand', 'Why', 'Sources'],
      rows: party.clauses.map((c) => [
        c.title,
        c.demand,
        c.why.join('; '),
        c.sources
          .map((s) => `${s.short}${s.section === undefined ? '' : ` ${s.section}`} [${s.basis}]`)
          .join('; '),
      ]),
    });
  const sources = new Map(
    view.checklist
      .flatMap((p) => p.clauses.flatMap((c) => c.sources))
      .map((s) => [s.id, s] as const),
  );
  blocks.push({
    kind: 'list',
    items: [...sources.values()]
      .sort((a, b) => (a.short < b.short ? -1 : a.short > b.short ? 1 : 0))
      .map(
        (s) => `${s.short}: ${s.title} [${s.basis}${s.note === undefined ? '' : `; ${s.note}`}]`,
      ),
  });
  return blocks;
}
