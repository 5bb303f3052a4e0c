import type { Issue, IssuePath, SourceLocation } from '../../common/issue.js';
import { indexContainers, pathKey } from './json-positions.js';
import { locator, stripByteOrderMark } from './text-location.js';

/** A parsed JSON document that can say where (approximately) a path was written. */
export interface JsonDocument {
  readonly value: unknown;
  /** Line and column of the nearest recorded object at or above `path`. */
  readonly locate: (path: IssuePath) => SourceLocation | undefined;
}

/**
 * `JSON.parse` with a located syntax issue (truncated and malformed SBOMs are common: a tool killed
 * mid-write, a trailing comma in a hand-edited file). `arrayKeys` names the arrays whose items get
 * positions (see `indexContainers`).
 */
export function parseJsonDocument(
  rawText: string,
  file: string,
  arrayKeys: readonly string[],
): { ok: true; document: JsonDocument } | { ok: false; issues: Issue[] } {
  const text = stripByteOrderMark(rawText);
  const at = locator(file, text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [jsonSyntaxIssue(error, text, at)] };
  }
  let index: Map<string, number> | undefined;
  const locate = (path: IssuePath): SourceLocation | undefined => {
    index ??= indexContainers(text, new Set(arrayKeys));
    for (let length = path.length; length >= 0; length--) {
      const offset = index.get(pathKey(path.slice(0, length)));
      if (offset !== undefined) return at(offset);
    }
    // A root that is not a container (`null`, `42`) still has a place: where the value starts.
    return path.length === 0 ? at(text.length - text.trimStart().length) : undefined;
  };
  return { ok: true, document: { value, locate } };
}

function jsonSyntaxIssue(error: unknown, text: string, at: (o: number) => SourceLocation): Issue {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message)?.[1];
  const blank = text.trim() === '';
  // "Unexpected end of JSON input" has no position: the problem is at the end (truncation).
  const offset = position === undefined ? (blank ? 0 : text.length) : Number(position);
  const truncated = offset >= text.trimEnd().length;
  const reason = message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');
  const hint = blank
    ? 'an SBOM file must contain a JSON document'
    : truncated
      ? 'the document ends early; the file may be truncated'
      : undefined;
  return {
    code: 'json-syntax',
    severity: 'error',
    path: [],
    message: blank ? 'the file is empty' : `not valid JSON: ${reason}`,
    ...(hint === undefined ? {} : { hint }),
    location: at(offset),
  };
}
