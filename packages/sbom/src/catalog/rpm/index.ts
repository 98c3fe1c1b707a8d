export { catalogRpmSqlite, RPM_CATALOGER } from './rpm-sqlite.ts'
export { readRpmHeader, RpmHeaderError, RPM_TAGS, MAX_HEADER_BYTES } from './header-blob.ts'
export type { RpmHeaderValues } from './header-blob.ts'
