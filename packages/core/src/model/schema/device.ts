import { z } from 'zod';
import { CLINICAL_FUNCTION_ROLES, HARM_SEVERITIES, REGULATORY_CLASSES } from '../vocabulary.js';
import { Duration, Id, IsoDate, Text } from './primitives.js';
import { DEVICE_LIFECYCLE_FIELDS } from './lifecycle.js';

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
    ...DEVICE_LIFECYCLE_FIELDS,
    fleetSize: z.number().int().positive().optional().meta({
      description: 'Devices or patients in the field; used to state multi-patient blast radius.',
    }),
    breachNotificationRequired: Duration.optional().meta({
      description:
        'Default for clinicalFunctions[].breachNotificationRequired: how soon a cloud provider must report a security breach (e.g. 24h). Without it medrisk uses 72h (GDPR Art. 33(1)); see docs/cloud.md.',
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
  role: z.enum(CLINICAL_FUNCTION_ROLES).optional().meta({
    description:
      'Role in care: essential (therapy, alarms, diagnosis), supporting (monitoring, records) or non-essential. SSVC mission impact uses it; without it, critical/catastrophic functions count as essential and serious ones as supporting.',
  }),
  lossSeverity: z.enum(HARM_SEVERITIES).optional().meta({
    description:
      'Severity when the function is only lost or delayed, not corrupted (e.g. a missed bolus with a pen as backup, vs an overdose); defaults to severity. Outage and denial-of-service findings use it.',
  }),
  harm: Text.optional().meta({ description: 'The hazardous situation, e.g. "insulin overdose".' }),
  maxTolerableOutage: Duration.optional().meta({
    description: 'Longest loss of the function patients can tolerate without harm.',
  }),
  maxTolerableDataLoss: Duration.optional().meta({
    description:
      'Most recent data (readings, results, settings) the function can lose in an outage without harm; compared with the RPO of cloud SLAs. `0` means none.',
  }),
  breachNotificationRequired: Duration.optional().meta({
    description:
      'How soon a cloud provider the function depends on must report a security breach (hospital contract or regulation); defaults to device.breachNotificationRequired, else 72h.',
  }),
  multiPatient: z
    .boolean()
    .optional()
    .meta({ description: 'Loss or corruption can harm several patients at once.' }),
});
