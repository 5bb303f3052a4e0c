import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { medrisk, tempDir } from './run-cli.js';

const header = `medrisk: 1
device:
  name: Pump
  manufacturer: Acme
  intendedUse: Test
  serviceLifeYears: 10
`;

const valid = `${header}components:
  - { id: gateway, name: Gateway, type: process, kind: gateway }
  - { id: pump, name: Pump, type: process, kind: device-firmware, parent: gateway }
dataFlows:
  - { id: f1, source: gateway, target: pump }
`;

function write(dir: string, name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('bad input gives a clear, located error and exit 2 — never a crash', () => {
  it.each`
    case                      | file        | text                                                                 | expected
    ${'malformed YAML'}       | ${'m.yaml'} | ${`${header}components: [ { id: a, type: process\n`}                 | ${/m\.yaml:\d+:\d+ /}
    ${'malformed JSON'}       | ${'m.json'} | ${'{"medrisk": 1, "device": {"name": "x",}'}                         | ${/m\.json:1:\d+ /}
    ${'unknown reference'}    | ${'m.yaml'} | ${valid.replace('target: pump', 'target: pmup')}                     | ${/m\.yaml:11:40 dataFlows\[0\]\.target: unknown component "pmup" \(did you mean "pump"\?\)/}
    ${'nesting cycle'}        | ${'m.yaml'} | ${valid.replace('kind: gateway }', 'kind: gateway, parent: pump }')} | ${/nesting cycle: /}
    ${'duplicate id'}         | ${'m.yaml'} | ${valid.replace('id: f1', 'id: pump')}                               | ${/id "pump" is already used/}
    ${'wrong type'}           | ${'m.yaml'} | ${valid.replace('serviceLifeYears: 10', 'serviceLifeYears: ten')}    | ${/m\.yaml:6:21 device\.serviceLifeYears: expected number, got "ten"/}
    ${'misspelt key'}         | ${'m.yaml'} | ${valid.replace('source: gateway', 'sourse: gateway')}               | ${/unknown key "sourse" \(did you mean "source"\?\)/}
    ${'bad enum value'}       | ${'m.yaml'} | ${valid.replace('kind: gateway', 'kind: gatway')}                    | ${/"gatway" is not allowed; expected one of: .* \(did you mean "gateway"\?\)/}
    ${'duplicate YAML key'}   | ${'m.yaml'} | ${`${header}device:\n  name: again\n`}                               | ${/m\.yaml:7:1 .*duplicated mapping key/}
    ${'empty file'}           | ${'m.yaml'} | ${''}                                                                | ${/must be a mapping/}
    ${'not a mapping'}        | ${'m.yaml'} | ${'- just\n- a list\n'}                                              | ${/must be a mapping/}
    ${'wrong format version'} | ${'m.yaml'} | ${valid.replace('medrisk: 1', 'medrisk: 7')}                         | ${/medrisk: .*1/}
    ${'binary garbage'}       | ${'m.yaml'} | ${Buffer.from([0, 159, 146, 150, 0, 1, 2, 255, 254])}                | ${/m\.yaml/}
  `('$case', ({ file, text, expected }) => {
    const dir = tempDir();
    const path = write(dir, file, text);

    const run = medrisk(['analyze', path, '--out', join(dir, 'report.json')]);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(expected);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
  });

  it('reports every problem at once', () => {
    const dir = tempDir();
    const path = write(
      dir,
      'm.yaml',
      valid
        .replace('target: pump', 'target: pmup')
        .replace('kind: gateway', 'kind: gatway')
        .replace('serviceLifeYears: 10', 'serviceLifeYears: -1'),
    );

    const run = medrisk(['validate', path]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('3 problems');
  });

  it('refuses a YAML alias bomb before expanding it', () => {
    const dir = tempDir();
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const path = write(dir, 'bomb.yaml', `${levels.join('\n')}\n${header}`);

    const run = medrisk(['validate', path]);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/alias/i);
  });

  it('refuses a 50 MB model before reading it, naming the limit', () => {
    const dir = tempDir();
    const path = write(dir, 'huge.yaml', `${valid}# ${'x'.repeat(50 * 1024 * 1024)}\n`);

    const run = medrisk(['analyze', path]);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/huge\.yaml is 50\.0 MB; models larger than 16\.0 MB are refused/);
  });

  it('reports missing and cyclic includes with their location', () => {
    const dir = tempDir();
    write(dir, 'a.yaml', 'include: [b.yaml]\ncomponents: []\n');
    write(dir, 'b.yaml', 'include: [a.yaml]\n');
    const missing = write(dir, 'm1.yaml', `${header}include: [nowhere.yaml]\n`);
    const cyclic = write(dir, 'm2.yaml', `${header}include: [a.yaml]\n`);

    expect(medrisk(['validate', missing]).stderr).toMatch(
      /m1\.yaml:7:11 include\[0\]: cannot include "nowhere\.yaml": .*nowhere\.yaml does not exist/,
    );
    expect(medrisk(['validate', cyclic]).stderr).toMatch(/includes itself/);
  });

  it('keeps an existing report intact when the new run fails', () => {
    const dir = tempDir();
    const out = write(dir, 'report.json', 'previous report');
    const bad = write(dir, 'm.yaml', valid.replace('target: pump', 'target: nowhere'));

    expect(medrisk(['analyze', bad, '--out', out]).code).toBe(2);

    expect(readFileSync(out, 'utf8')).toBe('previous report');
    expect(readdirSync(dir).sort()).toEqual(['m.yaml', 'report.json']);
  });

  it('locates problems in included files', () => {
    const dir = tempDir();
    write(dir, 'parts.yaml', 'dataFlows:\n  - { id: f2, source: gateway, target: pmup }\n');
    const path = write(dir, 'm.yaml', `${valid}include: [parts.yaml]\n`);

    const run = medrisk(['validate', path]);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/parts\.yaml:2:40 dataFlows\[1\]\.target: unknown component "pmup"/);
  });
});
