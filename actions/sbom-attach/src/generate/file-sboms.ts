import { basename } from 'node:path'
import { ConfigurationError, type Logger } from '@sign/action-kit'
import { PRODUCT_NAME, PRODUCT_VERSION } from '@sign/product'
import { quote } from '@sign/safe-text'
import { catalogArchive, catalogGoBinary, type Sbom, type SbomSubject } from '@sign/sbom'
import { hashFile } from '@sign/sigstore'
import { mapBounded, type FileTarget } from '@sign/subjects'
import type { SbomFormatName } from '../inputs.ts'
import { sbomDocuments, type SbomDocument } from './sbom-document.ts'
import { catalogSubject } from './unreadable-subject.ts'

/** A release file, hashed and described. */
export interface FileSboms {
  kind: 'file'
  target: FileTarget
  /** Lower-case hex. */
  sha256: string
  /** What described it: a Go binary's modules, an archive's content, or the file alone. */
  cataloged: 'go-binary' | 'archive' | 'file'
  documents: SbomDocument[]
}

/** Names an archive has (the archive cataloger tells the formats apart by content). */
const ARCHIVE_NAME = /\.(?:tar\.gz|tgz|tar|zip)$/i

/**
 * Hashes and catalogs every file — a Go binary's build information (syft's mapping), an archive's
 * members, any other file as a root-only SBOM naming its digest — and writes each SBOM in every
 * format, in memory. A file a checksums file lists must still have the listed digest.
 */
export async function fileSboms(options: {
  targets: FileTarget[]
  formats: readonly SbomFormatName[]
  logger: Logger
}): Promise<FileSboms[]> {
  return mapBounded({
    items: options.targets,
    work: async target => {
      const { hex } = await hashFile(target.path)
      if (target.listed !== undefined && target.listed.hex !== hex) {
        throw new ConfigurationError(
          `${quote(target.name)} has sha256 ${hex}, but ${target.listed.checksumsFile} lists ` +
            `${target.listed.hex}: the file changed after the checksums were computed, so no ` +
            'SBOM was written. Compute the checksums after the last step that changes the files:',
          { fix: 'run: cd dist && sha256sum *.tar.gz > checksums.txt' }
        )
      }
      const name = basename(target.path)
      const subject: SbomSubject = {
        kind: 'file',
        name,
        checksums: [{ algorithm: 'SHA256', value: hex }]
      }
      const { sbom, cataloged } = await catalogFile({ path: target.path, name, subject })
      options.logger.info(
        `${quote(target.name)} sha256:${hex}: ${cataloged}, ${sbom.packages.length} package(s)`
      )
      const documents = sbomDocuments({ sbom, formats: options.formats })
      return { kind: 'file' as const, target, sha256: hex, cataloged, documents }
    }
  })
}

async function catalogFile(options: {
  path: string
  name: string
  subject: SbomSubject
}): Promise<{ sbom: Sbom; cataloged: FileSboms['cataloged'] }> {
  const tool = { name: PRODUCT_NAME, version: PRODUCT_VERSION }
  const go = await catalogGoBinary({ path: options.path, location: { path: `/${options.name}` } })
  if (go !== undefined) {
    return { sbom: { subject: options.subject, ...go, tool }, cataloged: 'go-binary' }
  }
  if (ARCHIVE_NAME.test(options.name)) {
    const archive = await catalogSubject({
      input: 'files',
      catalog: () => catalogArchive({ path: options.path })
    })
    return {
      sbom: {
        subject: { ...options.subject, kind: 'archive' },
        packages: archive.packages,
        relationships: archive.relationships,
        tool
      },
      cataloged: 'archive'
    }
  }
  return {
    sbom: { subject: options.subject, packages: [], relationships: [], tool },
    cataloged: 'file'
  }
}
