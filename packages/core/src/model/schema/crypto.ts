import { z } from 'zod';
import {
  CRYPTO_HARDWARE,
  CRYPTO_PURPOSES,
  CRYPTO_UPDATABILITY,
  DATA_CLASSES,
  PQC_STRATEGIES,
} from '../vocabulary.js';
import { Id, Text } from './primitives.js';

/**
 * One use of cryptography in the crypto inventory (`components[].crypto`, `dataFlows[].crypto`).
 * Uses the model already implies (update signatures, TLS flows, storage encryption, credentials) are
 * inventoried without being written here; an entry with the same purpose and algorithm on the same
 * element adds its facts (library, hardware, updatability, plan) to that derived use.
 */
export const CryptoUse = z.strictObject({
  id: Id,
  purpose: z.enum(CRYPTO_PURPOSES),
  algorithm: Text.meta({
    description: 'e.g. rsa-2048, ecdsa-p256, x25519, x25519mlkem768, ml-dsa-65, lms, aes-256-gcm.',
  }),
  parameters: Text.optional().meta({
    description:
      'Parameter set or curve when the name does not say it (e.g. P-256, LMS_SHA256_M32_H10).',
  }),
  keyBits: z.number().int().positive().optional(),
  library: z
    .strictObject({ name: Text, version: z.union([Text, z.number()]).optional() })
    .optional()
    .meta({ description: 'The implementation (e.g. mbedTLS 3.6.2, wolfSSL 5.7, a ROM routine).' }),
  hardware: z
    .strictObject({
      kind: z.enum(CRYPTO_HARDWARE),
      part: Text.optional().meta({ description: 'Secure element or accelerator part number.' }),
      postQuantum: z.boolean().optional().meta({
        description: 'The hardware can run post-quantum algorithms (or load them).',
      }),
    })
    .optional()
    .meta({ description: 'Where the operation runs or its key lives.' }),
  fieldUpdatable: z.enum(CRYPTO_UPDATABILITY).optional().meta({
    description:
      'How fielded devices can replace the algorithm: library (on its own), firmware (with a full update) or no (ROM, fuses).',
  }),
  negotiable: z.boolean().optional().meta({
    description:
      'The peers negotiate the algorithm (TLS groups, signature schemes), so a new one can be added without breaking old peers.',
  }),
  data: z.array(z.enum(DATA_CLASSES)).optional().meta({
    description: 'Data the use protects (for component uses; flows say it in `data`).',
  }),
  protectionYears: z.number().nonnegative().max(100).optional().meta({
    description:
      "Years the protection must hold after the data is protected or the signature made (Mosca's X); overrides risk.quantum.confidentialityYears.",
  }),
  migration: z
    .strictObject({
      strategy: z.enum(PQC_STRATEGIES).optional(),
      targetYear: z.number().int().min(2000).max(2100).optional().meta({
        description: 'Year by which fielded devices no longer rely on the algorithm.',
      }),
      to: Text.optional().meta({ description: 'The replacement, e.g. x25519mlkem768, lms.' }),
      description: Text.optional(),
    })
    .optional()
    .meta({ description: 'The manufacturer’s migration plan for this use.' }),
  description: Text.optional(),
});

/** The transport a flow runs over, for the size of post-quantum keys and signatures. */
export const Link = z.strictObject({
  mtuBytes: z.number().int().positive().optional().meta({
    description: 'Largest payload per frame or packet (e.g. 244 for BLE 5 ATT, 1400 for TCP/IP).',
  }),
  bandwidthKbps: z.number().positive().optional().meta({
    description: 'Usable throughput in kbit/s.',
  }),
});

/**
 * The post-quantum scenario under `risk.quantum`: the inputs of Mosca's inequality that are policy
 * rather than design. The CRQC estimate is a calendar year, not a number of years from now, so a
 * model analysed again later keeps the same estimate unless someone changes it.
 */
export const QuantumScenario = z.strictObject({
  crqcYear: z.number().int().min(2000).max(2200).optional().meta({
    description:
      'Year a cryptographically relevant quantum computer is assumed to exist (Z). Default 2039; see docs/pqc.md.',
  }),
  crqcSource: Text.optional().meta({ description: 'Where the estimate comes from.' }),
  migrationYears: z.number().nonnegative().max(50).optional().meta({
    description:
      "Years a field-updatable use takes to migrate once started (Mosca's Y) when its own plan gives no target year.",
  }),
  confidentialityYears: z
    .partialRecord(z.enum(DATA_CLASSES), z.number().nonnegative().max(100))
    .optional()
    .meta({
      description:
        "Years each data class must stay confidential after it is recorded (Mosca's X), e.g. {phi: 25, keys: 15}.",
    }),
});
