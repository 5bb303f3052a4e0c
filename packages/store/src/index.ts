export { openStore } from './open.js';
export { StoreError, STORE_ERROR_CODES } from './errors.js';
export type { StoreErrorCode } from './errors.js';
export type {
  EolImportCounts,
  ImportLogEntry,
  ImportOptions,
  ImportProgress,
  ImportSummary,
  ImportedFile,
  IndexKeys,
  OpenStoreOptions,
  Store,
  StoreStatus,
} from './types.js';
export { updateFromFeeds } from './update/update.js';
export type { FeedReader, FeedUpdate, UpdateOptions, UpdateProgress } from './update/update.js';
export {
  EPSS_URL,
  KEV_URL,
  NVD_CVE_API_URL,
  OSV_BUCKET_URL,
  epssFeed,
  kevFeed,
  nvdFeed,
  osvFeed,
} from './update/feeds.js';
export type { Feed, NvdFeed } from './update/feeds.js';
