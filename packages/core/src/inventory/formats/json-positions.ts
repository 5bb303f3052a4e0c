import type { IssuePath } from '../../common/issue.js';

/**
 * Offsets of the objects and arrays that issues and components point at, found in one pass over
 * JSON text that `JSON.parse` has already accepted. Recorded: every container up to depth 2 (so
 * `metadata` or `creationInfo` problems get a line) and every object inside an array named in
 * `arrayKeys` at any depth (`components`, `packages`, `@graph` …). A full position map would cost
 * memory proportional to the document; SBOM issues only ever need these.
 */
export function indexContainers(text: string, arrayKeys: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  const path: (string | number)[] = [];
  const tracked: boolean[] = []; // per open container: is it an array whose items we record?
  const isArray: boolean[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      // `{` or `[` starts a container value.
      const inTracked = tracked[tracked.length - 1] === true;
      if ((c === 0x7b && inTracked) || path.length <= 2) found.set(pathKey(path), i);
      const key = path[path.length - 1];
      tracked.push(c === 0x5b && typeof key === 'string' && arrayKeys.has(key));
      isArray.push(c === 0x5b);
      path.push(c === 0x5b ? 0 : '');
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      tracked.pop();
      isArray.pop();
      path.pop();
      i++;
    } else if (c === 0x2c) {
      if (isArray[isArray.length - 1] === true) path[path.length - 1] = Number(path.at(-1)) + 1;
      i++;
    } else if (c === 0x22) {
      const end = stringEnd(text, i);
      let j = end;
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 0x3a && isArray[isArray.length - 1] === false) {
        // A string followed by `:` inside an object is a key.
        const raw = text.slice(i, end);
        path[path.length - 1] = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        i = j + 1;
      } else i = end;
    } else i++;
  }
  return found;
}

/** The key `indexContainers` records a path under. */
export function pathKey(path: IssuePath): string {
  return path.join('\u0000');
}

/** Offset just past the closing quote of the string starting at `start`. */
function stringEnd(text: string, start: number): number {
  let k = start + 1;
  for (;;) {
    const quote = text.indexOf('"', k);
    if (quote === -1) return text.length;
    let backslashes = 0;
    for (let b = quote - 1; text.charCodeAt(b) === 0x5c; b--) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    k = quote + 1;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
