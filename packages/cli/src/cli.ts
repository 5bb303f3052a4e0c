import { TOOL_VERSION } from '@medrisk/core';
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
    .example('medrisk analyze examples/home-insulin-pump/medrisk.yaml')
    .example('medrisk analyze medrisk.yaml --format html --out report.html')
    .example('medrisk analyze medrisk.yaml --format sarif --out medrisk.sarif --fail-on high')
    .action(run(async () => (await import('./commands/analyze.js')).runAnalyze));

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

  cli.help((sections) => [
    ...sections,
    {
      title: 'Exit codes',
      body: '  0  success\n  1  open findings at or above --fail-on\n  2  invalid input or usage (bad model, missing file, unknown option)\n  3  internal error (a bug; DEBUG=1 prints the stack trace)',
    },
    {
      title: 'Documentation',
      body: '  README.md, docs/model-format.md (the model), docs/rules.md (every rule), docs/output-format.md (JSON)',
    },
  ]);
  cli.version(TOOL_VERSION);
  return cli;
}
