import type { Component } from '../../model/types.js';
import { componentPath } from '../threats/helpers.js';
import type { LifecycleContext } from './context.js';
import { indexesOf, productOfName, sourceOfCycle, type EolLookup } from './eol-source.js';
import type { NotAssessedSupport, SupportItem, SupportSource } from './types.js';

/**
 * The support of what a model component runs, from the model: a declared `support.endOfSupport`,
 * the EOL data product and cycle `support.product`/`support.cycle` name, or its `os` looked up in
 * EOL data (then the built-in seed). `osCovered` is set when the component's SBOM lists an
 * operating system: the SBOM then speaks for it and `os` is not looked up by name.
 */
export function platformItem(
  component: Component,
  ctx: LifecycleContext,
  osCovered: string | undefined,
): {
  readonly item?: SupportItem;
  readonly notAssessed?: NotAssessedSupport;
  readonly note?: string;
} {
  const support = component.support;
  const os = component.os;
  const name =
    os !== undefined
      ? `${os.name}${os.version === undefined ? '' : ` ${os.version}`}`
      : support?.product !== undefined
        ? `${support.product}${support.cycle === undefined ? '' : ` ${support.cycle}`}`
        : (component.name ?? component.id);
  const sources: SupportSource[] = [];
  if (support?.endOfSupport !== undefined || support?.level !== undefined) {
    const ended = support.endOfSupport === undefined && endedLevel(support.level);
    if (support.endOfSupport !== undefined || ended)
      sources.push({
        kind: 'model',
        detail: `declared in the model${support.source === undefined ? '' : `: ${support.source}`}`,
        path: componentPath(
          component,
          'support',
          support.endOfSupport === undefined ? 'level' : 'endOfSupport',
        ),
        ...(support.endOfSupport === undefined ? { ended: true } : { end: support.endOfSupport }),
        ...(support.level === undefined ? {} : { level: support.level }),
      });
  }
  let lookup: EolLookup | undefined;
  if (support?.product !== undefined) lookup = explicitLookup(component, ctx);
  else if (os !== undefined && osCovered === undefined) lookup = osLookup(component, ctx);
  if (lookup?.ok === true) sources.push(lookup.source);
  const [effective, ...others] = sources;
  const kind =
    os !== undefined || (lookup?.ok === true && lookup.os) ? 'operating-system' : 'software';
  const note =
    os !== undefined && osCovered !== undefined && support?.product === undefined
      ? `${component.id}: os "${name}" is described by its SBOM (${osCovered}), which is judged instead`
      : undefined;
  if (effective === undefined)
    return {
      ...(lookup?.ok === false
        ? {
            notAssessed: {
              component: component.id,
              name,
              reason: lookup.reason,
              ...(lookup.hint === undefined ? {} : { hint: lookup.hint }),
            },
          }
        : {}),
      ...(note === undefined ? {} : { note }),
    };
  return {
    item: {
      component: component.id,
      key: 'platform',
      name,
      kind,
      origin: 'model',
      effective,
      others,
    },
    ...(note === undefined ? {} : { note }),
  };
}

function explicitLookup(component: Component, ctx: LifecycleContext): EolLookup {
  const product = component.support?.product ?? '';
  const version = component.support?.cycle ?? component.os?.version;
  const path = componentPath(component, 'support', 'product');
  for (const { index, kind } of indexesOf(ctx)) {
    const match = index.byName(product);
    if (match !== undefined) return sourceOfCycle(match, kind, version, path);
  }
  return {
    ok: false,
    reason: `${ctx.eol === undefined ? 'no EOL data was given, and the built-in list' : 'the EOL data'} has no product "${product}"`,
    hint: 'import endoflife.date data (medrisk db import) or pass it with --eol',
  };
}

function osLookup(component: Component, ctx: LifecycleContext): EolLookup {
  const os = component.os;
  if (os === undefined) return { ok: false, reason: 'no os' };
  const path = componentPath(component, 'os');
  for (const { index, kind } of indexesOf(ctx)) {
    const found = productOfName(index, os.name);
    if (found === undefined) continue;
    const version = [found.rest, os.version].filter((p) => p !== undefined && p !== '').join(' ');
    return sourceOfCycle(found.match, kind, version === '' ? undefined : version, path);
  }
  return {
    ok: false,
    reason: `no EOL product is named "${os.name}"${ctx.eol === undefined ? ' (no EOL data was given; the built-in list covers ended Windows and Linux kernel cycles only)' : ''}`,
    hint: 'declare support.product and support.cycle (endoflife.date ids), or support.endOfSupport',
  };
}

/** FDA levels of support that mean support has ended (FDA's examples: "no longer maintained", "abandoned"). */
export function endedLevel(level: string | undefined): boolean {
  return (
    level !== undefined &&
    /no[\s_-]*longer|abandon|end[\s_-]*of[\s_-]*(life|support)|unsupported|unmaintained|^eol$|^eos$/i.test(
      level,
    )
  );
}
