import { hashRegularFile } from '@sign/oci'
import { catalogImage, type ImageSource } from '../catalog/image/index.ts'
import type { Sbom, SbomChecksum, SbomLocation } from '../model/types.ts'
import { generateFileSbom } from './file-sbom.ts'

/** A file to describe: a Go binary, an archive, or any other file as the SBOM's root alone. */
export interface FileSubject {
  kind: 'file'
  path: string
  /** The subject's name in the SBOM (the released name, or the path as given). */
  name: string
  /** Its digests when the caller has them; otherwise SHA256 and SHA1 are computed here. */
  checksums?: SbomChecksum[]
  /** Where a Go binary's packages were found (default: the path). */
  location?: SbomLocation
}

/** An image to describe, one platform of it, read from a registry or an OCI layout. */
export interface ImageSubject {
  kind: 'image'
  /** registryImageSource() or layoutImageSource(). */
  source: ImageSource
  /** A tag or digest in that source. */
  reference: string
  /** The subject's name in the SBOM (the reference as given). */
  name: string
  /** `os/arch[/variant]` of an index (default: its only platform, else linux/amd64). */
  platform?: string
}

/** Options of {@link generateSbom}. */
export interface GenerateSbomOptions {
  subject: FileSubject | ImageSubject
  /** The generator, for the document's creators / tools. */
  tool: { name: string; version: string }
}

/** An SBOM, how its subject was catalogued, and what the catalogers skipped and why. */
export interface GeneratedSbom {
  sbom: Sbom
  cataloged: 'go-binary' | 'archive' | 'file' | 'image'
  problems: string[]
  /** For an image: the platform described (`linux/amd64`). */
  platform?: string
}

/**
 * The SBOM of one subject, natively: a file from a Go binary's build information (syft's
 * mapping), an archive's members, or its checksums alone; an image, one platform, from its
 * layers squashed (OS package databases, Go binaries, npm packages), streamed. Write it with
 * toSpdxJson / toCycloneDxJson. Content the catalogers refuse throws its CatalogError.
 */
export async function generateSbom(options: GenerateSbomOptions): Promise<GeneratedSbom> {
  const { subject, tool } = options
  if (subject.kind === 'file') {
    const checksums = subject.checksums ?? (await fileChecksums({ path: subject.path }))
    return generateFileSbom({
      path: subject.path,
      name: subject.name,
      checksums,
      tool,
      ...(subject.location && { location: subject.location })
    })
  }
  const image = await catalogImage({
    source: subject.source,
    reference: subject.reference,
    ...(subject.platform === undefined ? {} : { platform: subject.platform })
  })
  return {
    sbom: {
      subject: { ...image.subject, name: subject.name },
      packages: image.packages,
      relationships: image.relationships,
      tool
    },
    cataloged: 'image',
    problems: image.problems,
    ...(image.subject.platform === undefined ? {} : { platform: image.subject.platform })
  }
}

async function fileChecksums(options: { path: string }): Promise<SbomChecksum[]> {
  const { digests } = await hashRegularFile({ path: options.path, algorithms: ['sha256', 'sha1'] })
  return [
    { algorithm: 'SHA256', value: digests.get('sha256')?.toString('hex') ?? '' },
    { algorithm: 'SHA1', value: digests.get('sha1')?.toString('hex') ?? '' }
  ]
}
