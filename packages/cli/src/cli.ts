// The version alone: importing the core's index here would load all of it before any command runs.
import { TOOL_VERSION } from '@medrisk/core/version';
import { cac } from 'cac';
import type { ExitCode } from './exit-codes.js';

type Action = (...args: never[]) => Promise<ExitCode> | ExitCode;

/**
 * The command table (changesets style): each command declares its options and an example, and
 * lazily imports its implementation so `medrisk --help` stays fast.
 */
export function buildCli(setResult: (pending: Promise<ExitCode>) => void) {
  const cli = cac('medrisk');
  const run =
    (load: () => Promise<Action>) =>
    (...args: never[]) => {
      setResult(load().then((action) => action(...args)));
    };

  cli
    .command('analyze <model>', 'Analyse a device model and report findings with patient-harm risk')
    .option(
      '--format <format>',
      'table (default on a terminal), json, markdown, html, sarif, csv; inferred from --out',
    )
    .option('--out <file>', 'Write the report to a file (atomically) instead of stdout')
    .option(
      '--fail-on <level>',
      'Exit 1 when an open finding is at or above: info, low, medium, high, critical (default: none)',
    )
    .option('--quiet', 'Print nothing but the report and errors')
    .option('--no-color', 'Disable colours (also NO_COLOR=1 or when output is not a terminal)')
    .option('--max-input-size <size>', 'Refuse model files larger than this (default 16mb)')
    .option(
      '--advisories <path>',
      "Check the model's SBOMs against these advisory files, folders or zips; repeatable (default: the local store, if any)",
    )
    .option(
      '--vex <file>',
      "VEX document for the model's SBOMs (besides boms of type vex); repeatable",
    )
    .option('--data-dir <dir>', 'Local advisory store (default ~/.medrisk/db, or MEDRISK_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL advisory store (or MEDRISK_DATABASE_URL)')
    .option(
      '--eol <path>',
      'endoflife.date release data (product .md, API or release-data .json files, or folders); repeatable (default: what db import stored, if any)',
    )
    .option(
      '--as-of <date>',
      'Judge support ends, lifecycle stage and deadlines as of this YYYY-MM-DD date (default: today, UTC)',
    )
    .example('medrisk analyze examples/home-insulin-pump/medrisk.yaml')
    .example('medrisk analyze medrisk.yaml --format html --out report.html')
    .example('medrisk analyze medrisk.yaml --format sarif --out medrisk.sarif --fail-on high')
    .example(
      'medrisk analyze medrisk.yaml --eol eol/ --as-of 2027-01-01 --format html --out report.html',
    )
    .action(run(async () => (await import('./commands/analyze.js')).runAnalyze));

  cli
    .command(
      'scan [...sboms]',
      'Match SBOMs against advisories; VEX-aware, nothing left silently unassessed',
    )
    .option(
      '--advisories <path>',
      'Advisory file, folder or zip (OSV, NVD 2.0, CVE 5, CSAF, KEV, EPSS); repeatable',
    )
    .option('--vex <file>', 'VEX document (CycloneDX, OpenVEX, CSAF VEX); repeatable')
    .option(
      '--format <format>',
      'table (default), json, sarif, cyclonedx (VEX/VDR), openvex; inferred from --out',
    )
    .option('--out <file>', 'Write the result to a file (atomically) instead of stdout')
    .option(
      '--fail-on <level>',
      'Exit 1 when a finding gates: none (default), any, kev, a CVSS severity (low … critical; no CVSS counts as gating) or a priority (scheduled, out-of-cycle, immediate)',
    )
    .option(
      '--data-dir <dir>',
      'Without --advisories: the local store (default ~/.medrisk/db, or MEDRISK_DATA_DIR)',
    )
    .option(
      '--database-url <url>',
      'Without --advisories: a PostgreSQL store (or MEDRISK_DATABASE_URL)',
    )
    .option('--quiet', 'Print nothing but the result and errors')
    .option('--no-color', 'Disable colours (also NO_COLOR=1 or when output is not a terminal)')
    .option('--max-input-size <size>', 'Refuse SBOM files larger than this (default 100mb)')
    .example(
      'medrisk scan bom.cdx.json --advisories osv/npm.zip --advisories known_exploited_vulnerabilities.json',
    )
    .example(
      'medrisk scan bom.spdx.json --advisories advisories/ --vex vendor.openvex.json --format json --out scan.json',
    )
    .example(
      'medrisk scan firmware.cdx.xml --advisories nvd/ --format sarif --out scan.sarif --fail-on kev',
    )
    .action(run(async () => (await import('./commands/scan.js')).runScan));

  cli
    .command(
      'db [action] [...paths]',
      'The local advisory store (advisories, KEV, EPSS, endoflife.date data): db import PATH... | db status | db update',
    )
    .option(
      '--data-dir <dir>',
      'Embedded database directory (default ~/.medrisk/db, or MEDRISK_DATA_DIR)',
    )
    .option('--database-url <url>', 'Use PostgreSQL instead (or MEDRISK_DATABASE_URL)')
    .option('--format <format>', 'text (default) or json')
    .option('--force', 'import: import again even if the same files were imported before')
    .option(
      '--osv <ecosystem>',
      'update: an osv.dev ecosystem to download (npm, PyPI, Debian …); repeatable',
    )
    .option('--kev', 'update: the CISA KEV catalog')
    .option('--epss', 'update: the FIRST EPSS scores')
    .option('--nvd', 'update: the NVD CVE API 2.0 (slow without --nvd-api-key)')
    .option('--nvd-api-key <key>', 'update: NVD API key')
    .option(
      '--osv-url <url>',
      'update: mirror of the osv.dev bucket (default https://osv-vulnerabilities.storage.googleapis.com)',
    )
    .option('--kev-url <url>', 'update: mirror of the KEV feed')
    .option('--epss-url <url>', 'update: mirror of the EPSS feed')
    .option('--nvd-url <url>', 'update: mirror of the NVD API')
    .option('--quiet', 'Print nothing but the result and errors')
    .example('medrisk db import advisories/ osv-npm.zip known_exploited_vulnerabilities.json')
    .example('medrisk db import ../endoflife-date/products/   (endoflife.date release data)')
    .example('medrisk db update --osv npm --osv PyPI --kev --epss')
    .example('medrisk db status --format json')
    .example('MEDRISK_DATABASE_URL=postgresql://medrisk@db/medrisk medrisk db status')
    .action(run(async () => (await import('./commands/db.js')).runDb));

  cli
    .command('validate <model>', 'Check a model (and its includes) without analysing it')
    .option('--format <format>', 'text (default) or json')
    .option('--no-color', 'Disable colours')
    .option('--max-input-size <size>', 'Refuse model files larger than this (default 16mb)')
    .example('medrisk validate medrisk.yaml')
    .example('medrisk validate medrisk.yaml --format json')
    .action(run(async () => (await import('./commands/validate.js')).runValidate));

  cli
    .command('init [directory]', 'Create a starter medrisk.yaml from a template')
    .option('--template <name>', 'home-device (default), hospital-device, implant, cloud-samd')
    .option('--list', 'List the templates')
    .option('--force', 'Overwrite an existing medrisk.yaml')
    .example('medrisk init --template implant')
    .example('medrisk init my-device --template hospital-device')
    .action(run(async () => (await import('./commands/init.js')).runInit));

  cli
    .command(
      'rules [action] [id]',
      'List the threat rules, or explain one: rules list | rules explain <id>',
    )
    .option('--format <format>', 'text (default) or json')
    .option('--category <category>', 'Only rules of this category (with list)')
    .option('--no-color', 'Disable colours')
    .example('medrisk rules list --category software-update')
    .example('medrisk rules explain crc-as-security-integrity')
    .action(run(async () => (await import('./commands/rules.js')).runRules));

  cli
    .command('schema', 'Print the JSON Schema of the model format (for editor completion)')
    .option('--out <file>', 'Write it to a file')
    .example('medrisk schema --out medrisk.schema.json')
    .action(run(async () => (await import('./commands/schema.js')).runSchema));

  cli
    .command(
      'raci <model>',
      'Shared-responsibility (RACI) matrix: controls, mitigations, transfers and duties × stakeholders, with contract clauses',
    )
    .option('--format <format>', 'table (default), csv, json, markdown; inferred from --out')
    .option('--out <file>', 'Write it to a file (atomically) instead of stdout')
    .option('--quiet', 'Print nothing but the matrix and errors')
    .option('--max-input-size <size>', 'Refuse model files larger than this (default 16mb)')
    .example('medrisk raci examples/hospital-infusion-fleet/medrisk.yaml')
    .example('medrisk raci medrisk.yaml --out raci.csv')
    .example('medrisk raci medrisk.yaml --format json')
    .example('medrisk raci medrisk.yaml --out raci.md   (Markdown, as in the analysis report)')
    .action(run(async () => (await import('./commands/raci.js')).runRaci));

  cli
    .command(
      'pqc <model>',
      'Post-quantum readiness: crypto inventory, NIST IR 8547 deadlines, Mosca, feasibility, crypto-agility and a migration plan',
    )
    .option('--format <format>', 'markdown (default), json, html; inferred from --out')
    .option('--out <file>', 'Write it to a file (atomically) instead of stdout')
    .option('--as-of <date>', 'Count years from this date, YYYY-MM-DD (default: today)')
    .option(
      '--years-to-crqc <years>',
      "Years from --as-of to a cryptographically relevant quantum computer (Mosca's Z; default: risk.quantum.crqcYear, else 2039 — see docs/pqc.md)",
    )
    .option('--quiet', 'Print nothing but the result and errors')
    .option('--max-input-size <size>', 'Refuse model and BOM files larger than this (default 16mb)')
    .example('medrisk pqc examples/implantable-cardiac-device/medrisk.yaml')
    .example('medrisk pqc medrisk.yaml --format html --out pqc.html   (with the timeline chart)')
    .example('medrisk pqc medrisk.yaml --format json --years-to-crqc 10 --as-of 2026-01-01')
    .action(run(async () => (await import('./commands/pqc.js')).runPqc));

  cli
    .command(
      'cvss [...vectors]',
      'Validate, score and explain CVSS v2.0, v3.0, v3.1 and v4.0 vectors (- reads one per line from stdin)',
    )
    .option(
      '--format <format>',
      'text (default: every metric explained) or json (JSON Lines: one object per vector; temporalScore/environmentalScore are null when the vector defines no metric of that group)',
    )
    .option('--no-color', 'Disable colours')
    .example("medrisk cvss 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'")
    .example("medrisk cvss 'CVSS:4.0/AV:A/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSI:S'")
    .example("medrisk cvss '(AV:N/AC:L/Au:N/C:P/I:P/A:P)' --format json")
    .example('medrisk cvss - --format json < vectors.txt   (blank lines and # comments skipped)')
    .action(run(async () => (await import('./commands/cvss.js')).runCvss));

  cli
    .command('ssvc', 'Prioritize a vulnerability with an SSVC decision table (CERT/CC, CISA)')
    .option(
      '--table <table>',
      'deployer (default), supplier, coordinator-triage, coordinator-publish, cisa, bod-26-04 (or a sub-table: human-impact, public-safety-impact, utility, mission-well-being)',
    )
    .option('--answers <file>', 'YAML or JSON answers; on a terminal, what is missing is asked')
    .option('--format <format>', 'text (default) or json')
    .option('--no-color', 'Disable colours')
    .example(
      'medrisk ssvc                                   (asks each decision point on a terminal)',
    )
    .example('medrisk ssvc --table supplier --answers ssvc.yaml --format json')
    .example(
      'medrisk ssvc --answers ssvc.yaml   (ssvc.yaml: {table: deployer, answers: {exploitation: active, systemExposure: controlled, automatable: no, safetyImpact: critical, missionImpact: mef-failure}})',
    )
    .action(run(async () => (await import('./commands/ssvc.js')).runSsvc));

  cli
    .command(
      'rubric',
      'Derive a CVSS v3.1 base vector with the MITRE medical-device rubric (rubric-derived, unverified)',
    )
    .option(
      '--answers <file>',
      'YAML or JSON answers, e.g. {answers: {XAVN: yes, XAVT: no}}; on a terminal, what is missing is asked',
    )
    .option('--format <format>', 'text (default) or json')
    .option('--no-color', 'Disable colours')
    .example('medrisk rubric                                 (asks each question on a terminal)')
    .example('medrisk rubric --answers rubric.yaml --format json')
    .action(run(async () => (await import('./commands/rubric.js')).runRubricCommand));

  cli
    .command(
      'keygen',
      'Create a hybrid Ed25519 + ML-DSA-65 signing key pair (DIR/medrisk.key, DIR/medrisk.pub)',
    )
    .option('--out <dir>', 'Directory for medrisk.key (mode 600) and medrisk.pub')
    .option('--force', 'Replace an existing key pair')
    .example('medrisk keygen --out ~/.medrisk/keys')
    .action(run(async () => (await import('./commands/keygen.js')).runKeygen));

  cli
    .command('sign <file>', 'Sign a file (a report, an SBOM …) with a detached hybrid signature')
    .option('--key <file>', 'Secret key file (DIR/medrisk.key)')
    .option('--out <file>', 'Signature file (default FILE.sig)')
    .example('medrisk sign report.json --key ~/.medrisk/keys/medrisk.key --out report.json.sig')
    .action(run(async () => (await import('./commands/sign.js')).runSign));

  cli
    .command(
      'verify <file>',
      'Verify a detached signature: exit 0 only when every algorithm (Ed25519 and ML-DSA-65) verifies, 1 when not',
    )
    .option('--signature <file>', 'Signature file (default FILE.sig)')
    .option('--key <file>', 'Public key file (DIR/medrisk.pub)')
    .option('--format <format>', 'text (default) or json')
    .option('--no-color', 'Disable colours')
    .example('medrisk verify report.json --signature report.json.sig --key medrisk.pub')
    .action(run(async () => (await import('./commands/verify.js')).runVerify));

  cli
    .command(
      'verify-model <file>',
      "Check a model file's digests against its ML-BOM: exit 0 when they match, 1 when not",
    )
    .option('--mlbom <file>', 'CycloneDX ML-BOM listing the model with its hashes')
    .option('--model-ref <ref>', 'bom-ref or name of the model, when the ML-BOM lists several')
    .option('--format <format>', 'text (default) or json')
    .option('--no-color', 'Disable colours')
    .example(
      'medrisk verify-model ich-2024.2.onnx --mlbom mlbom/ich-model.cdx.json --model-ref ich-2024.2',
    )
    .example(
      'medrisk verify-model model.safetensors --mlbom ml-bom.json --model-ref triage-v3 --format json',
    )
    .action(run(async () => (await import('./commands/verify-model.js')).runVerifyModel));

  cli.help((sections) => [
    ...sections,
    {
      title: 'Exit codes',
      body: '  0  success\n  1  open findings at or above --fail-on; verify, verify-model: signature or digest does not match\n  2  invalid input or usage (bad model, missing file, unknown option)\n  3  internal error (a bug; DEBUG=1 prints the stack trace)',
    },
    {
      title: 'Documentation',
      body: '  README.md, docs/model-format.md (the model), docs/rules.md (every rule), docs/output-format.md (JSON)',
    },
  ]);
  cli.version(TOOL_VERSION);
  return cli;
}
