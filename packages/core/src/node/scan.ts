/** `@medrisk/core/node/scan`: the file readers `medrisk scan` needs (see ../scan.ts for why). */
export { readAdvisories } from './read-advisories.js';
export { readSbomFile } from './read-sbom.js';
