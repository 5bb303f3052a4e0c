import { readdirSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';

/** A file to read: where it is, how reports name it, and whether the user named it. */
export interface FoundFile {
  readonly absolute: string;
  readonly display: string;
  readonly explicit: boolean;
  /** Why the path cannot be read (it does not exist …); reported in its place in the load order. */
  readonly problem?: string;
}

/** Extensions advisory data comes in; other files in a directory (README, .asc, .sha512) are not read. */
const ADVISORY_NAME = /\.(json|ya?ml|csv)(\.gz)?$|\.zip$/i;

export function isAdvisoryName(name: string): boolean {
  return ADVISORY_NAME.test(name);
}

/** Paths inside the working directory are shown relative to it, others absolute. */
function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel)
    ? absolute
    : rel.split('\\').join('/');
}

/**
 * The files a path stands for: itself, or every advisory-named file (or `accept`ed name) under it (recursively,
 * sorted by name so loads are reproducible). Directories reached through symbolic links are not
 * followed (no cycles); a path or directory that cannot be read comes back with its `problem`.
 */
export function advisoryFilesIn(
  absolute: string,
  cwd: string,
  accept: (name: string) => boolean = isAdvisoryName,
): FoundFile[] {
  const display = displayPath(absolute, cwd);
  try {
    if (!statSync(absolute).isDirectory()) return [{ absolute, display, explicit: true }];
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message =
      code === 'ENOENT'
        ? `${display} does not exist`
        : `${display} cannot be read (${code ?? String(error)})`;
    return [{ absolute, display, explicit: true, problem: message }];
  }
  const out: FoundFile[] = [];
  const walk = (directory: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      const code = (error as { code?: string }).code ?? String(error);
      out.push({
        absolute: directory,
        display: displayPath(directory, cwd),
        explicit: true,
        problem: `${displayPath(directory, cwd)} cannot be read (${code})`,
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if ((entry.isFile() || entry.isSymbolicLink()) && accept(entry.name)) {
        out.push({ absolute: path, display: displayPath(path, cwd), explicit: false });
      }
    }
  };
  walk(absolute);
  return out;
}
