// Reading tar and zip archives that come from outside, bounded: what the install action unpacks
// and what the SBOM catalogers read share these headers, readers and entry shapes.
export type { ArchiveEntry, EntryKind } from './archive-entry.ts'
export { ByteReader } from './byte-reader.ts'
export { BLOCK, kindOf, parsePaxRecords, parseTarHeader } from './tar-header.ts'
export type { TarHeader } from './tar-header.ts'
export { readAt, readZipDirectory } from './zip-directory.ts'
export type { ZipDirectoryProblem, ZipRecord } from './zip-directory.ts'
