/**
 * Rebuilds "path → offset" from js-yaml's parse events. Every node is composed between an `open` and
 * a `close` event, properly nested, so the events form the document tree: a mapping's children come
 * in key/value pairs, a sequence's children are its items.
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

/** Keys are paths joined with U+0000, the same form `SourceFile.locate` looks up. */
export function indexPositions(root: NodeFrame | undefined, text: string): Map<string, Position> {
  const positions = new Map<string, Position>();
  if (root === undefined) return positions;
  const visit = (outer: NodeFrame, key: string, keyOffset: number | undefined): void => {
    const frame = innermost(outer);
    const value = skipToContent(text, outer.start);
    positions.set(key, keyOffset === undefined ? { value } : { value, key: keyOffset });
    const prefix = key === '' ? '' : `${key}\u0000`;
    if (frame.kind === 'mapping') {
      for (let i = 0; i < frame.children.length; i += 2) {
        const keyFrame = frame.children[i];
        if (keyFrame === undefined) break;
        const valueFrame = frame.children[i + 1] ?? keyFrame;
        visit(
          valueFrame,
          `${prefix}${String(keyFrame.result)}`,
          skipToContent(text, keyFrame.start),
        );
      }
    } else if (frame.kind === 'sequence') {
      frame.children.forEach((child, index) => {
        visit(child, `${prefix}${String(index)}`, undefined);
      });
    }
  };
  visit(root, '', undefined);
  return positions;
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
