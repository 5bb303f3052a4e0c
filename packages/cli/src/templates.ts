import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Starter models shipped with the CLI; each is a valid model a user edits into their own. */
export interface Template {
  readonly name: string;
  /** First comment line of the file. */
  readonly description: string;
  readonly text: string;
}

const folder = fileURLToPath(new URL('../templates/', import.meta.url));

export function listTemplates(): Template[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const text = readFileSync(`${folder}${file}`, 'utf8');
      const description = /^#\s*(.+)$/m.exec(text)?.[1] ?? '';
      return { name: file.slice(0, -'.yaml'.length), description, text };
    });
}
