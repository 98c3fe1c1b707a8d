import { basename } from 'node:path'
import { ConfigurationError, type Logger } from '@sign/action-kit'
import { PRODUCT_NAME, PRODUCT_VERSION } from '@sign/product'
import { quote } from '@sign/safe-text'
import { generateFileSbom } from '@sign/sbom'
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
      const { sbom, cataloged } = await catalogSubject({
        input: 'files',
        catalog: () =>
          generateFileSbom({
            path: target.path,
            name,
            checksums: [{ algorithm: 'SHA256', value: hex }],
            tool: { name: PRODUCT_NAME, version: PRODUCT_VERSION },
            location: { path: `/${name}` }
          })
      })
      options.logger.info(
        `${quote(target.name)} sha256:${hex}: ${cataloged}, ${sbom.packages.length} package(s)`
      )
      const documents = sbomDocuments({ sbom, formats: options.formats })
      return { kind: 'file' as const, target, sha256: hex, cataloged, documents }
    }
  })
}
