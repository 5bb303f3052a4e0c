import { z } from 'zod';
import { AuthoredModel } from './schema/index.js';

/**
 * The JSON Schema of the model format, for editor completion (YAML language server, VS Code). Generated
 * from the same zod schema the loader validates with, so the two cannot drift apart.
 */
export function modelJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(AuthoredModel, { target: 'draft-2020-12', unrepresentable: 'any' });
  return { ...schema, $id: 'urn:medrisk:schema:model:1' };
}
