export { DEFAULT_MAX_MODEL_BYTES, formatBytes, readModelFile } from './read-model.js';
export type { ReadModelOptions, ReadModelResult } from './read-model.js';
export { digestInputs } from './digest.js';
export { digestFile } from './file-digest.js';
export { DEFAULT_MAX_ADVISORY_FILE_BYTES, readAdvisories } from './read-advisories.js';
export type {
  AdvisoryFileReport,
  AdvisoryLoadProgress,
  ReadAdvisoriesOptions,
  ReadAdvisoriesResult,
} from './read-advisories.js';
export { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './zip-entries.js';
export { DEFAULT_MAX_SBOM_BYTES, readSbomFile } from './read-sbom.js';
export type { ReadSbomOptions, ReadSbomResult } from './read-sbom.js';
export { DEFAULT_MAX_EOL_FILE_BYTES, readEolFiles } from './read-eol.js';
export type { EolFileReport, ReadEolResult } from './read-eol.js';
