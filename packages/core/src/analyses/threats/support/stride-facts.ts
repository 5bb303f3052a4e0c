import type { Evidence } from '../../../findings/types.js';
import { fact, notDeclared } from '../helpers.js';

/** Evidence for a yes/no fact the rule found missing: "not declared" or "declared false". */
export function missingFlag(path: string, value: boolean | undefined): Evidence {
  const name = path.slice(path.lastIndexOf('.') + 1);
  return value === undefined ? notDeclared(path, 'false') : fact(path, `${name}: ${String(value)}`);
}
