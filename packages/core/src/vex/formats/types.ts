import type { ParseResult } from '../../common/result.js';
import type { VexStatement } from '../types.js';

/** A VEX reader: one folder, one registry line, fixture tests. */
export interface VexFormat {
  /** kebab-case, equal to the folder name. */
  readonly id: string;
  readonly displayName: string;
  detect(fileName: string, head: string): boolean;
  parse(text: string, fileName: string): ParseResult<readonly VexStatement[]>;
}
