import { z } from 'zod';
import { COMMUNICATION_CHANNELS, DUTY_TASKS, SKILL_LEVELS } from '../vocabulary.js';
import { Id, Text, oneOrMany } from './primitives.js';

const raciFields = {
  responsible: z
    .array(Id)
    .optional()
    .meta({ description: 'Stakeholders who do the work (R). Default: the owner.' }),
  accountable: oneOrMany(Id).optional().meta({
    description:
      'The one stakeholder who answers for it (A). Default: the owner. Naming several is reported: exactly one must be accountable.',
  }),
  consulted: z
    .array(Id)
    .optional()
    .meta({ description: 'Stakeholders asked before it changes (C).' }),
  informed: z
    .array(Id)
    .optional()
    .meta({ description: 'Stakeholders told when it changes or fails (I).' }),
  skill: z.enum(SKILL_LEVELS).optional().meta({
    description:
      'Skill the task needs from whoever is responsible: none, basic, technical, expert. Technical or expert tasks given to a patient or caregiver are reported.',
  }),
};

const channels = z.array(z.enum(COMMUNICATION_CHANNELS));

/** RACI of a treatment (its `communicatedVia` stays on the treatment). */
export const Responsibility = z.strictObject(raciFields).meta({
  description: 'Who is responsible, accountable, consulted and informed (RACI).',
});

/** RACI of a control, with how third parties given a part of it are told. */
export const ControlResponsibility = z
  .strictObject({
    ...raciFields,
    communicatedVia: channels.optional().meta({
      description:
        'How stakeholders other than the manufacturer learn their part (labeling, IFU, security guide, MDS2, contract, SLA, training).',
    }),
  })
  .meta({ description: 'Who is responsible, accountable, consulted and informed (RACI).' });

/** A duty that is not a control: "apply OS patches to the gateway", "replace the sensor". */
export const Duty = z.strictObject({
  id: Id,
  title: Text,
  description: Text.optional(),
  task: z
    .enum(DUTY_TASKS)
    .optional()
    .meta({ description: 'What kind of duty it is; selects the contract clauses it implies.' }),
  component: Id.optional().meta({
    description:
      "Component the duty is about; its owner is the default responsible and accountable, and its harm reach rates a lay user's technical task.",
  }),
  ...raciFields,
  communicatedVia: channels.optional().meta({
    description: 'How the stakeholders given the duty learn of it.',
  }),
  frequency: Text.optional().meta({ description: 'How often, e.g. monthly, on each release.' }),
});
