import { SaxesParser } from 'saxes';
import type { Issue, SourceLocation } from '../../../common/issue.js';
import { locator, stripByteOrderMark } from '../text-location.js';

/** Deepest element nesting read (CycloneDX needs a few dozen levels even with deep component trees). */
const MAX_ELEMENT_DEPTH = 1000;

/** One element, namespace-resolved, with the line and column its start tag begins at. */
export interface XmlElement {
  readonly uri: string;
  readonly local: string;
  /** Attributes in no namespace (CycloneDX attributes), by local name. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Text and CDATA content in document order, trimmed at the end. */
  text: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Parses XML strictly with saxes (the non-validating, namespace-aware parser jsdom uses): about
 * twenty times faster than building an object tree with fast-xml-parser, with positions for every
 * element. Any DOCTYPE or ENTITY declaration is refused before the parser sees the text — SBOMs
 * never need them, and they are how XXE (external entities reading local files) and "billion
 * laughs" (entity expansion) arrive. saxes expands no entities beyond the five predefined ones and
 * character references; an undefined entity is a well-formedness error.
 */
export function parseXml(
  rawText: string,
  file: string,
): { ok: true; root: XmlElement } | { ok: false; issues: Issue[] } {
  const text = stripByteOrderMark(rawText);
  const at = locator(file, text);
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (declaration !== null)
    return fail({
      code: 'invalid-format',
      severity: 'error',
      path: [],
      message: `refused: the XML contains a <!${declaration[1]?.toUpperCase() ?? ''}> declaration`,
      hint: 'SBOMs need no DTD or entities, and they are a vector for XXE and entity-expansion attacks; remove the declaration',
      location: at(declaration.index),
    });
  if (text.trim() === '')
    return fail({
      code: 'xml-syntax',
      severity: 'error',
      path: [],
      message: 'the file is empty',
      location: at(0),
    });
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let start = { line: 1, column: 1 };
  parser.on('opentagstart', (tag) => {
    // Reported after the name is read; the `<` is name-length + 1 columns back.
    start = { line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) };
  });
  parser.on('opentag', (tag) => {
    // The tree is walked recursively later; a hostile nesting depth would exhaust the stack there.
    if (stack.length >= MAX_ELEMENT_DEPTH)
      throw new Error(
        `${String(parser.line)}:${String(parser.column)}: elements are nested more than ${String(MAX_ELEMENT_DEPTH)} deep; refused`,
      );
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes))
      if (attribute.prefix === '' && attribute.local !== 'xmlns')
        attributes[attribute.local] = attribute.value;
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      attributes,
      children: [],
      text: '',
      ...start,
    };
    const parent = stack[stack.length - 1];
    if (parent === undefined) root = element;
    else parent.children.push(element);
    stack.push(element);
  });
  const addText = (value: string): void => {
    const current = stack[stack.length - 1];
    if (current !== undefined) current.text += value;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const element = stack.pop();
    if (element !== undefined) element.text = element.text.trim();
  });
  parser.on('error', (error) => {
    throw error;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // saxes prefixes messages with "line:column: ".
    const position = /^(\d+):(\d+): /.exec(message);
    const location: SourceLocation =
      position === null
        ? at(text.length)
        : { file, line: Number(position[1]), column: Math.max(1, Number(position[2])) };
    return fail({
      code: 'xml-syntax',
      severity: 'error',
      path: [],
      message: `not well-formed XML: ${message.replace(/^\d+:\d+: /, '')}`,
      location,
    });
  }
  if (root === undefined)
    return fail({
      code: 'xml-syntax',
      severity: 'error',
      path: [],
      message: 'the XML has no root element',
      location: at(0),
    });
  return { ok: true, root };
}

function fail(issue: Issue): { ok: false; issues: Issue[] } {
  return { ok: false, issues: [issue] };
}
