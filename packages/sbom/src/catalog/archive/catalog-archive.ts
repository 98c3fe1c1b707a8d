import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SbomPackage, SbomRelationship, SbomSubject } from '../../model/types.ts'
import type { EntryHandler } from './archive-entry.ts'
import { CatalogError } from './catalog-error.ts'
import type { ContentCataloger } from './content-cataloger.ts'
import { archiveContentCatalogers } from './default-catalogers.ts'
import { archiveLimits, READ_CHUNK_BYTES, type ArchiveLimits } from './limits.ts'
import { catalogMember } from './member-catalog.ts'
import { memberPath } from './member-path.ts'
import { readTarStream } from './tar-stream.ts'
import { readZipFile } from './zip-file.ts'

/** What an archive holds, in the shared model. */
export interface ArchiveCatalog {
  subject: SbomSubject
  packages: SbomPackage[]
  /** `subject CONTAINS <package>` for each package, and what the catalogers relate. */
  relationships: SbomRelationship[]
  /** Members skipped and why (over a limit, unreadable manifest). */
  problems: string[]
  /** The archive format read. */
  format: 'tar.gz' | 'tar' | 'zip'
  entries: number
}

/** Options of {@link catalogArchive}. */
export interface CatalogArchiveOptions {
  /** A `.tar.gz`/`.tgz`, `.tar` or `.zip` file (told apart by content, not name). */
  path: string
  /** Defaults to Go binaries and npm lock files. */
  catalogers?: ContentCataloger[]
  limits?: Partial<ArchiveLimits>
}

/**
 * Catalogs every member of an archive: streams each entry once (never unpacked to disk; names
 * are only data), runs the matching content catalogers, and records each package's location as
 * its path inside the archive (`/app/bin/tool`). Entry count, unpacked bytes and the bytes given
 * to a cataloger are bounded; the archive's own SHA-256 and SHA-1 are the subject's checksums.
 */
export async function catalogArchive(options: CatalogArchiveOptions): Promise<ArchiveCatalog> {
  const limits = archiveLimits(options.limits)
  const catalogers = options.catalogers ?? archiveContentCatalogers()
  const source = options.path
  const format = await detectFormat({ path: options.path })
  const scratch = { dir: await mkdtemp(join(tmpdir(), 'sbom-archive-')), next: 0 }
  const packages: SbomPackage[] = []
  const relationships: SbomRelationship[] = []
  const problems: string[] = []
  const onEntry: EntryHandler = async (entry, content) => {
    if (entry.kind !== 'file') return
    const result = await catalogMember({
      location: { path: memberPath(entry.name) },
      size: entry.size,
      content,
      catalogers,
      limits,
      scratch,
      source
    })
    packages.push(...result.packages)
    relationships.push(...result.relationships)
    problems.push(...result.problems)
  }
  try {
    const { entries } =
      format === 'zip'
        ? await readZipFile({ path: options.path, source, limits, onEntry })
        : await readTarStream({
            chunks: createReadStream(options.path, { highWaterMark: READ_CHUNK_BYTES }),
            source,
            limits,
            onEntry
          })
    return {
      subject: {
        kind: 'archive',
        name: options.path,
        checksums: await fileChecksums({ path: options.path })
      },
      packages,
      relationships: [
        ...packages.map(item => ({ from: 'subject', type: 'CONTAINS' as const, to: item.id })),
        ...relationships
      ],
      problems,
      format,
      entries
    }
  } finally {
    await rm(scratch.dir, { recursive: true, force: true })
  }
}

async function detectFormat(options: { path: string }): Promise<ArchiveCatalog['format']> {
  const handle = await open(options.path, 'r')
  try {
    const head = Buffer.alloc(512)
    const { bytesRead } = await handle.read(head, 0, 512, 0)
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'tar.gz'
    if (bytesRead >= 4 && head.readUInt32LE(0) === 0x04034b50) return 'zip'
    if (bytesRead >= 4 && head.readUInt32LE(0) === 0x06054b50) return 'zip'
    if (bytesRead === 512 && head.toString('latin1', 257, 262) === 'ustar') return 'tar'
    throw new CatalogError({
      code: 'UNSUPPORTED_FORMAT',
      source: options.path,
      reason: 'is not a gzip-compressed tar, a tar or a zip archive'
    })
  } finally {
    await handle.close()
  }
}

async function fileChecksums(options: { path: string }): Promise<SbomSubject['checksums']> {
  const sha256 = createHash('sha256')
  const sha1 = createHash('sha1')
  for await (const chunk of createReadStream(options.path, { highWaterMark: READ_CHUNK_BYTES })) {
    sha256.update(chunk as Buffer)
    sha1.update(chunk as Buffer)
  }
  return [
    { algorithm: 'SHA256', value: sha256.digest('hex') },
    { algorithm: 'SHA1', value: sha1.digest('hex') }
  ]
}
