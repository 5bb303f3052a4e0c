import type { ModelQuery } from '../../model/query/index.js';
import type { StakeholderRole } from '../../model/vocabulary.js';
import { CLAUSES } from './clauses.js';
import { partyFacts } from './facts.js';
import { CLAUSE_SOURCES, type ClauseSourceId, type SourceBasis } from './sources.js';
import type { MatrixRow } from './types.js';

/** Roles that sign no contract with the manufacturer: itself, lay users (told through labeling), the regulator. */
const NOT_CONTRACT_PARTIES: readonly StakeholderRole[] = [
  'manufacturer',
  'patient',
  'caregiver',
  'regulator',
];

interface ChecklistSource {
  readonly id: ClauseSourceId;
  readonly short: string;
  readonly title: string;
  readonly section?: string;
  readonly basis: SourceBasis;
  readonly note?: string;
}

export interface ChecklistClause {
  readonly id: string;
  readonly title: string;
  /** What to demand, in medrisk's words. */
  readonly demand: string;
  /** Why it applies to this party: the model facts that selected it. */
  readonly why: readonly string[];
  readonly sources: readonly ChecklistSource[];
}

export interface PartyChecklist {
  readonly stakeholder: string;
  readonly role: StakeholderRole;
  readonly name?: string;
  readonly clauses: readonly ChecklistClause[];
}

/**
 * The contract and SLA clauses to demand from each third party, chosen by what the model gives it:
 * the components it runs or supplies and the rows it holds letters on. Parties given nothing get no
 * entry; a clause applies only when the model says why.
 */
export function buildChecklist(rows: readonly MatrixRow[], query: ModelQuery): PartyChecklist[] {
  return query.model.stakeholders
    .filter((s) => !NOT_CONTRACT_PARTIES.includes(s.role))
    .flatMap((stakeholder): PartyChecklist[] => {
      const facts = partyFacts(stakeholder, rows, query);
      const clauses = CLAUSES.filter((c) => c.roles.includes(stakeholder.role)).flatMap(
        (clause): ChecklistClause[] => {
          const why = clause.applies(facts);
          if (why.length === 0) return [];
          return [
            {
              id: clause.id,
              title: clause.title,
              demand: clause.demand,
              why,
              sources: clause.sources.map((c) => {
                const doc: { short: string; title: string; basis: SourceBasis; note?: string } =
                  CLAUSE_SOURCES[c.source];
                return {
                  id: c.source,
                  short: doc.short,
                  title: doc.title,
                  ...(c.section === undefined ? {} : { section: c.section }),
                  basis: c.basis ?? doc.basis,
                  ...(doc.note === undefined ? {} : { note: doc.note }),
                };
              }),
            },
          ];
        },
      );
      if (clauses.length === 0) return [];
      return [
        {
          stakeholder: stakeholder.id,
          role: stakeholder.role,
          ...(stakeholder.name === undefined ? {} : { name: stakeholder.name }),
          clauses,
        },
      ];
    });
}
