import { checkChromeExtension, checkCpan, normalizeMlflow, normalizePub } from './type-checks.js';
import type { Purl, TypeProblem } from './types.js';

/**
 * Per-type rules from the registered type definitions (purl-spec `types/*-definition.json`),
 * written out as data so a new type is one row. Case folding follows `case_sensitive: false`.
 */
export interface PurlTypeRule {
  readonly namespace: 'required' | 'optional' | 'prohibited';
  readonly lowercase?: readonly ('namespace' | 'name' | 'version')[];
  /** CPAN ids are uppercase. */
  readonly uppercaseNamespace?: boolean;
  readonly requiredQualifiers?: readonly string[];
  /** git: only the first path segment is the namespace (the host); the rest is the name. */
  readonly namespaceSegments?: number;
  readonly maxNamespaceSegments?: number;
  /** Rewriting after case folding (PyPI `_` → `-`, Databricks MLflow names). */
  readonly normalize?: (purl: Purl) => Purl;
  readonly check?: (purl: Purl) => readonly TypeProblem[];
}

const lowerNamespaceAndName = ['namespace', 'name'] as const;

/** Keyed by lowercase type; a type not listed here follows only the generic rules. */
export const PURL_TYPE_RULES: Readonly<Record<string, PurlTypeRule>> = {
  alpm: { namespace: 'required', lowercase: lowerNamespaceAndName },
  apk: { namespace: 'required', lowercase: lowerNamespaceAndName },
  bazel: { namespace: 'prohibited' },
  bitbucket: { namespace: 'required', lowercase: lowerNamespaceAndName },
  bitnami: { namespace: 'prohibited', lowercase: ['name'] },
  brew: { namespace: 'optional', lowercase: lowerNamespaceAndName },
  cargo: { namespace: 'prohibited' },
  'chrome-extension': { namespace: 'prohibited', lowercase: ['name'], check: checkChromeExtension },
  cocoapods: { namespace: 'prohibited' },
  composer: { namespace: 'required', lowercase: lowerNamespaceAndName },
  conan: { namespace: 'optional' },
  conda: { namespace: 'prohibited' },
  cpan: { namespace: 'optional', uppercaseNamespace: true, check: checkCpan },
  cran: { namespace: 'prohibited' },
  deb: { namespace: 'required', lowercase: lowerNamespaceAndName },
  docker: { namespace: 'optional' },
  gem: { namespace: 'prohibited' },
  generic: { namespace: 'optional' },
  git: { namespace: 'required', namespaceSegments: 1 },
  github: { namespace: 'required', lowercase: lowerNamespaceAndName },
  golang: { namespace: 'required' },
  hackage: { namespace: 'prohibited' },
  hex: { namespace: 'optional', lowercase: lowerNamespaceAndName },
  huggingface: { namespace: 'required', lowercase: ['version'] },
  julia: { namespace: 'prohibited', requiredQualifiers: ['uuid'] },
  luarocks: { namespace: 'optional', lowercase: lowerNamespaceAndName },
  maven: { namespace: 'required' },
  mlflow: { namespace: 'prohibited', normalize: normalizeMlflow },
  npm: { namespace: 'optional' },
  nuget: { namespace: 'prohibited' },
  oci: { namespace: 'prohibited', lowercase: ['name', 'version'] },
  opam: { namespace: 'prohibited' },
  otp: { namespace: 'prohibited', lowercase: ['name'] },
  pub: { namespace: 'prohibited', lowercase: ['name'], normalize: normalizePub },
  pypi: {
    namespace: 'prohibited',
    lowercase: ['name', 'version'],
    normalize: (purl) => ({ ...purl, name: purl.name.replace(/_/g, '-') }),
  },
  qpkg: { namespace: 'required', lowercase: ['namespace'] },
  rpm: { namespace: 'required', lowercase: ['namespace'] },
  swid: { namespace: 'optional', maxNamespaceSegments: 2, requiredQualifiers: ['tag_id'] },
  swift: { namespace: 'required' },
  vcpkg: { namespace: 'prohibited' },
  'vscode-extension': { namespace: 'required', lowercase: ['namespace', 'name', 'version'] },
  yocto: { namespace: 'optional', lowercase: ['namespace'] },
};
