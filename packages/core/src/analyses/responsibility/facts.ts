import { compareStrings } from '../../common/order.js';
import { steers, type ModelQuery } from '../../model/query/index.js';
import type { Component, Stakeholder } from '../../model/types.js';
import {
  SENSITIVE_DATA,
  type ComponentKind,
  type DutyTask,
  type FdaControlCategory,
} from '../../model/vocabulary.js';
import { ownerOf } from './items.js';
import type { MatrixRow, RaciLetter } from './types.js';

/** Kinds that are services run for others: their availability, logs and data location are contract terms. */
const SERVICE_KINDS: readonly ComponentKind[] = [
  'cloud-service',
  'web-api',
  'web-portal',
  'third-party-service',
  'database',
  'file-store',
  'log-store',
  'message-broker',
  'identity-provider',
  'update-server',
  'ehr',
];

/** Kinds that are (parts of) medical devices: an MDS2 form describes them. */
const DEVICE_KINDS: readonly ComponentKind[] = [
  'medical-device',
  'device-firmware',
  'embedded-os',
  'sensor',
  'actuator',
  'home-monitor',
  'programmer',
];

/** One row a party holds letters on, with what the row is about. */
export interface Held {
  readonly row: MatrixRow;
  readonly letters: readonly RaciLetter[];
  readonly category?: FdaControlCategory;
  readonly task?: DutyTask;
}

/** What the model gives one stakeholder: the components it runs and the rows it holds letters on. */
export interface PartyFacts {
  readonly stakeholder: Stakeholder;
  /** Components it owns, directly or as the owner of the enclosing component: what it supplies. */
  readonly supplied: readonly Component[];
  /** What it supplies plus the components of duties it does: what it runs. */
  readonly components: readonly Component[];
  readonly held: readonly Held[];
  readonly query: ModelQuery;
}

export function partyFacts(
  stakeholder: Stakeholder,
  rows: readonly MatrixRow[],
  query: ModelQuery,
): PartyFacts {
  const { model } = query;
  const held = rows.flatMap((row): Held[] => {
    const letters = row.assignments
      .filter((a) => a.stakeholder === stakeholder.id)
      .map((a) => a.letter);
    if (letters.length === 0) return [];
    const category =
      row.kind === 'control' ? model.controls.find((c) => c.id === row.id)?.category : undefined;
    const task =
      row.kind === 'duty' ? model.responsibilities.find((d) => d.id === row.id)?.task : undefined;
    return [
      {
        row,
        letters,
        ...(category === undefined ? {} : { category }),
        ...(task === undefined ? {} : { task }),
      },
    ];
  });
  // A duty's component counts for whoever does it: a cloud provider patching the platform under
  // the device API runs that platform, whoever owns the application on it.
  const operated = new Set(
    held
      .filter((h) => h.row.kind === 'duty' && h.letters.includes('R'))
      .flatMap((h) => h.row.elements),
  );
  const supplied = model.components.filter(
    (c) => c.kind !== 'person' && ownerOf(c.id, query)?.id === stakeholder.id,
  );
  const components = model.components.filter(
    (c) => c.kind !== 'person' && (supplied.includes(c) || operated.has(c.id)),
  );
  return { stakeholder, supplied, components, held, query };
}

export const isService = (c: Component): boolean =>
  SERVICE_KINDS.includes(c.kind) || c.cloud !== undefined;
export const isDevicePart = (c: Component): boolean => DEVICE_KINDS.includes(c.kind);

/** Patient data, personal data, credentials, keys or training data flow in or out of it. */
export function holdsSensitiveData(c: Component, query: ModelQuery): boolean {
  return query.flowsOf(c.id).some((f) => f.data.some((d) => SENSITIVE_DATA.includes(d)));
}

/** It sends commands, code or steering data to a component someone else runs (remote service, updates). */
export function steersOthers(c: Component, f: PartyFacts): string[] {
  return f.query
    .flowsFrom(c.id)
    .filter((flow) => steers(flow) && ownerOf(flow.target, f.query)?.id !== f.stakeholder.id)
    .map((flow) => flow.target);
}

/** Rows the party does (R) or answers for (A), optionally narrowed. */
export function doing(f: PartyFacts, keep: (h: Held) => boolean = () => true): Held[] {
  return f.held.filter((h) => (h.letters.includes('R') || h.letters.includes('A')) && keep(h));
}

export function describeComponents(components: readonly Component[]): string {
  return components
    .map((c) => `${c.id} (${c.kind})`)
    .sort(compareStrings)
    .join(', ');
}

export function describeHeld(held: readonly Held[]): string {
  return held.map((h) => `${h.row.kind} ${h.row.id} (${h.letters.join('/')})`).join(', ');
}
