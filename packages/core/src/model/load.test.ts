import { describe, expect, it } from 'vitest';
import { loadModel, modelFromValue, type IncludeResolver } from './load.js';

const header = `medrisk: 1
device:
  name: Pump
  manufacturer: Acme
  intendedUse: Test
  serviceLifeYears: 10
`;

/** An include resolver over in-memory files; records what it was asked. */
const filesystem = (files: Record<string, string>) => {
  const asked: [string, string][] = [];
  const resolve: IncludeResolver = (fromFile, reference) => {
    asked.push([fromFile, reference]);
    const text = files[reference];
    return text === undefined
      ? { error: `${reference} does not exist` }
      : { file: reference, text };
  };
  return { resolve, asked };
};

const load = (text: string, files: Record<string, string> = {}, file = 'm.yaml') =>
  loadModel({ file, text }, { resolveInclude: filesystem(files).resolve });

describe('loadModel', () => {
  it('loads a model without includes', () => {
    const result = load(
      `${header}components:\n  - { id: pump, type: process, kind: medical-device }\n`,
    );

    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.ok && result.value.files).toEqual(['m.yaml']);
    expect(result.ok && result.value.components[0]?.location).toEqual({
      file: 'm.yaml',
      line: 8,
      column: 5,
    });
  });

  it('loads JSON, entry and included files alike', () => {
    const entry = JSON.stringify({
      medrisk: 1,
      include: ['parts.json'],
      device: { name: 'P', manufacturer: 'A', intendedUse: 'x', serviceLifeYears: 1 },
    });
    const parts = JSON.stringify({ components: [{ id: 'pump', type: 'process', kind: 'sensor' }] });

    const result = load(entry, { 'parts.json': parts }, 'm.json');

    expect(result.ok && result.value.components.map((c) => c.id)).toEqual(['pump']);
    expect(result.ok && result.value.files).toEqual(['m.json', 'parts.json']);
  });

  describe('includes', () => {
    const files = {
      'a.yaml':
        'include: [c.yaml]\ncomponents:\n  - { id: b-app, type: process, kind: mobile-app }\n',
      'b.yaml': 'components:\n  - { id: d-sensor, type: process, kind: sensor }\n',
      'c.yaml': 'components:\n  - { id: c-cloud, type: process, kind: cloud-service }\n',
    };
    const entry = `${header}include: [a.yaml, b.yaml]\ncomponents:\n  - { id: a-pump, type: process, kind: medical-device }\n`;

    it('merges included files in include order, depth first', () => {
      const result = load(entry, files);

      expect(result.issues).toEqual([]);
      expect(result.ok && result.value.files).toEqual(['m.yaml', 'a.yaml', 'c.yaml', 'b.yaml']);
      expect(result.ok && result.value.components.map((c) => [c.id, c.location?.file])).toEqual([
        ['a-pump', 'm.yaml'],
        ['b-app', 'a.yaml'],
        ['c-cloud', 'c.yaml'],
        ['d-sensor', 'b.yaml'],
      ]);
    });

    it('asks the resolver relative to the including file', () => {
      const fs = filesystem(files);

      loadModel({ file: 'm.yaml', text: entry }, { resolveInclude: fs.resolve });

      expect(fs.asked).toEqual([
        ['m.yaml', 'a.yaml'],
        ['a.yaml', 'c.yaml'],
        ['m.yaml', 'b.yaml'],
      ]);
    });

    it('numbers merged entries in include order (a duplicate names the first one)', () => {
      const result = load(
        `${header}include: [b.yaml]\ncomponents:\n  - { id: d-sensor, type: process, kind: sensor }\n`,
        files,
      );

      expect(result.ok).toBe(false);
      expect(result.issues).toEqual([
        expect.objectContaining({
          code: 'duplicate-id',
          path: ['components', 1, 'id'],
          message: 'id "d-sensor" is already used at components[0]',
          location: { file: 'b.yaml', line: 2, column: 11 },
        }),
      ]);
    });

    it('locates a reference problem in the included file that has it', () => {
      const result = load(
        `${header}include: [flows.yaml]\ncomponents:\n  - { id: pump, type: process, kind: sensor }\n  - { id: gateway, type: process, kind: gateway }\n`,
        {
          'flows.yaml':
            'dataFlows:\n  - { id: ok, source: pump, target: gateway }\n  - { id: bad, source: pump, target: gatewy }\n',
        },
      );

      expect(result.issues).toEqual([
        {
          code: 'unknown-reference',
          severity: 'error',
          path: ['dataFlows', 1, 'target'],
          message: 'unknown component "gatewy"',
          hint: 'did you mean "gateway"?',
          location: { file: 'flows.yaml', line: 3, column: 38 },
        },
      ]);
    });

    it('locates a schema problem in the included file, at the key for unknown keys', () => {
      const result = load(`${header}include: [parts.yaml]\n`, {
        'parts.yaml':
          'components:\n  - id: pump\n    type: process\n    kind: sensor\n    colour: red\n',
      });

      expect(result.issues).toEqual([
        expect.objectContaining({
          code: 'unknown-key',
          path: ['components', 0, 'colour'],
          location: { file: 'parts.yaml', line: 5, column: 5 },
        }),
      ]);
    });

    it.each`
      case                                | entryIncludes | files                                                                                   | message                                                          | file        | line
      ${'a file including itself'}        | ${'m.yaml'}   | ${{ 'm.yaml': 'include: [m.yaml]\n' }}                                                  | ${'"m.yaml" includes itself: m.yaml → m.yaml'}                   | ${'m.yaml'} | ${7}
      ${'two files including each other'} | ${'a.yaml'}   | ${{ 'a.yaml': 'include: [b.yaml]\n', 'b.yaml': 'components: []\ninclude: [a.yaml]\n' }} | ${'"a.yaml" includes itself: m.yaml → a.yaml → b.yaml → a.yaml'} | ${'b.yaml'} | ${2}
    `(
      'reports an include cycle: $case',
      ({ entryIncludes, files: cycleFiles, message, file, line }) => {
        const result = load(`${header}include: [${String(entryIncludes)}]\n`, cycleFiles);

        expect(result.ok).toBe(false);
        expect(result.issues).toContainEqual(
          expect.objectContaining({
            code: 'include-cycle',
            severity: 'error',
            path: ['include', 0],
            message,
            location: expect.objectContaining({ file, line }),
          }),
        );
      },
    );

    it('allows the same file to be included twice when it is no cycle, then reports its duplicates', () => {
      const result = load(`${header}include: [b.yaml, b.yaml]\n`, files);

      expect(result.issues.map((i) => i.code)).toEqual(['duplicate-id']);
    });

    it('reports a missing include with the resolver’s reason, where it was written', () => {
      const result = load(`${header}include: [parts.yaml, nowhere.yaml]\n`, {
        'parts.yaml': 'components: []\n',
      });

      expect(result).toEqual({
        ok: false,
        issues: [
          {
            code: 'include-not-found',
            severity: 'error',
            path: ['include', 1],
            message: 'cannot include "nowhere.yaml": nowhere.yaml does not exist',
            location: { file: 'm.yaml', line: 7, column: 23 },
          },
        ],
      });
    });

    it.each`
      case                      | include         | path
      ${'a single file name'}   | ${'parts.yaml'} | ${['include']}
      ${'a number in the list'} | ${'[7]'}        | ${['include', 0]}
    `('leaves a malformed include list to the schema: $case', ({ include, path }) => {
      const fs = filesystem({ 'parts.yaml': 'components: []\n' });

      const result = loadModel(
        { file: 'm.yaml', text: `${header}include: ${String(include)}\n` },
        { resolveInclude: fs.resolve },
      );

      expect(fs.asked).toEqual([]);
      expect(result.issues).toEqual([expect.objectContaining({ code: 'invalid-type', path })]);
    });

    it('refuses includes when no resolver is given', () => {
      const result = loadModel({ file: 'm.yaml', text: `${header}include: [parts.yaml]\n` });

      expect(result.issues).toEqual([
        expect.objectContaining({
          code: 'include-not-found',
          message: 'cannot include "parts.yaml": includes are not supported here',
        }),
      ]);
    });

    it.each`
      key         | text                                              | line
      ${'device'} | ${'device:\n  name: Other\n'}                     | ${1}
      ${'risk'}   | ${'components: []\nrisk:\n  acceptable: [low]\n'} | ${2}
    `('refuses the entry-only key $key in an included file', ({ key, text, line }) => {
      const result = load(`${header}include: [parts.yaml]\n`, { 'parts.yaml': text });

      expect(result.issues).toEqual([
        {
          code: 'unknown-key',
          severity: 'error',
          path: [key],
          message: `"${String(key)}" can only be written in the entry file, not in an included one`,
          hint: expect.stringMatching(/^included files may contain: clinicalFunctions, /),
          location: { file: 'parts.yaml', line, column: 1 },
        },
      ]);
    });

    it('accepts medrisk and include in an included file', () => {
      const result = load(`${header}include: [parts.yaml]\n`, {
        'parts.yaml': 'medrisk: 1\ninclude: [more.yaml]\n',
        'more.yaml': 'components:\n  - { id: pump, type: process, kind: sensor }\n',
      });

      expect(result.issues).toEqual([]);
      expect(result.ok && result.value.files).toEqual(['m.yaml', 'parts.yaml', 'more.yaml']);
    });

    it('reports a treatment key written in two files, in the second file', () => {
      const result = load(
        `${header}include: [risk.yaml]\ntreatments:\n  r@pump: { strategy: accept }\n`,
        {
          'risk.yaml':
            'treatments:\n  other@pump: { strategy: accept }\n  r@pump: { strategy: eliminate }\n',
        },
      );

      expect(result.ok).toBe(false);
      expect(result.issues).toEqual([
        {
          code: 'duplicate-id',
          severity: 'error',
          path: ['treatments', 'r@pump'],
          message: 'treatment for "r@pump" is written twice',
          hint: 'first in m.yaml',
          location: { file: 'risk.yaml', line: 3, column: 3 },
        },
      ]);
    });

    it('names the first included file that wrote a treatment key', () => {
      const result = load(`${header}include: [a.yaml, b.yaml]\n`, {
        'a.yaml': 'treatments:\n  r@pump: { strategy: accept }\n',
        'b.yaml': 'treatments:\n  r@pump: { strategy: accept }\n',
      });

      expect(result.issues).toEqual([
        expect.objectContaining({
          hint: 'first in a.yaml',
          location: { file: 'b.yaml', line: 2, column: 3 },
        }),
      ]);
    });

    it('merges treatments from several files and locates each where it was written', () => {
      const result = load(
        `${header}include: [risk.yaml]\ntreatments:\n  a@pump: { strategy: accept }\n`,
        {
          'risk.yaml': 'treatments:\n  b@pump: { strategy: accept }\n',
        },
      );

      expect(result.ok && result.value.treatments.map((t) => [t.findingId, t.location])).toEqual([
        ['a@pump', { file: 'm.yaml', line: 9, column: 11 }],
        ['b@pump', { file: 'risk.yaml', line: 2, column: 11 }],
      ]);
    });

    it('reports a collection an included file writes with the wrong shape', () => {
      const result = load(
        `${header}include: [parts.yaml]\ncomponents:\n  - { id: gw, type: process, kind: gateway }\n`,
        { 'parts.yaml': 'components:\n  pump: { type: process, kind: sensor }\n' },
      );

      expect(result.ok).toBe(false);
      expect(result.issues).toContainEqual(
        expect.objectContaining({
          code: 'invalid-type',
          path: ['components'],
          location: expect.objectContaining({ file: 'parts.yaml' }),
        }),
      );
    });

    it('locates a wrong-shaped collection in the included file that wrote it', () => {
      const result = load(`${header}include: [parts.yaml]\n`, {
        'parts.yaml': 'components:\n  pump: { type: process, kind: sensor }\n',
      });

      expect(result.issues).toEqual([
        expect.objectContaining({
          code: 'invalid-type',
          path: ['components'],
          location: { file: 'parts.yaml', line: 2, column: 3 },
        }),
      ]);
    });

    it('reports a syntax error in an included file there', () => {
      const result = load(`${header}include: [parts.yaml]\n`, { 'parts.yaml': 'components: [\n' });

      expect(result.ok).toBe(false);
      expect(result.issues).toEqual([
        expect.objectContaining({
          code: 'yaml-syntax',
          location: expect.objectContaining({ file: 'parts.yaml' }),
        }),
      ]);
    });
  });

  it('reports schema and reference problems together, in one pass', () => {
    const text = `${header}components:
  - { id: pump, type: process, kind: sensor, colour: red }
  - { id: gateway, type: process, kind: gatway }
dataFlows:
  - { id: f, source: pump, target: gatewy }
`;

    const result = load(text);

    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path.join('.'), i.location?.line])).toEqual([
      ['unknown-key', 'components.0.colour', 8],
      ['invalid-value', 'components.1.kind', 9],
      ['unknown-reference', 'dataFlows.0.target', 11],
    ]);
  });

  it('does not report a reference problem where the schema already reported one', () => {
    const text = `${header}components:\n  - { id: pump, type: process, kind: sensor }\ndataFlows:\n  - { id: f, source: pump, target: 42 }\n`;

    const result = load(text);

    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'invalid-type', path: ['dataFlows', 0, 'target'] }),
    ]);
  });

  it('keeps the schema problems when the reference checks cannot read a malformed shape', () => {
    const text = `${header}components: { pump: 1 }\n`;

    const result = load(text);

    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'invalid-type',
        path: ['components'],
        location: { file: 'm.yaml', line: 7, column: 13 },
      }),
    ]);
  });

  it.each`
    case                     | text                 | message
    ${'a comment-only file'} | ${'# nothing yet\n'} | ${'a model file must be a mapping, got an empty document'}
    ${'a null document'}     | ${'~\n'}             | ${'a model file must be a mapping, got an empty document'}
    ${'a plain scalar'}      | ${'hello\n'}         | ${'a model file must be a mapping, got string'}
  `('refuses $case', ({ text, message }) => {
    const result = load(text);

    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid-type',
          severity: 'error',
          path: [],
          message,
          location: expect.objectContaining({ file: 'm.yaml' }),
        },
      ],
    });
  });

  it('refuses an empty file as an empty document', () => {
    const result = load('');

    expect(result.issues[0]?.message).toBe('a model file must be a mapping, got an empty document');
  });

  // Regression: collections are sorted by id after each entry is located by its written index.
  it('locates entries written out of id order where they were written', () => {
    const text = `${header}components:\n  - { id: z-pump, type: process, kind: sensor }\n  - { id: a-app, type: process, kind: mobile-app }\n`;

    const result = load(text);

    expect(result.ok && result.value.components.map((c) => [c.id, c.location?.line])).toEqual([
      ['a-app', 9],
      ['z-pump', 8],
    ]);
  });
});

describe('modelFromValue', () => {
  const value = {
    medrisk: 1,
    device: { name: 'P', manufacturer: 'A', intendedUse: 'x', serviceLifeYears: 1 },
    components: [{ id: 'pump', type: 'process', kind: 'sensor' }],
  };

  it('builds a model with no locations', () => {
    const result = modelFromValue(value);

    expect(result.ok && result.value.components[0]).not.toHaveProperty('location');
    expect(result.ok && result.value.files).toEqual(['<memory>']);
  });

  it('reports problems by path only', () => {
    const result = modelFromValue(
      { ...value, components: [{ type: 'process', kind: 'sensor' }] },
      'api',
    );

    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'missing-field',
          severity: 'error',
          path: ['components', 0, 'id'],
          message: 'required string is missing',
        },
      ],
    });
  });
});
