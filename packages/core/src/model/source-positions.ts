/**
 * Finds where a path of the parsed value was written, from js-yaml's parse events. Every node is
 * composed between an `open` and a `close` event, properly nested, so the events form the document
 * tree: a mapping's children come in key/value pairs, a sequence's children are its items. Lookups
 * walk that tree along the path on demand — a model is located a few thousand times, never for each
 * of its hundreds of thousands of nodes, so nothing is indexed up front.
 */
export interface NodeFrame {
  /** Parser offset when the node opened (may still be before spaces, a newline or a comment). */
  readonly start: number;
  readonly children: NodeFrame[];
  kind?: string;
  result?: unknown;
}

export interface Position {
  readonly value: number;
  readonly key?: number;
}

/** The deepest node on `path` that exists, with the offsets of its value and (for mapping values) key. */
export function findPosition(
  root: NodeFrame | undefined,
  text: string,
  path: readonly (string | number)[],
): { position: Position; depth: number } | undefined {
  if (root === undefined) return undefined;
  let frame = innermost(root);
  let position: Position = { value: skipToContent(text, root.start) };
  let depth = 0;
  for (const part of path) {
    if (frame.kind === 'mapping') {
      const pair = pairOf(frame, String(part));
      if (pair === undefined) break;
      position = {
        value: skipToContent(text, pair.value.start),
        key: skipToContent(text, pair.key.start),
      };
      frame = innermost(pair.value);
    } else if (frame.kind === 'sequence' && typeof part === 'number') {
      const item = frame.children[part];
      if (item === undefined) break;
      position = { value: skipToContent(text, item.start) };
      frame = innermost(item);
    } else break;
    depth++;
  }
  return { position, depth };
}

function pairOf(mapping: NodeFrame, key: string): { key: NodeFrame; value: NodeFrame } | undefined {
  for (let i = 0; i < mapping.children.length; i += 2) {
    const keyFrame = mapping.children[i];
    if (keyFrame !== undefined && String(keyFrame.result) === key)
      return { key: keyFrame, value: mapping.children[i + 1] ?? keyFrame };
  }
  return undefined;
}

/**
 * js-yaml tries to read a node as the first key of a block mapping and, when no `:` follows, keeps it
 * as the node itself: the event tree then wraps the node in a frame with one child holding the same
 * value. The content lives in the innermost such frame.
 */
function innermost(frame: NodeFrame): NodeFrame {
  let current = frame;
  for (
    let only = current.children[0];
    current.children.length === 1 && only !== undefined && only.result === current.result;
    only = current.children[0]
  ) {
    current = only;
  }
  return current;
}

/** Skips white space, line breaks and comments to the first character of the node itself. */
function skipToContent(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else if (c === 0x23) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end + 1;
    } else break;
  }
  return i;
}
