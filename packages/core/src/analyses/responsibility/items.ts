import { compareStrings } from '../../common/order.js';
import { isPattern, matchesFindingPattern } from '../../findings/patterns.js';
import type { ModelQuery } from '../../model/query/index.js';
import type { Control, Duty, Treatment } from '../../model/types.js';
import type { CommunicationChannel, SkillLevel } from '../../model/vocabulary.js';
import {
  RACI_LETTERS,
  type Assignment,
  type ItemKind,
  type MatrixRow,
  type RaciLetter,
} from './types.js';

/** The RACI fields shared by controls, treatments and duties, as authored. */
interface AuthoredRaci {
  readonly responsible?: readonly string[] | undefined;
  readonly accountable?: string | readonly string[] | undefined;
  readonly consulted?: readonly string[] | undefined;
  readonly informed?: readonly string[] | undefined;
  readonly skill?: SkillLevel | undefined;
}

/** A default for one letter: who, and why medrisk assumed it (printed next to the cell). */
interface Fallback {
  readonly stakeholder: string;
  readonly reason: string;
}

/**
 * ISO 14971:2019 §7.1 lists "information for safety" as a risk control option, so handing a risk to
 * a user through labeling or a contract is a control the manufacturer chose and answers for (the
 * clause is cited from the standard's outline; not verified against its text here).
 */
const TRANSFER_ACCOUNTABLE_REASON =
  'the manufacturer stays accountable for a risk it transfers (a transfer is information for safety, a risk control it chose: ISO 14971:2019 §7.1)';

/** Every control, mitigation, transferred risk and declared duty, with its RACI (declared or derived). */
export function buildRows(query: ModelQuery): MatrixRow[] {
  const { model } = query;
  const controls = new Map(model.controls.map((c) => [c.id, controlRow(c, query)] as const));
  const rows: MatrixRow[] = [...controls.values()];
  for (const treatment of model.treatments) {
    if (treatment.strategy === 'transfer') rows.push(transferRow(treatment, query));
    else if (treatment.strategy === 'mitigate') {
      const used = mitigatingControls(treatment, model.controls);
      // A mitigation with no control to take letters from still counts when it declares its own.
      if (used.ids.length > 0 || treatment.responsibility !== undefined)
        rows.push(mitigationRow(treatment, used, controls, query));
    }
  }
  for (const duty of model.responsibilities) rows.push(dutyRow(duty, query));
  const order = (kind: ItemKind) => ['control', 'mitigation', 'transfer', 'duty'].indexOf(kind);
  return rows.sort((a, b) => order(a.kind) - order(b.kind) || compareStrings(a.id, b.id));
}

function controlRow(control: Control, query: ModelQuery): MatrixRow {
  const raci = control.responsibility;
  const owner =
    control.owner === undefined
      ? []
      : [{ stakeholder: control.owner, reason: `owner of control ${control.id}` }];
  // Transfers that rely on this control tell its operator through their own channels.
  const viaTransfers = query.model.treatments
    .filter((t) => t.strategy === 'transfer' && t.controls.includes(control.id))
    .flatMap((t) => t.communicatedVia);
  return row({
    kind: 'control',
    id: control.id,
    title: control.title,
    path: `controls.${control.id}`,
    elements: elementsOf(control.mitigates, query),
    raci,
    fallback: { R: owner, A: owner },
    channels: [...(raci?.communicatedVia ?? []), ...viaTransfers],
    checked: control.status !== 'not-implemented',
  });
}

/**
 * The controls a mitigation relies on: those it names, or else the controls whose `mitigates`
 * patterns match its finding id (as the risk step credits them; not-implemented ones owe nothing). A treatment keyed by a pattern
 * matches no control's pattern reliably, so it relies only on the controls it names.
 */
function mitigatingControls(
  treatment: Treatment,
  all: readonly Control[],
): { readonly ids: readonly string[]; readonly matched: boolean } {
  if (treatment.controls.length > 0) return { ids: treatment.controls, matched: false };
  if (isPattern(treatment.findingId)) return { ids: [], matched: false };
  const ids = all
    .filter((c) => c.status !== 'not-implemented')
    .filter((c) => c.mitigates.some((p) => matchesFindingPattern(p, treatment.findingId)))
    .map((c) => c.id);
  return { ids, matched: true };
}

function mitigationRow(
  treatment: Treatment,
  used: { readonly ids: readonly string[]; readonly matched: boolean },
  controls: ReadonlyMap<string, MatrixRow>,
  query: ModelQuery,
): MatrixRow {
  const named = used.ids.flatMap((id) => controls.get(id) ?? []);
  const from = (letter: RaciLetter): Fallback[] =>
    named.flatMap((c) =>
      c.assignments
        .filter((a) => a.letter === letter)
        .map((a) => ({
          stakeholder: a.stakeholder,
          reason: `${letter === 'A' ? 'accountable' : 'responsible'} for control ${c.id}`,
        })),
    );
  return row({
    kind: 'mitigation',
    id: treatment.findingId,
    title:
      used.ids.length === 0
        ? 'Mitigation (no control named or matching)'
        : `Mitigated by ${used.ids.join(', ')}${used.matched ? ' (controls whose mitigates patterns match)' : ''}`,
    path: `treatments.${treatment.findingId}`,
    elements: elementsOf([treatment.findingId], query),
    raci: treatment.responsibility,
    fallback: { R: from('R'), A: from('A') },
    channels: treatment.communicatedVia,
    checked: true,
  });
}

function transferRow(treatment: Treatment, query: ModelQuery): MatrixRow {
  const manufacturers = query.model.stakeholders.filter((s) => s.role === 'manufacturer');
  const recipient =
    treatment.recipient === undefined
      ? []
      : [{ stakeholder: treatment.recipient, reason: 'recipient of the transfer' }];
  // With no manufacturer, or several, there is no one default to take: the gap is reported.
  const accountable =
    manufacturers.length === 1 && manufacturers[0] !== undefined
      ? [{ stakeholder: manufacturers[0].id, reason: TRANSFER_ACCOUNTABLE_REASON }]
      : [];
  return row({
    kind: 'transfer',
    id: treatment.findingId,
    title:
      treatment.recipient === undefined
        ? 'Transfer (no recipient)'
        : `Transferred to ${treatment.recipient}`,
    path: `treatments.${treatment.findingId}`,
    elements: elementsOf([treatment.findingId], query),
    raci: treatment.responsibility,
    fallback: { R: recipient, A: accountable },
    channels: treatment.communicatedVia,
    checked: true,
  });
}

function dutyRow(duty: Duty, query: ModelQuery): MatrixRow {
  const owner = duty.component === undefined ? undefined : ownerOf(duty.component, query);
  const fallback =
    owner === undefined
      ? []
      : [{ stakeholder: owner.id, reason: `owner of component ${owner.via}` }];
  return row({
    kind: 'duty',
    id: duty.id,
    title: duty.title,
    path: `responsibilities.${duty.id}`,
    elements: duty.component === undefined ? [] : [duty.component],
    raci: duty,
    fallback: { R: fallback, A: fallback },
    channels: duty.communicatedVia ?? [],
    checked: true,
  });
}

/** The component's owner, or the nearest enclosing component's (nested parts inherit it). */
export function ownerOf(
  componentId: string,
  query: ModelQuery,
): { readonly id: string; readonly via: string } | undefined {
  for (const c of [query.component(componentId), ...query.ancestors(componentId)])
    if (c?.owner !== undefined) return { id: c.owner, via: c.id };
  return undefined;
}

/**
 * Components and flows named by finding ids or patterns (`rule@subject/qualifier`): the elements an
 * item protects, which rate the harm of a task left undone. Wildcard subjects name nothing.
 */
function elementsOf(patterns: readonly string[], query: ModelQuery): string[] {
  const out = new Set<string>();
  for (const pattern of patterns) {
    const at = pattern.indexOf('@');
    if (at < 0) continue;
    const subject = pattern.slice(at + 1).split(/[/@]/)[0] ?? '';
    if (subject.includes('*')) continue;
    if (query.component(subject) !== undefined || query.flow(subject) !== undefined)
      out.add(subject);
  }
  return [...out].sort(compareStrings);
}

interface RowInput {
  readonly kind: ItemKind;
  readonly id: string;
  readonly title: string;
  readonly path: string;
  readonly elements: readonly string[];
  readonly raci: AuthoredRaci | undefined;
  readonly fallback: { readonly R: readonly Fallback[]; readonly A: readonly Fallback[] };
  readonly channels: readonly CommunicationChannel[];
  readonly checked: boolean;
}

/** Declared letters win, one letter at a time; R and A fall back to the defaults, C and I never do. */
function row(input: RowInput): MatrixRow {
  const { raci } = input;
  const declared: Record<RaciLetter, readonly string[] | undefined> = {
    R: raci?.responsible,
    A: typeof raci?.accountable === 'string' ? [raci.accountable] : raci?.accountable,
    C: raci?.consulted,
    I: raci?.informed,
  };
  const assignments: Assignment[] = [];
  for (const letter of RACI_LETTERS) {
    const written = declared[letter];
    if (written !== undefined) {
      for (const stakeholder of new Set(written))
        assignments.push({ stakeholder, letter, origin: 'declared' });
      continue;
    }
    const defaults = letter === 'R' || letter === 'A' ? input.fallback[letter] : [];
    const reasons = new Map<string, string[]>();
    for (const f of defaults)
      reasons.set(f.stakeholder, [...(reasons.get(f.stakeholder) ?? []), f.reason]);
    for (const [stakeholder, why] of reasons)
      assignments.push({ stakeholder, letter, origin: 'derived', reason: why.join('; ') });
  }
  assignments.sort(
    (a, b) =>
      compareStrings(a.stakeholder, b.stakeholder) ||
      RACI_LETTERS.indexOf(a.letter) - RACI_LETTERS.indexOf(b.letter),
  );
  const derived = assignments.filter((a) => a.origin === 'derived').length;
  return {
    kind: input.kind,
    id: input.id,
    title: input.title,
    path: input.path,
    elements: input.elements,
    ...(raci?.skill === undefined ? {} : { skill: raci.skill }),
    communicatedVia: [...new Set(input.channels)].sort(compareStrings),
    assignments,
    origin: derived === 0 ? 'declared' : derived === assignments.length ? 'derived' : 'mixed',
    checked: input.checked,
  };
}
