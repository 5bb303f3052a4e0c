import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds } from '../../../../test/builders.js';
import { softwareWithoutSbom } from './software-without-sbom.js';

const stakeholders = [
  { id: 'acme', role: 'manufacturer' as const },
  { id: 'hospital', role: 'hdo-it' as const },
];
const boms = [{ id: 'fw-sbom', type: 'sbom' as const, path: 'fw.cdx.json' }];

describe('software-without-sbom', () => {
  it.each`
    case                                    | components                                                                                                 | expected
    ${'firmware without SBOM'}              | ${[aComponent('fw')]}                                                                                      | ${['software-without-sbom@fw']}
    ${'firmware with SBOM'}                 | ${[aComponent('fw', { sbom: 'fw-sbom' })]}                                                                 | ${[]}
    ${'nested in a component with an SBOM'} | ${[aComponent('pump', { kind: 'medical-device', sbom: 'fw-sbom' }), aComponent('fw', { parent: 'pump' })]} | ${[]}
    ${'hospital-owned software'}            | ${[aComponent('ws', { kind: 'desktop-app', owner: 'hospital' })]}                                          | ${[]}
    ${'not software'}                       | ${[aComponent('db', { type: 'data-store', kind: 'database' })]}                                            | ${[]}
    ${'manufacturer cloud service'}         | ${[aComponent('api', { kind: 'cloud-service', owner: 'acme' })]}                                           | ${['software-without-sbom@api']}
  `('$case', ({ components, expected }) => {
    expect(findingIds(softwareWithoutSbom, aModel({ stakeholders, components, boms }))).toEqual(
      expected,
    );
  });
});
