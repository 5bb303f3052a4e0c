import type { IssuePath, SourceLocation } from '../../../common/issue.js';
import { isRecord, type JsonRecord } from '../values.js';
import type { XmlElement } from './xml-tree.js';

/** A BOM in its JSON shape, and where each part of it was written in the XML. */
export interface ConvertedBom {
  readonly bom: JsonRecord;
  readonly locate: (path: IssuePath) => SourceLocation | undefined;
}

const DEPENDENCY_GRAPH_NS = 'http://cyclonedx.org/schema/ext/dependency-graph/';
const IRREGULAR_WRAPPERS: Readonly<Record<string, string>> = {
  externalReferences: 'reference',
  cryptoFunctions: 'cryptoFunction',
};

/**
 * Converts a CycloneDX XML element tree to the JSON shape of the same BOM, so one reader serves both
 * encodings. Wrappers whose children all carry the singular name (`<hashes><hash>`) become arrays;
 * attributes become keys; text next to attributes or children becomes `content` (as in JSON
 * `hashes[].content`). `licenses`, `properties` and `dependencies` differ structurally between the
 * encodings and are converted explicitly. Elements in other namespaces (extensions, XML
 * signatures) are dropped, except the 1.0 dependency-graph extension.
 */
export function bomToJsonShape(root: XmlElement, file: string): ConvertedBom {
  const positions = new WeakMap<object, SourceLocation>();
  const converter = new Converter(root.uri, (value, element) => {
    positions.set(value, { file, line: element.line, column: element.column });
  });
  const bom = converter.element(root) as JsonRecord;
  return {
    bom,
    locate: (path) => {
      // The deepest converted object on the path that came from an element.
      let current: unknown = bom;
      let found = positions.get(bom);
      for (const key of path) {
        current = Array.isArray(current)
          ? (current as unknown[])[Number(key)]
          : isRecord(current)
            ? current[key]
            : undefined;
        if (typeof current !== 'object' || current === null) break;
        found = positions.get(current) ?? found;
      }
      return found;
    },
  };
}

class Converter {
  constructor(
    private readonly uri: string,
    private readonly mark: (value: object, element: XmlElement) => void,
  ) {}

  element(element: XmlElement): unknown {
    const value = this.convert(element);
    if (typeof value === 'object' && value !== null) this.mark(value, element);
    return value;
  }

  private convert(element: XmlElement): unknown {
    const name = element.local;
    if (name === 'licenses') return this.licenses(element);
    if (name === 'property') return { name: element.attributes.name ?? '', value: element.text };
    if (name === 'dependencies') return dependencies(element);
    const children = element.children.filter((child) => this.isOurs(child));
    // An empty element (`<components/>`) is nothing, as an empty string or list would be in JSON.
    if (
      children.length === 0 &&
      element.text === '' &&
      Object.keys(element.attributes).length === 0
    )
      return '';
    const first = children[0];
    if (
      first !== undefined &&
      Object.keys(element.attributes).length === 0 &&
      children.every((c) => c.local === first.local) &&
      isWrapperOf(name, first.local)
    )
      return children.map((child) => this.element(child));
    const out: Record<string, unknown> = { ...element.attributes };
    const groups = new Map<string, unknown[]>();
    for (const child of children) {
      const group = groups.get(child.local) ?? [];
      groups.set(child.local, group);
      group.push(this.element(child));
    }
    // A repeated element becomes a list, as JSON writes it (`omniborId`, `certificationLevel` …).
    for (const [local, values] of groups) out[local] = values.length === 1 ? values[0] : values;
    if (element.text !== '') {
      if (children.length === 0 && Object.keys(out).length === 0) return element.text;
      out.content = element.text;
    }
    return out;
  }

  /** `<licenses>` mixes `<license>` and `<expression>`; JSON wraps each: `{license}` / `{expression}`. */
  private licenses(element: XmlElement): unknown[] {
    return element.children
      .filter((child) => this.isOurs(child))
      .flatMap((child): unknown[] => {
        if (child.local === 'license') return [{ license: this.element(child) }];
        // 1.6 expressions may carry attributes (bom-ref, acknowledgement); the expression is the text.
        if (child.local === 'expression') return [{ expression: child.text }];
        return [];
      });
  }

  /** CycloneDX elements, and the 1.0 dependency-graph extension read as the later core element. */
  private isOurs(element: XmlElement): boolean {
    return (
      element.uri === this.uri ||
      (element.local === 'dependencies' && element.uri.startsWith(DEPENDENCY_GRAPH_NS))
    );
  }
}

/**
 * 1.2+ `<dependency ref><dependency ref/></dependency>`; the 1.0 extension nests deeper, each level
 * meaning "depends on". Flattened to JSON's `[{ref, dependsOn}]`.
 */
function dependencies(element: XmlElement): JsonRecord[] {
  const out: JsonRecord[] = [];
  const visit = (node: XmlElement): void => {
    const children = node.children.filter((c) => c.local === 'dependency');
    const ref = node.attributes.ref;
    if (ref !== undefined)
      out.push({ ref, dependsOn: children.flatMap((c) => c.attributes.ref ?? []) });
    for (const child of children)
      if (child.children.some((c) => c.local === 'dependency')) visit(child);
  };
  for (const child of element.children) if (child.local === 'dependency') visit(child);
  return out;
}

/** `<hashes>` wraps `<hash>`; `<dependencies>` wraps `<dependency>` … */
function isWrapperOf(wrapper: string, child: string): boolean {
  if (IRREGULAR_WRAPPERS[wrapper] === child) return true;
  return (
    wrapper === `${child}s` ||
    wrapper === `${child}es` ||
    (child.endsWith('y') && wrapper === `${child.slice(0, -1)}ies`)
  );
}
