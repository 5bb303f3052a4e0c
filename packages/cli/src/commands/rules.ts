import {
  referencesOf,
  RULE_CATEGORIES,
  STRIDE_LETTER,
  THREAT_RULES,
  type ThreatRule,
} from '@medrisk/core';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { ExitError } from '../errors.js';
import { colorsFor } from '../output.js';
import { didYouMeanRule } from '../suggest.js';

export interface RulesFlags {
  readonly format?: string;
  readonly category?: string;
  readonly color?: boolean;
}

export function runRules(
  action: string | undefined,
  id: string | undefined,
  flags: RulesFlags,
): ExitCode {
  if (action === 'list' || action === undefined) return listRules(flags);
  if (action === 'explain') {
    if (id === undefined)
      throw new ExitError(EXIT.badInput, 'missing rule id: medrisk rules explain <id>');
    return explainRule(id, flags);
  }
  throw new ExitError(EXIT.badInput, `unknown rules action "${action}"; use list or explain`);
}

function listRules(flags: RulesFlags): ExitCode {
  const category = flags.category;
  if (category !== undefined && !(RULE_CATEGORIES as readonly string[]).includes(category)) {
    throw new ExitError(
      EXIT.badInput,
      `unknown category "${category}"; use one of: ${RULE_CATEGORIES.join(', ')}`,
    );
  }
  const rules = THREAT_RULES.filter((r) => category === undefined || r.category === category);
  if (flags.format === 'json') {
    process.stdout.write(`${JSON.stringify(rules.map(metadataOf), null, 2)}\n`);
    return EXIT.ok;
  }
  if (flags.format !== undefined && flags.format !== 'text')
    throw new ExitError(EXIT.badInput, `unknown format "${flags.format}"; use text or json`);
  const c = colorsFor(process.stdout, flags.color === false);
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const rule of rules) {
    const stride = rule.stride
      .map((s) => STRIDE_LETTER[s])
      .join('')
      .padEnd(6);
    process.stdout.write(
      `${c.bold(rule.id.padEnd(width))}  ${c.dim(rule.category.padEnd(16))} ${stride} ${rule.title}\n`,
    );
  }
  process.stdout.write(
    c.dim(`${String(rules.length)} rules. Details: medrisk rules explain <id>\n`),
  );
  return EXIT.ok;
}

function explainRule(id: string, flags: RulesFlags): ExitCode {
  const rule = THREAT_RULES.find((r) => r.id === id);
  if (rule === undefined)
    throw new ExitError(
      EXIT.badInput,
      `unknown rule "${id}"${didYouMeanRule(id)}; list them with: medrisk rules list`,
    );
  if (flags.format === 'json') {
    process.stdout.write(`${JSON.stringify(metadataOf(rule), null, 2)}\n`);
    return EXIT.ok;
  }
  const c = colorsFor(process.stdout, flags.color === false);
  const refs = referencesOf(rule.references);
  const section = (title: string, text: string): string => `${c.bold(title)}\n  ${text}\n`;
  process.stdout.write(
    [
      `${c.bold(rule.id)} (version ${String(rule.version)}) — ${rule.title}\n`,
      `Category: ${rule.category} · STRIDE: ${rule.stride.join(', ') || '—'} · FDA control category: ${rule.fdaCategory} · applies to: ${rule.appliesTo} · default exploitability: ${rule.exploitability} · harm: ${rule.harm}\n`,
      section('Description', rule.description),
      section('Detection', rule.detection),
      section('False positives', rule.falsePositives),
      section('Mitigation', rule.mitigation),
      section(
        'References',
        refs.map((r) => (r.url === undefined ? r.id : `${r.id} ${c.dim(r.url)}`)).join('\n  '),
      ),
    ].join('\n'),
  );
  return EXIT.ok;
}

/** The rule's metadata without its functions: what `--format json` and docs/rules.md publish. */
export function metadataOf(rule: ThreatRule) {
  return {
    id: rule.id,
    version: rule.version,
    title: rule.title,
    category: rule.category,
    appliesTo: rule.appliesTo,
    stride: rule.stride,
    fdaCategory: rule.fdaCategory,
    exploitability: rule.exploitability,
    harm: rule.harm,
    description: rule.description,
    detection: rule.detection,
    falsePositives: rule.falsePositives,
    mitigation: rule.mitigation,
    references: referencesOf(rule.references),
  };
}
