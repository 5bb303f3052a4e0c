import { z } from 'zod';
import { HARM_SEVERITIES, REGULATORY_CLASSES } from '../vocabulary.js';
import { Duration, Id, IsoDate, Text } from './primitives.js';

export const Device = z
  .strictObject({
    name: Text,
    manufacturer: Text,
    model: Text.optional(),
    version: z.union([Text, z.number()]).optional(),
    intendedUse: Text.meta({ description: 'Intended use and indications, as in the labeling.' }),
    regulatoryClass: z.enum(REGULATORY_CLASSES).optional(),
    serviceLifeYears: z.number().positive().max(50).meta({
      description: 'Expected service life in years; crypto and support are judged against it.',
    }),
    marketDate: IsoDate.optional(),
    fleetSize: z.number().int().positive().optional().meta({
      description: 'Devices or patients in the field; used to state multi-patient blast radius.',
    }),
  })
  .meta({ description: 'The device under analysis.' });

export const ClinicalFunction = z.strictObject({
  id: Id,
  name: Text.optional(),
  description: Text,
  severity: z.enum(HARM_SEVERITIES).meta({
    description: 'ISO 14971 severity of harm if the function is lost or corrupted (worst case).',
  }),
  lossSeverity: z.enum(HARM_SEVERITIES).optional().meta({
    description:
      'Severity when the function is only lost or delayed, not corrupted (e.g. a missed bolus with a pen as backup, vs an overdose); defaults to severity. Outage and denial-of-service findings use it.',
  }),
  harm: Text.optional().meta({ description: 'The hazardous situation, e.g. "insulin overdose".' }),
  maxTolerableOutage: Duration.optional().meta({
    description: 'Longest loss of the function patients can tolerate without harm.',
  }),
  multiPatient: z
    .boolean()
    .optional()
    .meta({ description: 'Loss or corruption can harm several patients at once.' }),
});
