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
  const assessed = inventory.components.filter((c) => c.type !== 'cryptographic-asset');
  const context: CheckContext = { related: relatedRefs(inventory) };
  const gaps: QualityGap[] = [];
  const frameworks = FRAMEWORKS.map((framework): FrameworkScore => {
    const elements = framework.elements.map((element): ElementResult => {
      const base = {
        element: element.id,
        title: element.title,
        scope: element.scope,
        criterion: element.criterion,
      };
      if (element.scope === 'document') {
        const met = element.has(inventory);
        if (!met)
          gaps.push({
            framework: framework.id,
            element: element.id,
            title: element.title,
            message: `the SBOM lacks ${element.title}: ${element.criterion}`,
          });
        return { ...base, met: met ? 1 : 0, required: 1 };
      }
      let met = 0;
      for (const component of assessed) {
        if (element.has(component, context)) met++;
        else
          gaps.push({
            framework: framework.id,
            element: element.id,
            title: element.title,
            component: described(component),
            message: `${label(component)} lacks ${element.title}: ${element.criterion}`,
          });
      }
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
  return {
    frameworks,
    gaps: sortGaps(gaps),
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

/** Framework order, then element order within the framework, then component ref. */
function sortGaps(gaps: readonly QualityGap[]): QualityGap[] {
  const rank = new Map<string, number>();
  FRAMEWORKS.forEach((f, i) => {
    f.elements.forEach((e, j) => rank.set(`${f.id}/${e.id}`, i * 1000 + j));
  });
  return [...gaps].sort(
    (a, b) =>
      (rank.get(`${a.framework}/${a.element}`) ?? 0) -
        (rank.get(`${b.framework}/${b.element}`) ?? 0) ||
      compareStrings(a.component?.ref ?? '', b.component?.ref ?? ''),
  );
}

function described(c: InventoryComponent): QualityGap['component'] {
  return { ref: c.ref, name: c.name, ...(c.version === undefined ? {} : { version: c.version }) };
}

function label(c: InventoryComponent): string {
  const name = c.name === '' ? c.ref : c.name;
  return `component "${name}"${c.version === undefined ? '' : ` ${c.version}`}`;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
