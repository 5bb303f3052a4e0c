import { describe, expect, it } from 'vitest';
import { pumpDocument } from '../formats/__fixtures__/pump-model.js';
import { containerScopes, OUTSIDE_KEY, subjectKey } from './keys.js';

describe('element keys and scopes', () => {
  const scopes = containerScopes(pumpDocument().diagram);

  it.each([
    ['component:pump-fw', ['component:pump', 'boundary:body']],
    ['component:db', ['boundary:cloud-data', 'boundary:cloud']],
    ['component:clinician', [OUTSIDE_KEY]],
    ['boundary:cloud-data', ['boundary:cloud']],
    // Flows lie in the containers both of their ends share.
    ['flow:cloud-db', ['boundary:cloud']],
    ['flow:app-pump', []],
    ['flow:pump-fw-update', []],
    ['flow:pump-ctrl', ['component:pump', 'boundary:body']],
  ])('%s lies in %j', (key, expected) => {
    expect(scopes.get(key)).toEqual(expected);
  });

  it('puts interface findings on their component and leaves model-level findings off the diagram', () => {
    expect(subjectKey({ kind: 'interface', id: 'pump/jtag' })).toBe('component:pump');
    expect(subjectKey({ kind: 'flow', id: 'app-pump' })).toBe('flow:app-pump');
    expect(subjectKey({ kind: 'assumption', id: 'a1' })).toBeUndefined();
  });
});
