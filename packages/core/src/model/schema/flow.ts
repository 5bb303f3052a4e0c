import { z } from 'zod';
import {
  ANTI_REPLAY,
  AUTH_METHODS,
  DATA_CLASSES,
  FLOW_CARRIES,
  INTEGRITY_PURPOSES,
  PROTOCOLS,
} from '../vocabulary.js';
import { Id, oneOrMany, Text } from './primitives.js';
import { CryptoUse, Link } from './crypto.js';

const ProtocolSpec = z.union([
  z.enum(PROTOCOLS),
  z.strictObject({
    name: z.enum(PROTOCOLS),
    version: z.union([Text, z.number()]).optional(),
    port: z.union([z.number().int(), Text]).optional(),
  }),
]);

const Authentication = z.union([
  z.enum(AUTH_METHODS),
  z.strictObject({
    method: z.enum(AUTH_METHODS),
    algorithm: Text.optional(),
    mutual: z.boolean().optional().meta({ description: 'Both ends authenticate each other.' }),
    perSession: z.boolean().optional(),
    sessionTimeoutMinutes: z.number().positive().optional(),
    userIdentity: z
      .boolean()
      .optional()
      .meta({ description: 'Authenticates the person, not only the device.' }),
  }),
]);

const Integrity = z.union([
  Text,
  z.strictObject({
    algorithm: Text.meta({ description: 'e.g. crc32, hmac-sha256, ecdsa-p256, aes-128-ccm, tls.' }),
    purpose: z.enum(INTEGRITY_PURPOSES).optional().meta({
      description: 'What the check is relied on for: accidental corruption only, or security.',
    }),
  }),
]);

const Encryption = z.union([
  Text,
  z.strictObject({
    algorithm: Text,
    keyExchange: Text.optional(),
    keyBits: z.number().int().positive().optional(),
    cipherSuite: Text.optional(),
  }),
]);

export const DataFlow = z.strictObject({
  id: Id,
  name: Text.optional(),
  description: Text.optional(),
  source: Id,
  target: Id,
  initiator: z
    .enum(['source', 'target'])
    .optional()
    .meta({ description: 'Which side opens the connection.' }),
  oneWay: z
    .boolean()
    .optional()
    .meta({ description: 'Truly one-way traffic (DFD flows are bidirectional by default).' }),
  sourceInterface: Id.optional(),
  targetInterface: Id.optional(),
  protocol: ProtocolSpec.optional(),
  carries: oneOrMany(z.enum(FLOW_CARRIES)).optional(),
  data: z.array(z.enum(DATA_CLASSES)).optional(),
  functions: z
    .array(Id)
    .optional()
    .meta({ description: 'Clinical functions that depend on this flow.' }),
  authentication: Authentication.optional(),
  integrity: Integrity.optional(),
  encryption: Encryption.optional(),
  antiReplay: z.union([z.boolean(), z.enum(ANTI_REPLAY)]).optional(),
  link: Link.optional().meta({
    description: 'The transport: MTU and bandwidth, for the size of post-quantum handshakes.',
  }),
  crypto: z.array(CryptoUse).optional().meta({
    description:
      'Crypto inventory of the flow (see docs/pqc.md). Uses implied by encryption, integrity and authentication are added automatically.',
  }),
});
