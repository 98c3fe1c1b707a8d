import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import type { SbomPackage, SbomRelationship, SbomSubject } from '../../model/types.ts'
import { catalogApkInstalled } from '../apk/apk-installed.ts'
import type { EntryContent } from '../archive/archive-entry.ts'
import { CatalogError } from '../archive/catalog-error.ts'
import type { ContentCataloger } from '../archive/content-cataloger.ts'
import { imageContentCatalogers } from '../archive/default-catalogers.ts'
import { archiveLimits, type ArchiveLimits } from '../archive/limits.ts'
import { catalogMember } from '../archive/member-catalog.ts'
import { memberPath } from '../archive/member-path.ts'
import { readTarStream } from '../archive/tar-stream.ts'
import { catalogDpkgStatus } from '../dpkg/dpkg-status.ts'
import type { CatalogResult } from '../os/catalog-result.ts'
import { parseOsRelease, type OsRelease } from '../os/os-release.ts'
import { catalogRpmSqlite } from '../rpm/rpm-sqlite.ts'
import type { ImageSource } from './image-source.ts'
import { squashEntry, TopDownSquash } from './layer-squash.ts'
import { osFileKind, type OsFileKind } from './os-files.ts'
import { resolvePlatformImage } from './platform-manifest.ts'

/** Limits of an image read: the archive limits per layer, and the size of one layer blob. */
export interface ImageLimits extends ArchiveLimits {
  /** The largest layer blob read (compressed bytes). */
  maxLayerBytes: number
}

/** Options of {@link catalogImage}. */
export interface CatalogImageOptions {
  source: ImageSource
  /** A tag or digest in the source. */
  reference: string
  /** `os/arch[/variant]` for an index (default: its only platform, else `linux/amd64`). */
  platform?: string
  /** Content catalogers run on final files (default: Go binaries, npm `package.json`). */
  catalogers?: ContentCataloger[]
  limits?: Partial<ImageLimits>
}

/** One platform image's packages, in the shared model. */
export interface ImageCatalog {
  subject: SbomSubject
  packages: SbomPackage[]
  /** `subject CONTAINS <package>` for each package, and what the catalogers relate. */
  relationships: SbomRelationship[]
  /** What was skipped and why. */
  problems: string[]
  /** The platform manifest's digest. */
  digest: string
  /** The release its os-release names, when it has one. */
  release?: OsRelease
  /** diffIDs, lowest layer first. */
  layers: string[]
}

/** An OS file as the final filesystem holds it. */
interface OsFile {
  kind: OsFileKind
  path: string
  layer: string
  /** In memory (os-release, dpkg, apk), or a temporary copy (rpm databases). */
  data?: Buffer
  file?: string
  /** For a symlink: its target. */
  linkTarget?: string
}

/**
 * Catalogs one platform of an image. Layers are streamed top-down (highest first), each once:
 * for every entry the squash (whiteouts, opaque directories, replaced ancestors) says whether it
 * is part of the final filesystem, before any of its content is read. Final files that a content
 * cataloger wants (an executable's magic for Go binaries, `package.json`) are catalogued as they
 * stream — a binary goes to a temporary file, is read and deleted, so only one is ever on disk
 * and none in memory; final OS package databases and os-release are kept (bounded) and read at
 * the end, when the release (distro qualifiers) is known. Every location carries its layer's diffID.
 */
export async function catalogImage(options: CatalogImageOptions): Promise<ImageCatalog> {
  const limits: ImageLimits = {
    ...archiveLimits(options.limits),
    maxLayerBytes: options.limits?.maxLayerBytes ?? 16 * 1024 ** 3
  }
  const catalogers = options.catalogers ?? imageContentCatalogers()
  const image = await resolvePlatformImage({
    source: options.source,
    reference: options.reference,
    ...(options.platform === undefined ? {} : { platform: options.platform })
  })
  const scratch = { dir: await mkdtemp(join(tmpdir(), 'sbom-image-')), next: 0 }
  const squash = new TopDownSquash()
  const osFiles = new Map<string, OsFile>()
  const found: (CatalogResult & { path: string })[] = []
  try {
    for (const { descriptor, diffId } of [...image.layers].reverse()) {
      const layerSource = `${options.source.location} layer ${descriptor.digest}`
      const layerFiles = new Map<string, OsFile>()
      const layerFound = new Map<string, CatalogResult & { path: string }>()
      await readTarStream({
        chunks: options.source.streamBlob({
          digest: descriptor.digest,
          maxBytes: limits.maxLayerBytes
        }),
        source: layerSource,
        limits,
        onEntry: async (entry, content) => {
          const path = memberPath(entry.name)
          const meaning = squashEntry({ path, directory: entry.kind === 'directory' })
          if (meaning.kind === 'whiteout' || meaning.kind === 'opaque') {
            squash.record(meaning)
            return
          }
          const visible = squash.visible(path)
          squash.record(meaning)
          if (!visible || meaning.kind === 'directory') return
          // A later entry for the same path in the same layer replaces an earlier one.
          layerFiles.delete(path)
          layerFound.delete(path)
          const kind = osFileKind(path)
          if (kind !== undefined) {
            const kept = await keepOsFile({
              kind,
              path,
              layer: diffId,
              entry,
              content,
              limits,
              scratch,
              source: layerSource
            })
            if (typeof kept === 'string') layerFound.set(path, emptyWith(path, kept))
            else layerFiles.set(path, kept)
            return
          }
          if (entry.kind !== 'file') return
          const result = await catalogMember({
            location: { path, layer: diffId },
            size: entry.size,
            content,
            catalogers,
            limits,
            scratch,
            source: layerSource
          })
          if (result.packages.length > 0 || result.problems.length > 0) {
            layerFound.set(path, { ...result, path })
          }
        }
      })
      squash.endLayer()
      for (const [path, file] of layerFiles) osFiles.set(path, file)
      found.push(...layerFound.values())
    }
    const release = readRelease({ osFiles })
    const osResults = catalogOsFiles({ osFiles, ...(release ? { release } : {}) })
    const results = [...osResults, ...found].sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : 0
    )
    const packages = results.flatMap(result => result.packages)
    return {
      subject: {
        kind: 'image',
        name: `${options.source.location}@${options.reference}`,
        checksums: [{ algorithm: 'SHA256', value: image.digest.replace(/^sha256:/u, '') }],
        platform: image.platform
      },
      packages,
      relationships: [
        ...packages.map(item => ({ from: 'subject', type: 'CONTAINS' as const, to: item.id })),
        ...results.flatMap(result => result.relationships)
      ],
      problems: results.flatMap(result => result.problems),
      digest: image.digest,
      ...(release === undefined ? {} : { release }),
      layers: image.layers.map(layer => layer.diffId)
    }
  } finally {
    await rm(scratch.dir, { recursive: true, force: true })
  }
}

function emptyWith(path: string, problem: string): CatalogResult & { path: string } {
  return { packages: [], relationships: [], problems: [problem], path }
}

/** Keeps a final OS file: bytes in memory, an rpm database as a temporary file, a symlink's target. */
async function keepOsFile(options: {
  kind: OsFileKind
  path: string
  layer: string
  entry: { kind: string; size: number; linkTarget?: string }
  content: EntryContent
  limits: ArchiveLimits
  scratch: { dir: string; next: number }
  source: string
}): Promise<OsFile | string> {
  const { kind, path, layer, entry } = options
  if (entry.kind === 'symlink' && entry.linkTarget !== undefined) {
    return { kind, path, layer, linkTarget: entry.linkTarget }
  }
  if (entry.kind !== 'file') return `${path}: is a ${entry.kind}, not a file; it was not read`
  const limit =
    kind === 'rpmdb-sqlite' ? options.limits.maxFileBytes : options.limits.maxBufferedBytes
  if (entry.size > limit) {
    return `${path}: skipped, its ${entry.size} bytes are over the ${limit} bytes read for it`
  }
  const parts: Buffer[] = []
  let length = 0
  for await (const chunk of options.content) {
    length += chunk.length
    parts.push(chunk)
  }
  if (length !== entry.size) {
    throw new CatalogError({
      code: 'TRUNCATED',
      source: options.source,
      entry: path,
      reason: `holds ${length} bytes, not the ${entry.size} its header declares`
    })
  }
  const data = Buffer.concat(parts)
  if (kind !== 'rpmdb-sqlite') return { kind, path, layer, data }
  const file = join(options.scratch.dir, `rpmdb-${options.scratch.next++}.sqlite`)
  await writeFile(file, data, { mode: 0o600, flag: 'wx' })
  return { kind, path, layer, file }
}

/** The release of `/etc/os-release` (following a symlink within the image), else `/usr/lib/os-release`. */
function readRelease(options: { osFiles: Map<string, OsFile> }): OsRelease | undefined {
  const etc = options.osFiles.get('/etc/os-release')
  let file = etc
  if (etc?.linkTarget !== undefined) {
    file = options.osFiles.get(posix.resolve('/etc', etc.linkTarget))
  }
  file ??= options.osFiles.get('/usr/lib/os-release')
  if (file?.data === undefined) {
    const fallback = options.osFiles.get('/usr/lib/os-release')
    if (fallback?.data === undefined) return undefined
    file = fallback
  }
  return parseOsRelease({ text: file.data!.toString('utf8') })
}

function catalogOsFiles(options: {
  osFiles: Map<string, OsFile>
  release?: OsRelease
}): (CatalogResult & { path: string })[] {
  const results: (CatalogResult & { path: string })[] = []
  for (const file of options.osFiles.values()) {
    const location = { path: file.path, layer: file.layer }
    const release = options.release === undefined ? {} : { release: options.release }
    if (file.kind === 'dpkg-status' && file.data !== undefined) {
      results.push({
        ...catalogDpkgStatus({ text: file.data.toString('utf8'), location, ...release }),
        path: file.path
      })
    } else if (file.kind === 'apk-installed' && file.data !== undefined) {
      results.push({
        ...catalogApkInstalled({ text: file.data.toString('utf8'), location, ...release }),
        path: file.path
      })
    } else if (file.kind === 'rpmdb-sqlite' && file.file !== undefined) {
      results.push({
        ...catalogRpmSqlite({ file: file.file, location, ...release }),
        path: file.path
      })
    }
  }
  return results
}
