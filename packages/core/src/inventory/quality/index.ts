export { assessSbomQuality } from './assess.js';
export { SBOM_FRAMEWORKS } from './types.js';
// FrameworkScore, ElementResult, QualityGap and SbomFramework are reachable through SbomQuality;
// export them here (and from the package index) when a consumer needs to name them.
export type { SbomQuality } from './types.js';
