import { z } from 'zod';
import type { Issue, IssuePath } from '../common/issue.js';
import { didYouMean } from '../common/suggest.js';

/**
 * Turns zod's issues into ours with messages a device engineer can act on: the offending value, the
 * allowed values, and a "did you mean" hint for misspelt keys and enum values.
 */
export function fromZodIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  input: unknown,
  schema: z.ZodType,
): Issue[] {
  const out: Issue[] = [];
  for (const issue of zodIssues)
    out.push(...convert(issue, issue.path as IssuePath, input, schema));
  return out;
}

function convert(
  issue: z.core.$ZodIssue,
  path: IssuePath,
  input: unknown,
  schema: z.ZodType,
): Issue[] {
  const received = valueAt(input, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const hint = didYouMean(key, objectKeysAt(schema, path));
        return {
          code: 'unknown-key',
          severity: 'error',
          path: [...path, key],
          message: `unknown key "${key}"`,
          ...(hint === undefined ? {} : { hint }),
        };
      });
    case 'invalid_value': {
      // A required enum that is absent arrives as an invalid value of `undefined`: it is missing.
      if (received === undefined)
        return [
          {
            code: 'missing-field',
            severity: 'error',
            path,
            message: `required value is missing; expected one of: ${issue.values.map(String).join(', ')}`,
          },
        ];
      const allowed = issue.values.map(String);
      const hint = typeof received === 'string' ? didYouMean(received, allowed) : undefined;
      return [
        {
          code: 'invalid-value',
          severity: 'error',
          path,
          message: `${describe(received)} is not allowed; expected one of: ${allowed.join(', ')}`,
          ...(hint === undefined ? {} : { hint }),
        },
      ];
    }
    case 'invalid_type':
      if (received === undefined) {
        return [
          {
            code: 'missing-field',
            severity: 'error',
            path,
            message: `required ${issue.expected} is missing`,
          },
        ];
      }
      return [
        {
          code: 'invalid-type',
          severity: 'error',
          path,
          message: `expected ${issue.expected}, got ${describe(received)}`,
        },
      ];
    case 'invalid_union':
      return convertUnion(issue, path, input, schema);
    default:
      return [
        {
          code: 'invalid-value',
          severity: 'error',
          path,
          message: `${issue.message}${received === undefined ? '' : ` (got ${describe(received)})`}`,
        },
      ];
  }
}

/**
 * For shorthand unions (`protocol: ble` or `protocol: {name: ble}`) the useful branch is the one whose
 * type matched the input; report its issues, not "invalid input".
 */
function convertUnion(
  issue: z.core.$ZodIssueInvalidUnion,
  path: IssuePath,
  input: unknown,
  schema: z.ZodType,
): Issue[] {
  // A branch whose type does not fit the input fails at its own root: a wrong type, or (zod reports
  // enums this way) a list of allowed strings offered a mapping or a list.
  const received = valueAt(input, path);
  const structured = received !== null && typeof received === 'object';
  const branches = issue.errors.filter(
    (branch) =>
      !branch.some(
        (inner) =>
          inner.path.length === 0 &&
          (inner.code === 'invalid_type' || (inner.code === 'invalid_value' && structured)),
      ),
  );
  const chosen = branches[0];
  if (chosen !== undefined) {
    return chosen.flatMap((inner) =>
      convert(inner, [...path, ...(inner.path as IssuePath)], input, schema),
    );
  }
  const expected = issue.errors.flatMap((branch) =>
    branch
      .filter(
        (inner) =>
          inner.path.length === 0 &&
          (inner.code === 'invalid_type' || inner.code === 'invalid_value'),
      )
      .map((inner) =>
        inner.code === 'invalid_type' ? inner.expected : 'one of the allowed names',
      ),
  );
  return [
    {
      code: 'invalid-type',
      severity: 'error',
      path,
      message: `expected ${[...new Set(expected)].join(' or ')}, got ${describe(received)}`,
    },
  ];
}

function valueAt(input: unknown, path: IssuePath): unknown {
  let current = input;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return typeof value;
}

/** The keys an object schema allows at `path`, following arrays, optionals, unions and records. */
function objectKeysAt(schema: z.ZodType, path: IssuePath): string[] {
  let candidates: z.ZodType[] = [schema];
  for (const part of path) {
    candidates = candidates.flatMap((candidate) => step(unwrap(candidate), part));
  }
  return candidates
    .flatMap(expandUnion)
    .flatMap((candidate) => (candidate instanceof z.ZodObject ? Object.keys(candidate.shape) : []));
}

function step(schema: z.ZodType, part: string | number): z.ZodType[] {
  if (schema instanceof z.ZodObject && typeof part === 'string') {
    const child = (schema.shape as Record<string, z.ZodType | undefined>)[part];
    return child === undefined ? [] : [child];
  }
  if (schema instanceof z.ZodArray && typeof part === 'number')
    return [schema.element as z.ZodType];
  if (schema instanceof z.ZodRecord) return [schema.valueType as z.ZodType];
  if (schema instanceof z.ZodUnion)
    return (schema.options as z.ZodType[]).flatMap((option) => step(unwrap(option), part));
  return [];
}

function expandUnion(schema: z.ZodType): z.ZodType[] {
  const inner = unwrap(schema);
  return inner instanceof z.ZodUnion ? (inner.options as z.ZodType[]).map(unwrap) : [inner];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}
