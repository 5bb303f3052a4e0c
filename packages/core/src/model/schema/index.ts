import { z } from 'zod';
import { ClinicalFunction, Device } from './device.js';
import { Component } from './component.js';
import { DataFlow } from './flow.js';
import {
  Assumption,
  Bom,
  Control,
  Deployment,
  RiskPolicy,
  Stakeholder,
  Treatment,
  TrustBoundary,
} from './governance.js';
import { Duty } from './responsibility.js';

export const MODEL_FORMAT_VERSION = 1;

/** The authored device model, as written in YAML or JSON (after includes are merged). */
export const AuthoredModel = z
  .strictObject({
    medrisk: z.literal(MODEL_FORMAT_VERSION).meta({ description: 'Model format version.' }),
    include: z
      .array(z.string())
      .optional()
      .meta({ description: 'Files merged into this one (paths relative to it).' }),
    device: Device,
    clinicalFunctions: z.array(ClinicalFunction).optional(),
    deployments: z.array(Deployment).optional(),
    stakeholders: z.array(Stakeholder).optional(),
    components: z.array(Component).optional(),
    trustBoundaries: z.array(TrustBoundary).optional(),
    dataFlows: z.array(DataFlow).optional(),
    controls: z.array(Control).optional(),
    assumptions: z.array(Assumption).optional(),
    treatments: z.record(z.string(), Treatment).optional(),
    boms: z.array(Bom).optional(),
    responsibilities: z.array(Duty).optional().meta({
      description:
        'Duties that are not controls (patching a gateway, replacing a sensor), with who does them (RACI) and the skill they need.',
    }),
    risk: RiskPolicy.optional(),
  })
  .meta({
    title: 'medrisk device model',
    description: 'A connected medical device described as code.',
  });
export type AuthoredModel = z.infer<typeof AuthoredModel>;

/** Included files carry collections only; `device` and `risk` belong to the entry file. */
export const INCLUDABLE_KEYS = [
  'clinicalFunctions',
  'deployments',
  'stakeholders',
  'components',
  'trustBoundaries',
  'dataFlows',
  'controls',
  'assumptions',
  'treatments',
  'boms',
  'responsibilities',
] as const;
