import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPurl, canonicalPurl, parsePurl, type Purl } from '../../src/inventory/purl/index.js';
import { hasSharedData, sharedData } from './shared-data.js';

/**
 * The purl-spec test suite (tests/spec, tests/types) and the legacy single-file suite. Every case
 * counts; the few the suite contradicts itself on are printed with the reason they fail.
 */
interface SuiteCase {
  readonly description: string;
  readonly test_type: 'parse' | 'build' | 'validate' | 'roundtrip';
  readonly input: string | Components;
  readonly expected_output?: string | Components | null;
  readonly expected_failure?: boolean;
}
interface Components {
  readonly type: string | null;
  readonly namespace: string | null;
  readonly name: string | null;
  readonly version: string | null;
  readonly qualifiers: Record<string, string> | null;
  readonly subpath: string | null;
}
interface LegacyCase extends Components {
  readonly description: string;
  readonly purl: string;
  readonly canonical_purl: string;
  readonly is_invalid: boolean;
}

const root = `${sharedData}purl/`;

/** Components as the suites write them: null for absent, qualifiers sorted. */
function comparable(c: Purl | Components): string {
  const qualifiers = Object.entries(c.qualifiers ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([
    c.type ?? null,
    c.namespace ?? null,
    c.name ?? null,
    c.version ?? null,
    qualifiers.length > 0 ? qualifiers : null,
    c.subpath ?? null,
  ]);
}

function passes(test: SuiteCase): boolean {
  const failing = test.expected_failure === true;
  if (test.test_type === 'build') {
    const built = buildPurl(test.input as Components);
    return failing ? !built.ok : built.ok && built.value === test.expected_output;
  }
  if (test.test_type === 'parse') {
    const parsed = parsePurl(test.input as string);
    if (failing) return !parsed.ok;
    return parsed.ok && comparable(parsed.value) === comparable(test.expected_output as Components);
  }
  const canonical = canonicalPurl(test.input as string);
  return failing ? !canonical.ok : canonical.ok && canonical.value === test.expected_output;
}

/** Legacy cases: the components must match and the canonical form must be the expected one. */
function legacyPasses(test: LegacyCase): boolean {
  const parsed = parsePurl(test.purl);
  if (test.is_invalid) return !parsed.ok;
  const canonical = canonicalPurl(test.purl);
  return (
    parsed.ok &&
    canonical.ok &&
    comparable(parsed.value) === comparable(test) &&
    canonical.value === test.canonical_purl
  );
}

/**
 * Cases the data contradicts: the current suite disagrees with itself, or the legacy file (deleted
 * upstream when tests/ replaced it) predates the current type definitions. Keyed by
 * `file|description|input`; each one must still fail, so the list cannot go stale.
 */
const CONTRADICTED: Readonly<Record<string, string>> = {
  'tests/types/gem-test.json|Ruby gems can use qualifiers|"pkg:gem/jruby-launcher@1.1.2?Platform=java"':
    'expects an uppercase qualifier key to fail, while the required maven parse test reads "repositorY_url" as "repository_url" (ECMA-427: keys are case-insensitive); we read it and warn',
  'tests/types/rpm-test.json|rpm often use qualifiers|"pkg:Rpm/fedora/curl@7.50.3-1.fc25?Arch=i386&Distro=fedora-25"':
    'same contradiction; the rpm validate test of this very input expects it to be read and lowercased',
  'tests/types/git-test.json|git namespace and name should be lowercased. Validate an input purl.|"pkg:git/github/Package-url/purl-Spec@244fd47e07d1004f0aed9c"':
    'git-definition.json says namespace and name are case_sensitive: true',
  'legacy|maven often uses qualifiers|pkg:Maven/org.apache.xmlgraphics/batik-anim@1.9.1?classifier=sources&repositorY_url=repo.spring.io/release':
    'legacy leaves "/" unencoded in qualifier values; the current maven build test expects repo.spring.io%2Frelease',
  'legacy|maven pom reference|pkg:Maven/org.apache.xmlgraphics/batik-anim@1.9.1?extension=pom&repositorY_url=repo.spring.io/release':
    'legacy "/" in qualifier values, as above',
  'legacy|Hugging Face model with staging endpoint|pkg:huggingface/microsoft/deberta-v3-base@559062ad13d311b87b2c455e67dcd5f1c8f65111?repository_url=https://hub-ci.huggingface.co':
    'legacy "/" in qualifier values; the current huggingface validate test of this input expects https:%2F%2Fhub-ci…',
  'legacy|MLflow model tracked in Azure Databricks (case insensitive)|pkg:mlflow/CreditFraud@3?repository_url=https://adb-5245952564735461.0.azuredatabricks.net/api/2.0/mlflow':
    'legacy "/" in qualifier values; the current mlflow validate test of this input expects %2F',
  'legacy|MLflow model tracked in Azure ML (case sensitive)|pkg:mlflow/CreditFraud@3?repository_url=https://westus2.api.azureml.ms/mlflow/v1.0/subscriptions/a50f2011-fab8-4164-af23-c62881ef8c95/resourceGroups/TestResourceGroup/providers/Microsoft.MachineLearningServices/workspaces/TestWorkspace':
    'legacy "/" in qualifier values, as above',
  'legacy|MLflow model with unique identifiers|pkg:mlflow/trafficsigns@10?model_uuid=36233173b22f4c89b451f1228d700d49&run_id=410a3121-2709-4f88-98dd-dba0ef056b0a&repository_url=https://adb-5245952564735461.0.azuredatabricks.net/api/2.0/mlflow':
    'legacy "/" in qualifier values, as above',
  'legacy|minimal Hugging Face model|pkg:huggingface/distilbert-base-uncased@043235d6088ecd3dd5fb5ca3592b6913fd516027':
    'huggingface-definition.json now requires the namespace (the current minimal test is distilbert/distilbert-base-uncased)',
  'legacy|invalid conan purl only namespace|pkg:conan/bincrafters/cctz@2.3':
    'conan-definition.json no longer ties the namespace to a channel qualifier (channel is optional)',
  'legacy|invalid conan purl only channel qualifier|pkg:conan/cctz@2.3?channel=stable':
    'conan-definition.json: channel is optional and independent of the namespace',
  'legacy|invalid cran purl without version|pkg:cran/A3':
    'cran-definition.json: the version is optional',
  'legacy|invalid swift purl without version|pkg:swift/github.com/Alamofire/Alamofire':
    'swift-definition.json: the version is optional',
  'legacy|cpan module name are case sensitive|pkg:cpan/URI::PackageURL@2.11':
    'cpan-definition.json: the name is the distribution and shall not contain "::"; the current suite rejects pkg:cpan/URI::PackageURL',
  'legacy|cpan module name like distribution name|pkg:cpan/Perl-Version@1.013':
    'cpan-definition.json: a distribution name with "-" is the valid form (current test pkg:cpan/URI-PackageURL)',
};

interface Tally {
  total: number;
  passed: number;
  readonly unexplained: string[];
  readonly contradicted: string[];
}

function count(tally: Tally, key: string, pass: boolean): boolean {
  tally.total += 1;
  if (pass) tally.passed += 1;
  else if (key in CONTRADICTED) tally.contradicted.push(`${key}\n      ${CONTRADICTED[key]}`);
  else tally.unexplained.push(key);
  return pass;
}

const rate = (t: Tally): string =>
  `${t.passed}/${t.total} (${((100 * t.passed) / t.total).toFixed(2)}%)`;

describe('purl-spec conformance', () => {
  it.runIf(hasSharedData('purl/tests', 'purl-spec conformance'))(
    'passes at least 99% of the current suite, and fails only cases the data contradicts',
    () => {
      const files = [
        ...readdirSync(`${root}tests/spec`).map((f) => `tests/spec/${f}`),
        ...readdirSync(`${root}tests/types`).map((f) => `tests/types/${f}`),
      ].sort();
      const current: Tally = { total: 0, passed: 0, unexplained: [], contradicted: [] };
      for (const file of files) {
        const { tests } = JSON.parse(readFileSync(`${root}${file}`, 'utf8')) as {
          tests: SuiteCase[];
        };
        const before = current.passed;
        for (const t of tests) {
          count(current, `${file}|${t.description}|${JSON.stringify(t.input)}`, passes(t));
        }
        console.log(`purl ${file}: ${current.passed - before}/${tests.length}`);
      }
      const legacy: Tally = { total: 0, passed: 0, unexplained: [], contradicted: [] };
      const legacyCases = JSON.parse(
        readFileSync(`${root}legacy/test-suite-data.json`, 'utf8'),
      ) as LegacyCase[];
      for (const t of legacyCases)
        count(legacy, `legacy|${t.description}|${t.purl}`, legacyPasses(t));
      const all: Tally = {
        total: current.total + legacy.total,
        passed: current.passed + legacy.passed,
        unexplained: [...current.unexplained, ...legacy.unexplained],
        contradicted: [...current.contradicted, ...legacy.contradicted],
      };
      console.log(
        [
          `purl legacy/test-suite-data.json: ${rate(legacy)}`,
          `purl current suite (tests/spec + tests/types): ${rate(current)}`,
          `purl overall, every case counted: ${rate(all)}`,
          `purl overall without the ${all.contradicted.length} contradicted cases: ${all.passed}/${all.total - all.contradicted.length}`,
          `  contradicted by the data:\n    ${all.contradicted.join('\n    ')}`,
          `  unexplained failures: ${all.unexplained.length === 0 ? 'none' : `\n    ${all.unexplained.join('\n    ')}`}`,
        ].join('\n'),
      );

      expect(current.passed / current.total).toBeGreaterThanOrEqual(0.99);
      expect(all.unexplained).toEqual([]);
      expect(all.contradicted).toHaveLength(Object.keys(CONTRADICTED).length);
    },
  );
});
