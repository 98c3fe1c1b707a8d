// The reference CLIs the suite can install: a catalog of pinned versions and checksums, and
// (in install/) the download-verify-install flow built on it.
export { ToolsError } from './errors.ts'
export type { ToolsErrorCode } from './errors.ts'
export * from './catalog/index.ts'
export * from './install/index.ts'
