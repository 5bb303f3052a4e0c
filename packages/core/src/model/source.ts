import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Issue, IssuePath, SourceLocation } from '../common/issue.js';

/** One input file, parsed, with a way back from a path in its value to where it was written. */
export interface SourceFile {
  readonly file: string;
  readonly value: unknown;
  /** Where the value at `path` starts; `key: true` asks for the mapping key instead. */
  locate(path: IssuePath, options?: { key?: boolean }): SourceLocation | undefined;
}

/** Same guard as the yaml library's default; stated here because it is a security property. */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses YAML (and JSON, a subset of YAML 1.2) keeping positions. Duplicate keys are errors, because
 * a silently overwritten `target:` would analyse a different device than the one written.
 */
export function parseSource(file: string, text: string): { source?: SourceFile; issues: Issue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  const code = file.toLowerCase().endsWith('.json') ? 'json-syntax' : 'yaml-syntax';
  const at = (offset: number): SourceLocation => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    const issues = doc.errors.map<Issue>((error) => ({
      code,
      severity: 'error',
      path: [],
      message: firstLine(error.message),
      location: at(error.pos[0]),
    }));
    return { issues };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const issue: Issue = {
      code: 'alias-limit',
      severity: 'error',
      path: [],
      message: `refused: ${firstLine(error instanceof Error ? error.message : String(error))}`,
      hint: 'YAML aliases expand to more than the allowed size; write the values out instead',
      location: { file, line: 1, column: 1 },
    };
    return { issues: [issue] };
  }
  const positions = indexPositions(doc.contents);
  const locate = (path: IssuePath, options?: { key?: boolean }): SourceLocation | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const entry = positions.get(pathKey(path.slice(0, depth)));
      if (entry === undefined) continue;
      const offset =
        options?.key === true && depth === path.length ? (entry.key ?? entry.value) : entry.value;
      return at(offset);
    }
    return undefined;
  };
  return { source: { file, value, locate }, issues: [] };
}

interface Position {
  readonly value: number;
  readonly key?: number;
}

function indexPositions(root: Node | null): Map<string, Position> {
  const positions = new Map<string, Position>();
  const visit = (node: unknown, path: (string | number)[], keyOffset?: number): void => {
    if (node === null || typeof node !== 'object' || isAlias(node)) return;
    const range = (node as Node).range;
    if (range !== undefined && range !== null) {
      positions.set(
        pathKey(path),
        keyOffset === undefined ? { value: range[0] } : { value: range[0], key: keyOffset },
      );
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyStart = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        const child = [...path, key];
        if (pair.value === null && keyStart !== undefined)
          positions.set(pathKey(child), { value: keyStart, key: keyStart });
        visit(pair.value, child, keyStart);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        visit(item, [...path, index]);
      });
    }
  };
  visit(root, []);
  return positions;
}

function pathKey(path: IssuePath): string {
  return path.join('\u0000');
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}
