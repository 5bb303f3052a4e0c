import { EXIT, type ExitCode } from './exit-codes.js';
import { ExitError } from './errors.js';
import { buildCli } from './cli.js';

/**
 * The only place that catches: expected endings (ExitError, usage errors) print a message and map to
 * their exit code; anything else is a bug, printed as such with the stack hidden unless DEBUG is set.
 */
export async function main(argv: readonly string[]): Promise<ExitCode> {
  let pending: Promise<ExitCode> | undefined;
  try {
    const cli = buildCli((p) => {
      pending = p;
    });
    const parsed = cli.parse([...argv], { run: false });
    if (parsed.options.help === true || parsed.options.version === true) return EXIT.ok; // already printed
    if (cli.matchedCommand === undefined) {
      if (cli.args.length > 0)
        throw new ExitError(
          EXIT.badInput,
          `unknown command "${String(cli.args[0])}"; run medrisk --help`,
        );
      cli.outputHelp();
      return EXIT.badInput;
    }
    await cli.runMatchedCommand();
    return pending === undefined ? EXIT.ok : await pending;
  } catch (error) {
    return report(error);
  }
}

function report(error: unknown): ExitCode {
  if (error instanceof ExitError) {
    process.stderr.write(`medrisk: ${error.message}\n`);
    for (const line of error.details) process.stderr.write(`  ${line}\n`);
    return error.code;
  }
  if (error instanceof Error && error.name === 'CACError') {
    process.stderr.write(`medrisk: ${error.message}; run medrisk --help\n`);
    return EXIT.badInput;
  }
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `medrisk: internal error: ${detail}\nThis is a bug in medrisk; please report it to the maintainers with the command you ran (set DEBUG=1 for a stack trace).\n`,
  );
  if (process.env.DEBUG !== undefined && error instanceof Error && error.stack !== undefined)
    process.stderr.write(`${error.stack}\n`);
  return EXIT.internal;
}
