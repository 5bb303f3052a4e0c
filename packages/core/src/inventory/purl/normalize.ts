import type { Issue, IssueCode } from '../../common/issue.js';
import { PURL_TYPE_RULES, type PurlTypeRule } from './type-rules.js';
import type { Purl } from './types.js';

/** Components after splitting and decoding, before any validation or normalization. */
export interface RawPurl {
  readonly type: string;
  /** Decoded namespace segments, empty ones already dropped. */
  readonly namespace: readonly string[];
  readonly name: string;
  readonly version?: string;
  readonly qualifiers: readonly (readonly [string, string])[];
  readonly subpath: readonly string[];
}

const problem = (
  code: IssueCode,
  path: Issue['path'],
  message: string,
  severity: Issue['severity'] = 'error',
): Issue => ({ code, severity, path, message });

/**
 * Generic ECMA-427 rules, then the type's rules: case folding, namespace requirement, required
 * qualifiers, type-specific checks. `describe` names the purl in messages.
 */
export function normalizeRaw(
  raw: RawPurl,
  describe: string,
): { purl?: Purl; issues: readonly Issue[] } {
  const issues: Issue[] = [];
  const type = raw.type.toLowerCase();
  if (type === '') issues.push(problem('missing-field', ['type'], `${describe} has no type`));
  else if (!/^[a-z][a-z0-9.+-]*$/.test(type)) {
    issues.push(
      problem(
        'invalid-value',
        ['type'],
        `${describe}: type "${raw.type}" must start with a letter and contain only letters, digits, ".", "+" and "-"`,
      ),
    );
  }
  if (raw.name === '') issues.push(problem('missing-field', ['name'], `${describe} has no name`));
  const qualifiers = normalizeQualifiers(raw.qualifiers, describe, issues);
  if (issues.some((i) => i.severity === 'error')) return { issues };

  const rule: PurlTypeRule = PURL_TYPE_RULES[type] ?? { namespace: 'optional' };
  let namespace = raw.namespace;
  let name = raw.name;
  if (rule.namespaceSegments !== undefined && namespace.length > rule.namespaceSegments) {
    name = [...namespace.slice(rule.namespaceSegments), name].join('/');
    namespace = namespace.slice(0, rule.namespaceSegments);
  }
  const fold = (part: 'namespace' | 'name' | 'version', text: string) =>
    rule.lowercase?.includes(part) === true ? text.toLowerCase() : text;
  let purl: Purl = {
    type,
    ...(namespace.length > 0 && {
      namespace: namespace
        .map((s) => (rule.uppercaseNamespace === true ? s.toUpperCase() : fold('namespace', s)))
        .join('/'),
    }),
    name: fold('name', name),
    ...(raw.version !== undefined &&
      raw.version !== '' && { version: fold('version', raw.version) }),
    qualifiers,
    ...(raw.subpath.length > 0 && { subpath: raw.subpath.join('/') }),
  };
  if (rule.normalize) purl = rule.normalize(purl);
  checkTypeRule(purl, namespace.length, rule, describe, issues);
  return issues.some((i) => i.severity === 'error') ? { issues } : { purl, issues };
}

function normalizeQualifiers(
  pairs: RawPurl['qualifiers'],
  describe: string,
  issues: Issue[],
): Readonly<Record<string, string>> {
  const seen = new Map<string, string>();
  for (const [rawKey, value] of pairs) {
    const key = rawKey.toLowerCase();
    if (!/^[a-z][a-z0-9._-]*$/.test(key)) {
      issues.push(
        problem(
          'invalid-value',
          ['qualifiers', rawKey],
          `${describe}: qualifier key "${rawKey}" must start with a letter and contain only letters, digits, ".", "-" and "_"`,
        ),
      );
      continue;
    }
    // Keys are case-insensitive in ECMA-427; we accept and fold them, but say so.
    if (key !== rawKey) {
      issues.push(
        problem(
          'invalid-value',
          ['qualifiers', rawKey],
          `${describe}: qualifier key "${rawKey}" is not lowercase; read as "${key}"`,
          'warning',
        ),
      );
    }
    if (seen.has(key)) {
      issues.push(
        problem('duplicate-id', ['qualifiers', key], `${describe}: qualifier "${key}" is repeated`),
      );
    }
    if (value !== '') seen.set(key, value);
  }
  return Object.fromEntries([...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function checkTypeRule(
  purl: Purl,
  namespaceSegments: number,
  rule: PurlTypeRule,
  describe: string,
  issues: Issue[],
): void {
  if (rule.namespace === 'required' && purl.namespace === undefined) {
    issues.push(
      problem('missing-field', ['namespace'], `${describe}: a ${purl.type} purl needs a namespace`),
    );
  }
  if (rule.namespace === 'prohibited' && purl.namespace !== undefined) {
    issues.push(
      problem(
        'invalid-value',
        ['namespace'],
        `${describe}: a ${purl.type} purl has no namespace, but "${purl.namespace}" is given`,
      ),
    );
  }
  if (rule.maxNamespaceSegments !== undefined && namespaceSegments > rule.maxNamespaceSegments) {
    issues.push(
      problem(
        'invalid-value',
        ['namespace'],
        `${describe}: a ${purl.type} namespace has at most ${rule.maxNamespaceSegments} segments`,
      ),
    );
  }
  for (const key of rule.requiredQualifiers ?? []) {
    if (purl.qualifiers[key] === undefined) {
      issues.push(
        problem(
          'missing-field',
          ['qualifiers', key],
          `${describe}: a ${purl.type} purl needs the "${key}" qualifier`,
        ),
      );
    }
  }
  for (const found of rule.check?.(purl) ?? []) {
    issues.push(problem('invalid-value', [found.component], `${describe}: ${found.message}`));
  }
}
