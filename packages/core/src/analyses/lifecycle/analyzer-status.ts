import type { RuleContext } from '../threats/types.js';
import { lifecycleContextOf } from './context.js';
import { lifecycleFacts } from './facts.js';

interface Status {
  readonly analyzer: string;
  readonly version: number;
  readonly state: 'ok' | 'partial' | 'failed';
  readonly messages: readonly string[];
}

/**
 * The lifecycle analysis as an analyzer status: which date it judged by, which EOL data it had, and
 * how much software it could not assess, so "no end-of-support finding" never reads as "all
 * supported". Partial without an analysis date (nothing is compared with today) and when software
 * is left unassessed.
 */
export function lifecycleStatus(query: RuleContext): Status[] {
  const ctx = lifecycleContextOf(query);
  const facts = lifecycleFacts(query);
  if (
    facts.items.length === 0 &&
    facts.notAssessed.length === 0 &&
    query.model.device.lifecycleStage === undefined
  )
    return [];
  const messages = [
    ctx.todayProblem ??
      (ctx.today === undefined
        ? 'no analysis date: support end dates were compared with the end of service only, not with today'
        : `support judged as of ${ctx.today}`),
    ctx.eol === undefined
      ? 'no EOL data (pass --eol or import endoflife.date files with medrisk db import): operating systems were looked up in the built-in list of ended Windows and Linux kernel cycles only'
      : `EOL data: ${String(ctx.eol.products.length)} products${ctx.eolSource === undefined ? '' : ` (${ctx.eolSource})`}`,
    ...(facts.notAssessed.length === 0
      ? []
      : [
          `${String(facts.notAssessed.length)} software items not assessed (listed in views.lifecycle.notAssessed)`,
        ]),
  ];
  return [
    {
      analyzer: 'lifecycle',
      version: 1,
      state: ctx.today === undefined || facts.notAssessed.length > 0 ? 'partial' : 'ok',
      messages,
    },
  ];
}
