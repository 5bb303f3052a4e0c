import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './base64.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('base64', () => {
  // RFC 4648 §10 test vectors.
  it.each`
    text        | encoded
    ${''}       | ${''}
    ${'f'}      | ${'Zg=='}
    ${'fo'}     | ${'Zm8='}
    ${'foo'}    | ${'Zm9v'}
    ${'foob'}   | ${'Zm9vYg=='}
    ${'fooba'}  | ${'Zm9vYmE='}
    ${'foobar'} | ${'Zm9vYmFy'}
  `('"$text" ↔ "$encoded" (RFC 4648 §10)', ({ text, encoded }) => {
    expect(toBase64(bytes(text))).toBe(encoded);
    expect(fromBase64(encoded)).toEqual(bytes(text));
  });

  it('round-trips every byte value like Node does', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);

    expect(toBase64(all)).toBe(Buffer.from(all).toString('base64'));
    expect(fromBase64(toBase64(all))).toEqual(all);
  });

  it.each(['Zg', 'Zg=', 'Zh==', 'Z g==', 'Zm9v\n', 'Zm-v', '====', 'Zm=v'])(
    'refuses non-canonical or invalid "%s"',
    (text) => {
      expect(fromBase64(text)).toBeUndefined();
    },
  );
});
