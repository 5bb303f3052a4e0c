import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { ExitError } from '../errors.js';
import { writeFileAtomic } from '../output.js';
import { listTemplates } from '../templates.js';

export interface InitFlags {
  readonly template?: string;
  readonly force?: boolean;
  readonly list?: boolean;
}

export const DEFAULT_TEMPLATE = 'home-device';

/** Writes a starter model; never overwrites an existing file unless asked to. */
export function runInit(directory: string | undefined, flags: InitFlags): ExitCode {
  const templates = listTemplates();
  if (flags.list === true) {
    for (const t of templates) process.stdout.write(`${t.name.padEnd(18)} ${t.description}\n`);
    return EXIT.ok;
  }
  const name = flags.template ?? DEFAULT_TEMPLATE;
  const template = templates.find((t) => t.name === name);
  if (template === undefined)
    throw new ExitError(
      EXIT.badInput,
      `unknown template "${name}"; available: ${templates.map((t) => t.name).join(', ')}`,
    );
  const target = join(directory ?? '.', 'medrisk.yaml');
  if (existsSync(target) && flags.force !== true)
    throw new ExitError(EXIT.badInput, `${target} already exists; use --force to overwrite it`);
  writeFileAtomic(target, template.text);
  process.stdout.write(
    `created ${target} from template "${template.name}"\nnext: medrisk validate ${target} && medrisk analyze ${target}\n`,
  );
  return EXIT.ok;
}
