/**
 * Yields `JSON.stringify(value, null, 2)` in pieces, streaming the given arrays (found by identity
 * anywhere in the value) one element at a time. The text is identical to the one-shot form (a test
 * holds us to it); only the peak memory differs, which matters for reports with tens of thousands of
 * findings. The arrays are swapped for marker strings while the rest is stringified, then expanded.
 */
export function* streamJson(
  value: unknown,
  streamed: readonly (readonly unknown[])[],
): Generator<string> {
  const markers = new Map<unknown, number>(streamed.map((array, index) => [array, index]));
  const seen = { mark: false }; // set by the replacer callback
  const text = JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (typeof v === 'string' && v.includes(MARK)) seen.mark = true;
      return Array.isArray(v) && v.length > 0 && markers.has(v)
        ? `${MARK}${String(markers.get(v))}${MARK}`
        : v;
    },
    2,
  );
  // A NUL in the data could imitate a marker; such (odd) input is rendered in one piece instead.
  if (seen.mark) {
    yield `${JSON.stringify(value, null, 2)}\n`;
    return;
  }
  const pattern = new RegExp(`^( *)(.*)"\\\\u0000(\\d+)\\\\u0000"(,?)$`);
  let pending = '';
  for (const line of text.split('\n')) {
    // The includes() test first: the pattern is slow on long lines and most lines hold no marker.
    const match = line.includes('"\\u0000') ? pattern.exec(line) : null;
    if (match === null) {
      pending += `${line}\n`;
      if (pending.length > 1 << 16) {
        yield pending;
        pending = '';
      }
      continue;
    }
    const [, indent = '', prefix = '', index = '0', comma = ''] = match;
    const array = streamed[Number(index)] ?? [];
    yield `${pending}${indent}${prefix}[\n`;
    pending = '';
    const inner = `${indent}  `;
    for (const [i, element] of array.entries()) {
      yield `${inner}${JSON.stringify(element, null, 2).replaceAll('\n', `\n${inner}`)}${i < array.length - 1 ? ',' : ''}\n`;
    }
    pending = `${indent}]${comma}\n`;
  }
  yield pending;
}

const MARK = '\u0000';
