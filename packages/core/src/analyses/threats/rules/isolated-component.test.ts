import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { isolatedComponent } from './isolated-component.js';

const components = [aComponent('app'), aComponent('pump'), aComponent('fw', { parent: 'pump' })];

describe('isolated-component', () => {
  it.each`
    case                                   | flows                            | expected
    ${'connected directly'}                | ${[aFlow('cmd', 'app', 'pump')]} | ${[]}
    ${'connected through nested firmware'} | ${[aFlow('cmd', 'app', 'fw')]}   | ${[]}
    ${'no flows at all'}                   | ${[]}                            | ${['isolated-component@app', 'isolated-component@pump']}
  `('$case', ({ flows, expected }) => {
    expect(findingIds(isolatedComponent, aModel({ components, dataFlows: flows }))).toEqual(
      expected,
    );
  });

  it('judges nested components through the top-level one', () => {
    const model = aModel({ components, dataFlows: [aFlow('cmd', 'app', 'pump')] });

    expect(findingIds(isolatedComponent, model)).not.toContain('isolated-component@fw');
  });

  it('names the nested components', () => {
    const [, finding] = runRule(isolatedComponent, aModel({ components }));

    expect(finding?.hit.rationale).toContain('nested in it ("fw")');
  });
});
