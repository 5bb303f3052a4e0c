import { z } from 'zod';
import { LIFECYCLE_STAGES } from '../vocabulary.js';
import { IsoDate, Text } from './primitives.js';

/**
 * Device lifecycle fields (IMDRF N70 stages; FDA premarket VI.A labeling item on end of support),
 * spread into `device`. Kept here so the lifecycle analysis owns its part of the format.
 */
export const DEVICE_LIFECYCLE_FIELDS = {
  lifecycleStage: z.enum(LIFECYCLE_STAGES).optional().meta({
    description:
      'IMDRF N70 stage: development, support, limited-support (after the announced end of life) or end-of-support. Undeclared, it is inferred from the dates and said so.',
  }),
  endOfLife: IsoDate.optional().meta({
    description:
      'IMDRF N70 end of life: the date the manufacturer stops selling the device; limited support begins.',
  }),
  endOfSupport: IsoDate.optional().meta({
    description:
      'IMDRF N70 end of support: no more updates, including cybersecurity ones. Components are judged against it; without it, against marketDate + serviceLifeYears.',
  }),
  endOfSupportNotice: z
    .strictObject({
      date: IsoDate.meta({ description: 'When customers were told.' }),
      channel: Text.meta({
        description: 'How: customer letter, security bulletin, labeling, MDS2 update …',
      }),
      document: Text.optional().meta({
        description:
          'The notice or risk-transfer package (residual risks, compensating controls, replacement path).',
      }),
    })
    .optional()
    .meta({
      description:
        'The end-of-life / end-of-support notice to customers, with the compensating controls they are asked to apply.',
    }),
};

/**
 * A component's support: a declared end-of-support date (a supplier notice, an extended-support
 * contract) and/or the endoflife.date product and cycle that decide it. Without it medrisk looks the
 * component's `os` up in EOL data and reads the FDA fields of its SBOM.
 */
export const ComponentSupport = z
  .strictObject({
    endOfSupport: IsoDate.optional().meta({
      description:
        'Declared end of support (security fixes) of what this component runs; wins over EOL data and the SBOM.',
    }),
    level: Text.optional().meta({
      description:
        'FDA level of support, e.g. "actively maintained", "no longer maintained", "abandoned".',
    }),
    source: Text.optional().meta({
      description: 'Where the date comes from (supplier notice, contract, lifecycle page).',
    }),
    product: Text.optional().meta({
      description:
        'endoflife.date product id of its operating system or platform (e.g. linux-kernel, windows-server); wins over matching os.name.',
    }),
    cycle: Text.optional().meta({
      description: "That product's release cycle, quoted (e.g. '4.9', '2012-r2', '11-23h2-e').",
    }),
  })
  .meta({ description: 'End of support of the component (see docs/lifecycle.md).' });
