import { describe, expect, it } from 'vitest';
import { formatVers, normalizeVers, parseVers } from './vers.js';

describe('parseVers (canonical input only)', () => {
  it.each`
    input                              | constraints
    ${'vers:npm/>=1.0.0|<2.0.0'}       | ${[['>=', '1.0.0'], ['<', '2.0.0']]}
    ${'vers:deb/>=1:1.0-1|<1:1.0-2'}   | ${[['>=', '1:1.0-1'], ['<', '1:1.0-2']]}
    ${'vers:npm/1.0.0|!=1.1.0|>2.0.0'} | ${[['=', '1.0.0'], ['!=', '1.1.0'], ['>', '2.0.0']]}
    ${'vers:rpm/1.0%7C2'}              | ${[['=', '1.0|2']]}
    ${'vers:unknownscheme/b|a'}        | ${[['=', 'b'], ['=', 'a']]}
  `('parses $input', ({ input, constraints }) => {
    const result = parseVers(input);

    expect(
      result.ok &&
        result.value.constraints !== '*' &&
        result.value.constraints.map((c) => [c.comparator, c.version]),
    ).toEqual(constraints);
  });

  it('parses the star', () => {
    expect(parseVers('vers:deb/*')).toEqual({
      ok: true,
      value: { scheme: 'deb', constraints: '*' },
      issues: [],
    });
  });

  it.each`
    input                                     | message
    ${'vers:npm/>=1.0.0| <2.0.0'}             | ${'whitespace'}
    ${'VERS:npm/1.0.0'}                       | ${'lower-case'}
    ${'vers:NPM/1.0.0'}                       | ${'lower-case'}
    ${'pkg:npm/1.0.0'}                        | ${'is not "vers:"'}
    ${'vers:npm'}                             | ${'not a vers range'}
    ${'vers:npm/'}                            | ${'no constraints'}
    ${'vers:npm/|1.0.0'}                      | ${'leading pipe'}
    ${'vers:npm/1.0.0|'}                      | ${'trailing pipe'}
    ${'vers:npm/1.0.0||2.0.0'}                | ${'consecutive pipes'}
    ${'vers:npm/*|1.0.0'}                     | ${'only constraint'}
    ${'vers:npm/=1.0.0'}                      | ${'implied'}
    ${'vers:npm/>='}                          | ${'has no version'}
    ${'vers:npm/2.0.0|1.0.0'}                 | ${'not sorted'}
    ${'vers:npm/1.0%2'}                       | ${'invalid percent-encoding'}
    ${'vers:npm/1.0%7c2'}                     | ${'not canonical'}
    ${'vers:datetime/2024-01-01t00:00:00Z'}   | ${'uppercase T and Z'}
    ${'vers:datetime/2024-01-01T00%3A00:00Z'} | ${'colons must be unencoded'}
  `('refuses $input ($message)', ({ input, message }: { input: string; message: string }) => {
    const result = parseVers(input);

    expect(result.ok).toBe(false);
    expect(result.issues[0]?.message).toContain(message);
  });

  it('parses versions the scheme cannot read, with a warning, without ordering them', () => {
    const result = parseVers('vers:npm/not-semver|1.0.0');

    expect(result.ok).toBe(true);
    expect(result.issues).toMatchObject([
      { severity: 'warning', message: '"not-semver" is not a valid npm version' },
    ]);
  });
});

describe('normalizeVers and formatVers', () => {
  it.each`
    input                                   | canonical
    ${'vers:deb/ >= 1.0-1 | < 2.0-1 '}      | ${'vers:deb/>=1.0-1|<2.0-1'}
    ${'VERS:Deb/<2.0|>=1.0'}                | ${'vers:deb/>=1.0|<2.0'}
    ${'vers:deb/||=1.0||'}                  | ${'vers:deb/1.0'}
    ${'vers:apk/1.0-r1|1.0_rc1|1.0'}        | ${'vers:apk/1.0_rc1|1.0|1.0-r1'}
    ${'vers:rpm/1.0~rc1|1.0^git1|1.0'}      | ${'vers:rpm/1.0~rc1|1.0|1.0^git1'}
    ${'vers:cran/%3E1.0'}                   | ${'vers:cran/%3E1.0'}
    ${'vers:generic/b|a'}                   | ${'vers:generic/b|a'}
    ${'vers:datetime/2024-01-01t00:00:00z'} | ${'vers:datetime/2024-01-01T00:00:00Z'}
    ${'vers:deb/ * '}                       | ${'vers:deb/*'}
  `('$input → $canonical', ({ input, canonical }) => {
    const result = normalizeVers(input);

    expect(result.ok && formatVers(result.value)).toBe(canonical);
  });

  it.each([
    'vers:deb/',
    'vers:deb/|||',
    'vers:deb/*|1.0',
    'npm/1.0',
    'vers:deb/1.0%ZZ',
    'vers:de b!/1.0',
  ])('refuses %s', (input) => {
    expect(normalizeVers(input).ok).toBe(false);
  });

  it('percent-encodes what would not parse back, and round-trips it', () => {
    const text = formatVers({
      scheme: 'generic',
      constraints: [{ comparator: '=', version: '<1|2% é' }],
    });

    expect(text).toBe('vers:generic/%3C1%7C2%25%20%C3%A9');
    expect(parseVers(text)).toMatchObject({
      ok: true,
      value: { constraints: [{ comparator: '=', version: '<1|2% é' }] },
    });
  });
});
