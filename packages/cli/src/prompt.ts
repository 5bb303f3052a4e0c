import { createInterface } from 'node:readline/promises';
import { EXIT } from './exit-codes.js';
import { ExitError } from './errors.js';
import type { Colors } from './output.js';

/** One choice of a question: the value recorded, and what it means. */
export interface PromptChoice {
  readonly value: string;
  readonly description: string;
}

export interface PromptQuestion {
  /** E.g. `Exploitation (ssvc:E:1.1.0)`. */
  readonly title: string;
  /** The question itself, in a sentence. */
  readonly text: string;
  readonly help?: string;
  readonly choices: readonly PromptChoice[];
}

/** Asks single-choice questions; the interactive flows take one, so tests can script the answers. */
export interface Prompter {
  choose(question: PromptQuestion): Promise<string>;
  close(): void;
}

/**
 * A prompter on the terminal with `node:readline/promises`: numbered choices, answered by number
 * or by value, on stderr so stdout stays clean for `--format json`. Chosen over a prompt library
 * because every question here is a short single choice: no dependency, works in any terminal and
 * screen reader, and Node 20 supports it. Ctrl-C or Ctrl-D ends the run with exit 2.
 */
export function terminalPrompter(c: Colors): Prompter {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const cancelled = new Promise<never>((_, reject) => {
    const cancel = (): void => {
      reject(new ExitError(EXIT.badInput, 'cancelled: no answer was given'));
    };
    rl.on('close', cancel);
    rl.on('SIGINT', () => {
      process.stderr.write('\n');
      rl.close();
    });
  });
  cancelled.catch(() => undefined); // observed by every question; never an unhandled rejection
  return {
    async choose(question) {
      const width = Math.max(...question.choices.map((ch) => ch.value.length));
      process.stderr.write(`\n${c.bold(question.title)}\n${question.text}\n`);
      if (question.help !== undefined) process.stderr.write(`${c.dim(question.help)}\n`);
      question.choices.forEach((choice, i) => {
        process.stderr.write(
          `  ${c.cyan(String(i + 1))}) ${choice.value.padEnd(width)}  ${c.dim(choice.description)}\n`,
        );
      });
      for (;;) {
        const answer = await Promise.race([
          rl.question(`Choose 1-${String(question.choices.length)} or a value: `),
          cancelled,
        ]);
        const chosen = pick(question.choices, answer);
        if (chosen !== undefined) return chosen;
        process.stderr.write(
          `  "${answer.trim()}" is not one of: ${question.choices.map((ch) => ch.value).join(', ')}\n`,
        );
      }
    },
    close() {
      rl.removeAllListeners('close');
      rl.close();
    },
  };
}

/** A choice by its number (1-based) or its value, case-insensitively. */
export function pick(choices: readonly PromptChoice[], answer: string): string | undefined {
  const text = answer.trim().toLowerCase();
  if (/^\d+$/.test(text)) return choices[Number(text) - 1]?.value;
  return choices.find((choice) => choice.value.toLowerCase() === text)?.value;
}
