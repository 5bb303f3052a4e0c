import { compareStrings } from '../../common/order.js';
import type { Inventory, InventoryComponent } from '../types.js';
import { FRAMEWORKS, type CheckContext } from './elements.js';
import type { ElementResult, FrameworkScore, QualityGap, SbomQuality } from './types.js';

/**
 * Scores an SBOM against the NTIA 2021 minimum elements, the CISA 2025 draft minimum elements and
 * FDA's per-component support fields. Every element is a named check with its criterion in words;
 * every miss is a gap naming the element, the framework and (for component elements) the
 * component — so a score can always be traced to what is missing. Pure and deterministic.
 */
export function assessSbomQuality(inventory: Inventory): SbomQuality {
  const assessed = inventory.components
    .filter((c) => c.type !== 'cryptographic-asset')
    .sort((a, b) => compareStrings(a.ref, b.ref));
  const context: CheckContext = { related: relatedRefs(inventory) };
  const documentMissing: string[] = [];
  const componentMissing = assessed.map((): string[] => []);
  const frameworks = FRAMEWORKS.map((framework): FrameworkScore => {
    const elements = framework.elements.map((element): ElementResult => {
      const base = {
        element: element.id,
        title: element.title,
        scope: element.scope,
        criterion: element.criterion,
      };
      const id = `${framework.id}/${element.id}`;
      if (element.scope === 'document') {
        const met = element.has(inventory);
        if (!met) documentMissing.push(id);
        return { ...base, met: met ? 1 : 0, required: 1 };
      }
      let met = 0;
      assessed.forEach((component, i) => {
        if (element.has(component, context)) met++;
        else componentMissing[i]?.push(id);
      });
      return { ...base, met, required: assessed.length };
    });
    const fullyMet = elements.filter((e) => e.met === e.required).length;
    return {
      framework: framework.id,
      title: framework.title,
      met: fullyMet,
      required: elements.length,
      score: elements.length === 0 ? 1 : fullyMet / elements.length,
      checksMet: sum(elements.map((e) => e.met)),
      checksRequired: sum(elements.map((e) => e.required)),
      elements,
      notAssessed: framework.notAssessed,
    };
  });
  const gaps: QualityGap[] = documentMissing.length > 0 ? [{ missing: documentMissing }] : [];
  assessed.forEach((component, i) => {
    const missing = componentMissing[i] ?? [];
    if (missing.length > 0) gaps.push({ component: described(component), missing });
  });
  return {
    frameworks,
    gaps,
    componentsAssessed: assessed.length,
    componentsExcluded: inventory.components.length - assessed.length,
  };
}

/** Components that take part in the graph or in nesting, and the described product. */
function relatedRefs(inventory: Inventory): Set<string> {
  const related = new Set<string>();
  if (inventory.metadata.subject?.ref !== undefined) related.add(inventory.metadata.subject.ref);
  for (const c of inventory.components) {
    if (c.parent !== undefined) {
      related.add(c.ref);
      related.add(c.parent);
    }
  }
  for (const d of inventory.dependencies) {
    if (d.dependsOn.length > 0) related.add(d.ref);
    for (const target of d.dependsOn) related.add(target);
  }
  return related;
}

function described(c: InventoryComponent): QualityGap['component'] {
  return { ref: c.ref, name: c.name, ...(c.version === undefined ? {} : { version: c.version }) };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
