import { compareDigits } from '../digits.js';
import { parseOrThrow } from '../parse-or-throw.js';
import type { VersionScheme } from '../types.js';

/** A segment is a number (digit string) or a run of letters. */
interface Segment {
  readonly value: string;
  readonly numeric: boolean;
}

// Gem::Version::ANCHORED_VERSION_PATTERN without the surrounding whitespace it tolerates.
const GEM = /^[0-9]+(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/**
 * RubyGems: Gem::Version#<=>. A `-` means `.pre.`; the version splits into numbers and letter runs;
 * any letter makes it a prerelease, sorting before the release (`1.0.a < 1.0`). Trailing zeros are
 * dropped from the numeric part and from the part after the first letters (`canonical_segments`).
 */
export const rubygems = {
  id: 'rubygems',
  displayName: 'RubyGems',
  specUrl: 'https://guides.rubygems.org/patterns/#semantic-versioning',
  isValid(version: string): boolean {
    return GEM.test(version);
  },
  compare(a: string, b: string): number {
    return compareSegments(
      parseOrThrow('rubygems', parseGem, a),
      parseOrThrow('rubygems', parseGem, b),
    );
  },
} satisfies VersionScheme;

function parseGem(version: string): readonly Segment[] | undefined {
  if (!GEM.test(version)) return undefined;
  const segments = (version.replaceAll('-', '.pre.').match(/[0-9]+|[a-z]+/gi) ?? []).map(
    (value) => ({ value, numeric: /^[0-9]/.test(value) }),
  );
  const firstLetters = segments.findIndex((s) => !s.numeric);
  const split = firstLetters === -1 ? segments.length : firstLetters;
  return [
    ...dropTrailingZeros(segments.slice(0, split)),
    ...dropTrailingZeros(segments.slice(split)),
  ];
}

function dropTrailingZeros(segments: readonly Segment[]): Segment[] {
  let end = segments.length;
  while (
    end > 0 &&
    segments[end - 1]?.numeric === true &&
    /^0+$/.test(segments[end - 1]?.value ?? '')
  ) {
    end--;
  }
  return segments.slice(0, end);
}

// Missing segments count as 0; letters sort before numbers; letters compare bytewise (case matters).
function compareSegments(a: readonly Segment[], b: readonly Segment[]): number {
  const zero: Segment = { value: '0', numeric: true };
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? zero;
    const y = b[i] ?? zero;
    if (x.numeric && y.numeric) {
      const order = compareDigits(x.value, y.value);
      if (order !== 0) return order;
    } else if (x.numeric !== y.numeric) {
      return x.numeric ? 1 : -1;
    } else if (x.value !== y.value) {
      return x.value < y.value ? -1 : 1;
    }
  }
  return 0;
}
