export { buildEolIndex, type EolIndex } from './eol-index.js';
export { cycleFor } from './cycle.js';
export { mergeEolProducts } from './merge.js';
export { detectEolData, readEolData } from './read.js';
export { SEED_EOL_PRODUCTS } from './seed.js';
export { EOL_DATA_FORMATS } from './types.js';
export type { EolDataFormat, EolDate, EolProduct, EolRelease, EolSource } from './types.js';
