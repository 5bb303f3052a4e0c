import type { Issue } from '../../common/issue.js';

/** JSON parsing for VEX readers: syntax errors become located issues (line and column from the offset). */
export function parseJson(text: string, file: string): { value?: unknown; issues: Issue[] } {
  try {
    return { value: JSON.parse(text) as unknown, issues: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = Number(/at position (\d+)/.exec(message)?.[1] ?? 0);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return {
      issues: [
        {
          code: 'json-syntax',
          severity: 'error',
          path: [],
          message: message.replace(/ in JSON at position \d+.*$/, ''),
          location: { file, line, column },
        },
      ],
    };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
