export { catalogArchive } from './catalog-archive.ts'
export type { ArchiveCatalog, CatalogArchiveOptions } from './catalog-archive.ts'
export { CatalogError } from './catalog-error.ts'
export type { CatalogErrorCode } from './catalog-error.ts'
export { DEFAULT_ARCHIVE_LIMITS } from './limits.ts'
export type { ArchiveLimits } from './limits.ts'
export type { ContentCandidate, ContentCataloger, ContentResult } from './content-cataloger.ts'
export { looksExecutable } from './content-cataloger.ts'
export {
  archiveContentCatalogers,
  imageContentCatalogers,
  goBinaryCataloger,
  packageJsonCataloger,
  packageLockCataloger
} from './default-catalogers.ts'
export { readTarStream } from './tar-stream.ts'
export { readZipFile } from './zip-file.ts'
export { memberPath } from './member-path.ts'
