import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ../shared/data next to the repository; read only by conformance tests (its licenses forbid copies). */
export const sharedData = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));

/** True when the data set is present; otherwise prints one line saying what is skipped. */
export function hasSharedData(relative: string, suite: string): boolean {
  const present = existsSync(`${sharedData}${relative}`);
  if (!present) console.log(`skipped ${suite}: ../shared/data/${relative} is not present`);
  return present;
}
