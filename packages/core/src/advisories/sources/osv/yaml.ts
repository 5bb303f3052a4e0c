import { FAILSAFE_SCHEMA, load, Type, YAMLException } from 'js-yaml';
import { report, type ConvertContext } from '../context.js';

/**
 * Every scalar stays a string except `null`, `true` and `false`: OSV values are strings, and the
 * YAML core schema would turn an unquoted version `1.10` into the number 1.1 (and a timestamp into
 * a Date), which would silently change what an advisory says.
 */
const OSV_YAML_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (data: string) => ['', '~', 'null', 'Null', 'NULL'].includes(data),
      construct: () => null,
    }),
    new Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (data: string) => /^(true|True|TRUE|false|False|FALSE)$/.test(data),
      construct: (data: string) => data.toLowerCase() === 'true',
    }),
  ],
});

/**
 * Parses OSV-as-YAML (the PyPA database's form). Aliases are shared objects, so a document whose
 * tree is larger than its text can only be an alias bomb; it is refused before anything walks it.
 */
export function parseOsvYaml(ctx: ConvertContext, text: string): unknown {
  let value: unknown;
  try {
    value = load(text, { schema: OSV_YAML_SCHEMA, filename: ctx.file });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    report(
      ctx,
      'error',
      'yaml-syntax',
      [],
      error.reason,
      undefined,
      error.mark.line + 1,
      error.mark.column + 1,
    );
    return undefined;
  }
  if (!fitsBudget(value, text.length + 1000)) {
    report(
      ctx,
      'error',
      'alias-limit',
      [],
      'YAML aliases expand this document far beyond its size; refused',
    );
    return undefined;
  }
  return value;
}

function fitsBudget(root: unknown, budget: number): boolean {
  let left = budget;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (--left < 0) return false;
    if (Array.isArray(node)) stack.push(...(node as unknown[]));
    else if (typeof node === 'object' && node !== null)
      stack.push(...(Object.values(node) as unknown[]));
  }
  return true;
}
