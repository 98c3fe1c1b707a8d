import { catalogArchive } from '../catalog/archive/index.ts'
import { CatalogError } from '../catalog/archive/catalog-error.ts'
import { catalogGoBinary } from '../catalog/go/index.ts'
import type { Sbom, SbomChecksum, SbomLocation } from '../model/types.ts'

/** Options of {@link generateFileSbom}. */
export interface GenerateFileSbomOptions {
  path: string
  /** The subject's name in the SBOM (the file name as released, or the path given). */
  name: string
  /** The file's digests, computed by the caller as it hashes the file anyway. */
  checksums: SbomChecksum[]
  /** The generator, for the document's creators / tools. */
  tool: { name: string; version: string }
  /** Where a Go binary's packages were found (default: the path). */
  location?: SbomLocation
}

/** A file's SBOM, how it was catalogued, and what the catalogers skipped and why. */
export interface FileSbom {
  sbom: Sbom
  cataloged: 'go-binary' | 'archive' | 'file'
  problems: string[]
}

/**
 * The SBOM of one release file: a Go binary from its build information (syft's mapping), an
 * archive (`.tar.gz`, `.tar`, `.zip`, told apart by content) member by member, any other file as
 * the SBOM's root alone with its checksums. An archive the readers refuse (corrupt, truncated,
 * over the limits) throws its CatalogError.
 */
export async function generateFileSbom(options: GenerateFileSbomOptions): Promise<FileSbom> {
  const { path, name, tool } = options
  const subject = { kind: 'file' as const, name, checksums: options.checksums }
  const go = await catalogGoBinary({
    path,
    ...(options.location && { location: options.location })
  })
  if (go !== undefined) {
    const contains = go.packages.map(item => ({
      from: 'subject',
      type: 'CONTAINS' as const,
      to: item.id
    }))
    return {
      sbom: {
        subject,
        packages: go.packages,
        relationships: [...contains, ...go.relationships],
        tool
      },
      cataloged: 'go-binary',
      problems: []
    }
  }
  try {
    const archive = await catalogArchive({ path })
    return {
      sbom: {
        subject: { ...subject, kind: 'archive' },
        packages: archive.packages,
        relationships: archive.relationships,
        tool
      },
      cataloged: 'archive',
      problems: archive.problems
    }
  } catch (error) {
    if (!(error instanceof CatalogError) || error.code !== 'UNSUPPORTED_FORMAT') throw error
  }
  return {
    sbom: { subject, packages: [], relationships: [], tool },
    cataloged: 'file',
    problems: []
  }
}
