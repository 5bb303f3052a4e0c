import { z } from 'zod';
import type { Issue } from '../common/issue.js';
import type { ParseResult } from '../common/result.js';

/**
 * Key and detached-signature files, version 1 (docs/signing.md). JSON, so any tool can read them;
 * every file names its format, version and algorithms, so a later version or algorithm can be
 * introduced without guessing what an old file meant.
 */
export const PROVENANCE_FORMAT_VERSION = 1;

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64');
const Hex = (bytes: number) =>
  z
    .string()
    .regex(
      new RegExp(`^[0-9a-f]{${String(bytes * 2)}}$`),
      `expected ${String(bytes)} bytes as lower-case hex`,
    );

const KeyEntry = z.strictObject({
  algorithm: z.string().min(1),
  public: Base64,
  /** Only in secret key files: the seed the key pair is derived from (FIPS 204 ξ, RFC 8032 secret). */
  seed: Base64.optional(),
});

export const KeyFileSchema = z.strictObject({
  medrisk: z.literal('key'),
  formatVersion: z.literal(PROVENANCE_FORMAT_VERSION),
  type: z.enum(['public', 'secret']),
  keyId: Hex(32),
  algorithms: z.array(z.string().min(1)).min(1),
  keys: z.array(KeyEntry).min(1),
});
export type KeyFile = z.infer<typeof KeyFileSchema>;

export const SignatureFileSchema = z.strictObject({
  medrisk: z.literal('signature'),
  formatVersion: z.literal(PROVENANCE_FORMAT_VERSION),
  keyId: Hex(32),
  /** What was signed: the file's length and digests (the message binds them, docs/signing.md). */
  signed: z.strictObject({
    bytes: z.number().int().nonnegative(),
    sha256: Hex(32),
    sha512: Hex(64),
  }),
  signatures: z.array(z.strictObject({ algorithm: z.string().min(1), value: Base64 })).min(1),
});
export type SignatureFile = z.infer<typeof SignatureFileSchema>;

/** Parses JSON text against a schema; every problem becomes an Issue (the shell names the file). */
export function parseJsonFile<T>(text: string, schema: z.ZodType<T>, what: string): ParseResult<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      issues: [
        issue(
          [],
          `not JSON (${error instanceof Error ? error.message : 'parse error'}); expected a medrisk ${what} file`,
          'json-syntax',
        ),
      ],
    };
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data, issues: [] };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) =>
      issue(
        i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        i.message,
      ),
    ),
  };
}

export function issue(
  path: readonly (string | number)[],
  message: string,
  code: Issue['code'] = 'invalid-format',
): Issue {
  return { code, severity: 'error', path, message };
}

/** Files end with a newline and keep a stable key order, so they diff and hash predictably. */
export function serialize(value: KeyFile | SignatureFile): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
