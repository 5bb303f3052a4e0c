import { z } from 'zod';
import {
  BOM_TYPES,
  COMMUNICATION_CHANNELS,
  CONTROL_STATUSES,
  CONTROL_STRENGTHS,
  DEPLOYMENT_TYPES,
  FDA_CONTROL_CATEGORIES,
  MULTIPLICITY,
  STAKEHOLDER_ROLES,
  STRIDE,
  TREATMENT_STRATEGIES,
} from '../vocabulary.js';
import { Id, Text } from './primitives.js';
import { QuantumScenario } from './crypto.js';
import { ControlResponsibility, Responsibility } from './responsibility.js';

const DeploymentAssumption = z.strictObject({
  id: Id,
  text: Text,
  rationale: Text.optional(),
  owner: Id.optional(),
  validatedBy: Text.optional(),
});

export const Deployment = z.strictObject({
  id: Id,
  type: z.enum(DEPLOYMENT_TYPES),
  name: Text.optional(),
  description: Text.optional(),
  multiplicity: z.enum(MULTIPLICITY).optional(),
  exposure: z
    .strictObject({
      hostileNetwork: z.boolean().optional(),
      unmanaged: z.boolean().optional(),
      internetFacing: z.boolean().optional(),
      physicalAccess: z
        .enum(['public', 'household', 'staff', 'restricted', 'patient-only'])
        .optional(),
      monitored: z.boolean().optional(),
      offsite: z.boolean().optional(),
    })
    .optional()
    .meta({
      description:
        "Overrides of the type's exposure profile (e.g. a back end that is not internet-facing); reports show them.",
    }),
  assumptions: z.array(DeploymentAssumption).optional().meta({
    description: "Added to the type's defaults; an entry with a default's id replaces it.",
  }),
  replaceDefaultAssumptions: z.boolean().optional(),
});

export const TrustBoundary = z.strictObject({
  id: Id,
  name: Text.optional(),
  description: Text.optional(),
  parent: Id.optional().meta({
    description: 'Enclosing boundary; boundaries nest, they never overlap.',
  }),
  members: z
    .array(Id)
    .meta({ description: 'Components inside the boundary (nested components follow).' }),
});

export const Stakeholder = z.strictObject({
  id: Id,
  role: z.enum(STAKEHOLDER_ROLES),
  name: Text.optional(),
  contact: Text.optional(),
});

export const Control = z.strictObject({
  id: Id,
  title: Text,
  description: Text.optional(),
  category: z.enum(FDA_CONTROL_CATEGORIES),
  owner: Id.optional(),
  status: z.enum(CONTROL_STATUSES),
  strength: z.enum(CONTROL_STRENGTHS).optional(),
  mitigates: z.array(Text).meta({
    description:
      'Finding ids (`rule@subject`), `rule@*` or `*@subject` patterns this control reduces.',
  }),
  verification: Text.optional(),
  responsibility: ControlResponsibility.optional(),
});

const NotApplicable = z.strictObject({
  subject: Id.meta({ description: 'A component or data flow.' }),
  stride: z.array(z.enum(STRIDE)).min(1),
});

export const Assumption = z.strictObject({
  id: Id,
  text: Text,
  owner: Id.optional(),
  rationale: Text.optional(),
  suppresses: z
    .array(Text)
    .optional()
    .meta({ description: 'Finding ids or patterns this assumption makes not applicable.' }),
  notApplicable: z.array(NotApplicable).optional().meta({
    description: 'STRIDE cells this assumption explains as not applicable (closes coverage gaps).',
  }),
});

export const Treatment = z.strictObject({
  strategy: z.enum(TREATMENT_STRATEGIES),
  rationale: Text.optional(),
  approver: Text.optional(),
  recipient: Id.optional().meta({ description: 'Stakeholder receiving a transferred risk.' }),
  communicatedVia: z.array(z.enum(COMMUNICATION_CHANNELS)).optional(),
  controls: z.array(Id).optional(),
  date: Text.optional(),
  responsibility: Responsibility.optional().meta({
    description:
      'RACI of the treated risk. Defaults: a transfer makes its recipient responsible and the manufacturer accountable; a mitigation takes them from its controls.',
  }),
});

export const Bom = z.strictObject({
  id: Id,
  type: z.enum(BOM_TYPES),
  path: Text,
  component: Id.optional(),
});

const Level = z.enum(['low', 'medium', 'high', 'critical']);

export const RiskPolicy = z.strictObject({
  acceptable: z
    .array(Level)
    .optional()
    .meta({ description: 'Risk levels that count as controlled (default: low, medium).' }),
  matrix: z.array(z.array(Level).length(5)).length(5).optional().meta({
    description:
      'Rows: exploitability very-low … very-high; columns: severity negligible … catastrophic.',
  }),
  quantum: QuantumScenario.optional().meta({
    description:
      "Post-quantum scenario: CRQC year, migration time and confidentiality periods (Mosca's inequality; docs/pqc.md).",
  }),
});
