import { basename } from 'node:path'
import type { Logger } from '@sign/action-kit'
import { PRODUCT_NAME, PRODUCT_VERSION } from '@sign/product'
import { quote } from '@sign/safe-text'
import { generateSbom, type GeneratedSbom } from '@sign/sbom'
import { hashFileTarget, mapBounded, type FileTarget } from '@sign/subjects'
import type { SbomFormatName } from '../inputs.ts'
import { sbomDocuments, type SbomDocument } from './sbom-document.ts'
import { catalogSubject } from './unreadable-subject.ts'

/** A release file, hashed and described. */
export interface FileSboms {
  kind: 'file'
  target: FileTarget
  /** Lower-case hex. */
  sha256: string
  /**
   * What described it: a Go binary's modules, an archive's content, the file alone, or the SBOM
   * the workflow gave (input `sbom`).
   */
  cataloged: GeneratedSbom['cataloged'] | 'given'
  documents: SbomDocument[]
}

/**
 * Hashes and catalogs every file — a Go binary's build information (syft's mapping), an archive's
 * members, any other file as a root-only SBOM naming its digest — and writes each SBOM in every
 * format, in memory. A file a checksums file lists must still have the listed digest. A file
 * whose SHA-256 the caller already has (`sha256`, hex, by path) is not read twice for it.
 */
export async function fileSboms(options: {
  targets: FileTarget[]
  formats: readonly SbomFormatName[]
  sha256?: ReadonlyMap<string, string>
  logger: Logger
}): Promise<FileSboms[]> {
  return mapBounded({
    items: options.targets,
    work: async target => {
      const hex =
        options.sha256?.get(target.path) ??
        (await hashFileTarget({ target, nothingDone: 'no SBOM was written' })).hex
      const name = basename(target.path)
      const generated = await catalogSubject({
        input: 'files',
        catalog: () =>
          generateSbom({
            subject: {
              kind: 'file',
              path: target.path,
              name,
              checksums: [{ algorithm: 'SHA256', value: hex }],
              location: { path: `/${name}` }
            },
            tool: { name: PRODUCT_NAME, version: PRODUCT_VERSION }
          })
      })
      const { sbom, cataloged } = generated
      options.logger.info(
        `${quote(target.name)} sha256:${hex}: ${cataloged}, ${sbom.packages.length} package(s)`
      )
      const documents = sbomDocuments({ sbom, formats: options.formats })
      return { kind: 'file' as const, target, sha256: hex, cataloged, documents }
    }
  })
}
