import { CORE_SCHEMA, load, YAMLException, type State } from 'js-yaml';
import type { Issue, IssuePath, SourceLocation } from '../common/issue.js';
import { findPosition, type NodeFrame } from './source-positions.js';

/** One input file, parsed, with a way back from a path in its value to where it was written. */
export interface SourceFile {
  readonly file: string;
  readonly value: unknown;
  /** Where the value at `path` starts; `key: true` asks for the mapping key instead. */
  locate(path: IssuePath, options?: { key?: boolean }): SourceLocation | undefined;
}

/**
 * Aliases are not copied by the parser (they share one object), but everything downstream walks the
 * value as a tree, so a "billion laughs" document would explode there. We measure the expanded size
 * up front and refuse documents that expand past this many nodes (a 3,000-flow model has ~100,000).
 */
const MAX_EXPANDED_NODES = 2_000_000;

/**
 * Parses YAML 1.2 (core schema: no timestamps or YAML 1.1 booleans, so `2027-01-01` and `no` stay
 * strings) and JSON, keeping positions. js-yaml is used for speed (about ten times faster than a
 * full CST parser on large models); its parse events give every node's offset. Duplicate keys are
 * errors, because a silently overwritten `target:` would analyse a different device than the one
 * written.
 */
export function parseSource(file: string, text: string): { source?: SourceFile; issues: Issue[] } {
  const lines = lineStarts(text);
  const at = (offset: number): SourceLocation => toLocation(file, lines, offset);
  const isJson = file.toLowerCase().endsWith('.json');
  if (isJson) {
    const jsonIssue = checkJson(text, at);
    if (jsonIssue !== undefined) return { issues: [jsonIssue] };
  }
  const stack: NodeFrame[] = [{ start: 0, children: [] }];
  const listener = (event: string, state: State): void => {
    if (event === 'open') {
      stack.push({ start: state.position, children: [] });
      return;
    }
    const frame = stack.pop();
    if (frame === undefined) return;
    frame.kind = typeof state.kind === 'string' ? state.kind : undefined; // null for empty nodes
    frame.result = state.result;
    stack[stack.length - 1]?.children.push(frame);
  };
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA, json: false, listener, filename: file });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const offset = error.mark.position;
    return {
      issues: [
        {
          code: isJson ? 'json-syntax' : 'yaml-syntax',
          severity: 'error',
          path: [],
          message: error.reason,
          location: at(offset),
        },
      ],
    };
  }
  if (expandedSize(value) > MAX_EXPANDED_NODES) {
    const issue: Issue = {
      code: 'alias-limit',
      severity: 'error',
      path: [],
      message: `refused: YAML aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes`,
      hint: 'a document this large after alias expansion is a resource-exhaustion attack or a mistake; write the values out',
      location: at(0),
    };
    return { issues: [issue] };
  }
  const root = stack[0]?.children[0];
  const locate = (path: IssuePath, options?: { key?: boolean }): SourceLocation | undefined => {
    const found = findPosition(root, text, path);
    if (found === undefined) return undefined;
    const { position, depth } = found;
    return at(
      options?.key === true && depth === path.length
        ? (position.key ?? position.value)
        : position.value,
    );
  };
  return { source: { file, value, locate }, issues: [] };
}

/** JSON is checked strictly first: YAML would accept things JSON does not (comments, single quotes). */
function checkJson(text: string, at: (offset: number) => SourceLocation): Issue | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message)?.[1];
    const offset =
      position === undefined ? (text.trim() === '' ? 0 : text.length) : Number(position);
    return {
      code: 'json-syntax',
      severity: 'error',
      path: [],
      message: message.replace(/ in JSON at position \d+.*$/, ''),
      location: at(offset),
    };
  }
}

/** Nodes the value would have if every shared (aliased) object were copied; memoized, so linear. */
function expandedSize(root: unknown): number {
  const memo = new Map<object, number>();
  const size = (value: unknown, depth: number): number => {
    if (value === null || typeof value !== 'object' || depth > 1000) return 1;
    const known = memo.get(value);
    if (known !== undefined) return known;
    memo.set(value, Number.POSITIVE_INFINITY); // a cycle (possible with aliases) is infinite
    let total = 1;
    for (const child of Object.values(value)) {
      total += size(child, depth + 1);
      if (total > MAX_EXPANDED_NODES) break;
    }
    memo.set(value, total);
    return total;
  };
  return size(root, 0);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function toLocation(file: string, starts: readonly number[], offset: number): SourceLocation {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { file, line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}
