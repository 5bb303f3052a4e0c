import type { ModelQuery } from '../../model/query/index.js';
import { LAY_ROLES, type SkillLevel } from '../../model/vocabulary.js';
import { ownerOf } from './items.js';
import type { MatrixRow, ProblemKind, RaciLetter, ResponsibilityProblem } from './types.js';

/** Skills a patient or caregiver cannot be expected to have (playbook §2.5.5; FDA premarket VI.A). */
const TECHNICAL_SKILLS: readonly SkillLevel[] = ['technical', 'expert'];

/**
 * The checks of one row: exactly one accountable, at least one responsible, no technical task for a
 * lay user, and a channel for every third party given a part. Problems another rule already
 * reports exactly carry `coveredBy`, so the responsibility rules do not report them twice.
 */
export function rowProblems(row: MatrixRow, query: ModelQuery): ResponsibilityProblem[] {
  if (!row.checked) return [];
  const holders = (letter: RaciLetter) =>
    row.assignments.filter((a) => a.letter === letter).map((a) => a.stakeholder);
  const accountable = holders('A');
  const responsible = holders('R');
  const out: ResponsibilityProblem[] = [];
  const add = (
    kind: ProblemKind,
    message: string,
    stakeholders: readonly string[],
    coveredBy?: string,
  ) => {
    out.push({
      kind,
      item: { kind: row.kind, id: row.id },
      message,
      stakeholders,
      ...(coveredBy === undefined ? {} : { coveredBy }),
    });
  };
  const what = `${row.kind} "${row.id}" (${row.title})`;

  if (accountable.length === 0)
    add(
      'no-accountable',
      responsible.length === 0
        ? `Nobody is assigned to ${what}: no stakeholder is responsible or accountable.`
        : `Nobody is accountable for ${what}; ${list(responsible)} ${responsible.length === 1 ? 'does' : 'do'} the work but nobody answers for it.`,
      [],
      ownerlessCover(row, 'A', query),
    );
  if (accountable.length > 1)
    add(
      'several-accountable',
      `${list(accountable)} are all accountable for ${what}; with several, each can assume another answers for it.`,
      accountable,
    );
  if (responsible.length === 0)
    add(
      'no-responsible',
      `Nobody is responsible for doing ${what}${accountable.length === 0 ? '' : `; ${list(accountable)} answers for it but nobody is named to do the work`}.`,
      [],
      // A row with neither letter is reported once, as having no accountable.
      ownerlessCover(row, 'R', query) ??
        (row.kind === 'transfer'
          ? 'treatment-incomplete'
          : accountable.length === 0
            ? 'responsibility-no-accountable'
            : undefined),
    );
  if (row.skill !== undefined && TECHNICAL_SKILLS.includes(row.skill)) {
    const lay = [...new Set([...responsible, ...accountable])].filter((id) => {
      const role = query.stakeholder(id)?.role;
      return role !== undefined && LAY_ROLES.includes(role);
    });
    if (lay.length > 0)
      add(
        'lay-technical-task',
        `${what} needs ${row.skill} skill and is given to ${lay.map((id) => `${id} (${query.stakeholder(id)?.role ?? 'unknown'})`).join(', ')}.`,
        lay,
      );
  }
  const third = thirdParties(row, query);
  if (third.length > 0 && row.communicatedVia.length === 0)
    add(
      'not-communicated',
      `${what} is given to ${list(third)}, but no channel (labeling, IFU, security guide, MDS2, contract, SLA, training) tells ${third.length === 1 ? 'it' : 'them'} so.`,
      third,
      row.kind === 'transfer' ? 'treatment-incomplete' : undefined,
    );
  return out;
}

/**
 * Stakeholders other than the manufacturer holding R or A. A mitigation counts only what it declares
 * itself: parties it inherits from its controls are checked on the controls' rows.
 */
function thirdParties(row: MatrixRow, query: ModelQuery): string[] {
  const ids = row.assignments
    .filter((a) => a.letter === 'R' || a.letter === 'A')
    .filter((a) => row.kind !== 'mitigation' || a.origin === 'declared')
    .map((a) => a.stakeholder)
    .filter((id) => query.stakeholder(id)?.role !== 'manufacturer');
  return [...new Set(ids)];
}

/**
 * The existing ownership rule that already reports a letter missing because nothing was declared
 * and there is no owner to take it from: a control with no owner (control-without-owner), a duty on a
 * component nobody owns (component-without-owner). For R, only when A is not declared either.
 */
function ownerlessCover(row: MatrixRow, letter: 'R' | 'A', query: ModelQuery): string | undefined {
  const entry =
    row.kind === 'control'
      ? query.model.controls.find((c) => c.id === row.id)?.responsibility
      : row.kind === 'duty'
        ? query.model.responsibilities.find((d) => d.id === row.id)
        : undefined;
  if (entry?.accountable !== undefined) return undefined;
  if (letter === 'R' && entry?.responsible !== undefined) return undefined;
  if (row.kind === 'control')
    return query.model.controls.find((c) => c.id === row.id)?.owner === undefined
      ? 'control-without-owner'
      : undefined;
  if (row.kind !== 'duty') return undefined;
  const component = query.model.responsibilities.find((d) => d.id === row.id)?.component;
  const c = component === undefined ? undefined : query.component(component);
  return c !== undefined && c.kind !== 'person' && ownerOf(c.id, query) === undefined
    ? 'component-without-owner'
    : undefined;
}

function list(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(', ');
}
