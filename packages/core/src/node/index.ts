export { DEFAULT_MAX_MODEL_BYTES, formatBytes, readModelFile } from './read-model.js';
export type { ReadModelOptions, ReadModelResult } from './read-model.js';
export { digestInputs } from './digest.js';
