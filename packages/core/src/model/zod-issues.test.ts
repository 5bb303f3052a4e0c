import { describe, expect, it } from 'vitest';
import { AuthoredModel } from './schema/index.js';
import { fromZodIssues } from './zod-issues.js';

const device = { name: 'Pump', manufacturer: 'Acme', intendedUse: 'Test', serviceLifeYears: 10 };
const base = { medrisk: 1, device };
const flow = (fields: Record<string, unknown>) => ({
  ...base,
  dataFlows: [{ id: 'f', source: 'a', target: 'b', ...fields }],
});

/** The schema's issues for a value, in our form. */
const issuesOf = (value: unknown) => {
  const parsed = AuthoredModel.safeParse(value);
  return parsed.success ? [] : fromZodIssues(parsed.error.issues, value, AuthoredModel);
};

describe('fromZodIssues', () => {
  describe('unknown keys', () => {
    it.each`
      case                      | value                                                                                                                        | path                                          | hint
      ${'at the top'}           | ${{ ...base, component: [] }}                                                                                                | ${['component']}                              | ${'did you mean "components"?'}
      ${'in the device'}        | ${{ ...base, device: { ...device, manufactuer: 'x' } }}                                                                      | ${['device', 'manufactuer']}                  | ${'did you mean "manufacturer"?'}
      ${'in a list entry'}      | ${flow({ sourc: 'a' })}                                                                                                      | ${['dataFlows', 0, 'sourc']}                  | ${'did you mean "source"?'}
      ${'in a shorthand union'} | ${flow({ protocol: { name: 'tls', versoin: '1.3' } })}                                                                       | ${['dataFlows', 0, 'protocol', 'versoin']}    | ${'did you mean "version"?'}
      ${'in a nested object'}   | ${{ ...base, components: [{ id: 'a', type: 'process', kind: 'gateway', update: { mechanism: 'ota', antiRolback: true } }] }} | ${['components', 0, 'update', 'antiRolback']} | ${'did you mean "antiRollback"?'}
      ${'in a record value'}    | ${{ ...base, treatments: { 'r@x': { strategy: 'accept', aprover: 'QA' } } }}                                                 | ${['treatments', 'r@x', 'aprover']}           | ${'did you mean "approver"?'}
      ${'with nothing close'}   | ${{ ...base, colour: 'red' }}                                                                                                | ${['colour']}                                 | ${undefined}
    `('$case', ({ value, path, hint }) => {
      const issues = issuesOf(value);

      expect(issues).toEqual([
        {
          code: 'unknown-key',
          severity: 'error',
          path,
          message: `unknown key "${String(path.at(-1))}"`,
          ...(hint === undefined ? {} : { hint }),
        },
      ]);
    });

    it('reports each unknown key of one object separately', () => {
      const issues = issuesOf({ ...base, colour: 'red', component: [] });

      expect(issues.map((i) => i.path)).toEqual([['colour'], ['component']]);
    });
  });

  describe('enum values', () => {
    it.each`
      case                              | value                                                                      | path                                  | received         | hint
      ${'a misspelt kind'}              | ${{ ...base, components: [{ id: 'a', type: 'process', kind: 'gatway' }] }} | ${['components', 0, 'kind']}          | ${'"gatway"'}    | ${'did you mean "gateway"?'}
      ${'a protocol shorthand'}         | ${flow({ protocol: 'bel' })}                                               | ${['dataFlows', 0, 'protocol']}       | ${'"bel"'}       | ${'did you mean "ble"?'}
      ${'an authentication shorthand'}  | ${flow({ authentication: 'pairng' })}                                      | ${['dataFlows', 0, 'authentication']} | ${'"pairng"'}    | ${'did you mean "pairing"?'}
      ${'antiReplay (boolean or enum)'} | ${flow({ antiReplay: 'nonse' })}                                           | ${['dataFlows', 0, 'antiReplay']}     | ${'"nonse"'}     | ${'did you mean "nonce"?'}
      ${'carries as one value'}         | ${flow({ carries: 'cod' })}                                                | ${['dataFlows', 0, 'carries']}        | ${'"cod"'}       | ${'did you mean "code"?'}
      ${'nothing close'}                | ${flow({ antiReplay: 'sometimes' })}                                       | ${['dataFlows', 0, 'antiReplay']}     | ${'"sometimes"'} | ${undefined}
      ${'a number'}                     | ${{ ...base, components: [{ id: 'a', type: 'process', kind: 7 }] }}        | ${['components', 0, 'kind']}          | ${'7'}           | ${undefined}
      ${'the format version'}           | ${{ ...base, medrisk: 2 }}                                                 | ${['medrisk']}                        | ${'2'}           | ${undefined}
    `('$case', ({ value, path, received, hint }) => {
      const issues = issuesOf(value);

      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ code: 'invalid-value', severity: 'error', path });
      expect(issues[0]?.message).toMatch(
        new RegExp(`^${received} is not allowed; expected one of: `),
      );
      expect(issues[0]?.hint).toBe(hint);
    });

    it('lists every allowed value', () => {
      const [issue] = issuesOf(flow({ antiReplay: 'nonse' }));

      expect(issue?.message).toBe(
        '"nonse" is not allowed; expected one of: none, nonce, counter, timestamp, session',
      );
    });
  });

  describe('missing fields and wrong types', () => {
    it.each`
      case                       | value                                                          | code               | path                              | message
      ${'a missing device name'} | ${{ ...base, device: { ...device, name: undefined } }}         | ${'missing-field'} | ${['device', 'name']}             | ${'required string is missing'}
      ${'a missing device'}      | ${{ medrisk: 1 }}                                              | ${'missing-field'} | ${['device']}                     | ${'required object is missing'}
      ${'a missing flow target'} | ${{ ...base, dataFlows: [{ id: 'f', source: 'a' }] }}          | ${'missing-field'} | ${['dataFlows', 0, 'target']}     | ${'required string is missing'}
      ${'text for a number'}     | ${{ ...base, device: { ...device, serviceLifeYears: 'ten' } }} | ${'invalid-type'}  | ${['device', 'serviceLifeYears']} | ${'expected number, got "ten"'}
      ${'a mapping for a list'}  | ${{ ...base, components: {} }}                                 | ${'invalid-type'}  | ${['components']}                 | ${'expected array, got a mapping'}
      ${'a list for a mapping'}  | ${{ ...base, device: [] }}                                     | ${'invalid-type'}  | ${['device']}                     | ${'expected object, got a list'}
      ${'null for text'}         | ${{ ...base, device: { ...device, name: null } }}              | ${'invalid-type'}  | ${['device', 'name']}             | ${'expected string, got null'}
      ${'a boolean for a list'}  | ${{ ...base, dataFlows: true }}                                | ${'invalid-type'}  | ${['dataFlows']}                  | ${'expected array, got true'}
    `('$case', ({ value, code, path, message }) => {
      const issues = issuesOf(value);

      expect(issues).toEqual([{ code, severity: 'error', path, message }]);
    });

    it.each`
      case                          | value                                                              | path
      ${'a missing component kind'} | ${{ ...base, components: [{ id: 'a', type: 'process' }] }}         | ${['components', 0, 'kind']}
      ${'a missing severity'}       | ${{ ...base, clinicalFunctions: [{ id: 'f', description: 'd' }] }} | ${['clinicalFunctions', 0, 'severity']}
    `('$case is a missing field', ({ value, path }) => {
      const issues = issuesOf(value);

      expect(issues).toEqual([
        expect.objectContaining({ code: 'missing-field', severity: 'error', path }),
      ]);
    });

    it('shortens long received text', () => {
      const long = 'x'.repeat(80);

      const [issue] = issuesOf({ ...base, device: { ...device, serviceLifeYears: long } });

      expect(issue?.message).toBe(`expected number, got "${'x'.repeat(57)}..."`);
    });
  });

  describe('other checks', () => {
    it.each`
      case            | value                                                                             | path                        | message
      ${'a bad id'}   | ${{ ...base, components: [{ id: 'bad id!', type: 'process', kind: 'gateway' }] }} | ${['components', 0, 'id']}  | ${'ids use letters, digits, ".", "_" and "-" and start with a letter or digit (got "bad id!")'}
      ${'empty text'} | ${{ ...base, device: { ...device, name: '' } }}                                   | ${['device', 'name']}       | ${'must not be empty (got "")'}
      ${'a bad date'} | ${{ ...base, device: { ...device, marketDate: '1/2/2027' } }}                     | ${['device', 'marketDate']} | ${'dates are written YYYY-MM-DD (got "1/2/2027")'}
    `('$case: the check’s own message and the value', ({ value, path, message }) => {
      const issues = issuesOf(value);

      expect(issues).toEqual([{ code: 'invalid-value', severity: 'error', path, message }]);
    });
  });

  describe('shorthand unions', () => {
    it('reports a type that matches no branch with every expected type', () => {
      const issues = issuesOf(flow({ integrity: 42 }));

      expect(issues).toEqual([
        {
          code: 'invalid-type',
          severity: 'error',
          path: ['dataFlows', 0, 'integrity'],
          message: 'expected string or object, got 42',
        },
      ]);
    });

    it('reports the issues of the object branch when a mapping was written', () => {
      const issues = issuesOf(flow({ integrity: { algorithm: 7 } }));

      expect(issues).toEqual([
        {
          code: 'invalid-type',
          severity: 'error',
          path: ['dataFlows', 0, 'integrity', 'algorithm'],
          message: 'expected string, got 7',
        },
      ]);
    });

    it.each`
      case                               | fields                           | path                                    | received   | hint
      ${'protocol written as a mapping'} | ${{ protocol: { name: 'bel' } }} | ${['dataFlows', 0, 'protocol', 'name']} | ${'"bel"'} | ${'did you mean "ble"?'}
      ${'carries written as a list'}     | ${{ carries: ['data', 'cod'] }}  | ${['dataFlows', 0, 'carries', 1]}       | ${'"cod"'} | ${'did you mean "code"?'}
    `('$case: reports the branch whose type matched', ({ fields, path, received, hint }) => {
      const issues = issuesOf(flow(fields));

      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ code: 'invalid-value', path, hint });
      expect(issues[0]?.message).toMatch(new RegExp(`^${received} is not allowed`));
    });
  });

  it('reports every problem of a value at once', () => {
    const value = {
      ...base,
      colour: 'red',
      device: { ...device, serviceLifeYears: 'ten' },
      components: [{ id: 'a', type: 'process', kind: 'gatway' }],
    };

    const issues = issuesOf(value);

    expect(issues.map((i) => i.code).sort()).toEqual([
      'invalid-type',
      'invalid-value',
      'unknown-key',
    ]);
  });
});
