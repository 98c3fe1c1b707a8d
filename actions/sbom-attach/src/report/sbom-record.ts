import type { SbomFormatName } from '../inputs.ts'

/** One SBOM the step wrote: an entry of the `sboms` output and a row of the summary. */
export interface SbomRecord {
  /** `registry/repository@sha256:…` (a platform manifest) or the file's path. */
  subject: string
  /** The subject's digest, `sha256:…`. */
  digest: string
  kind: 'image' | 'file'
  /** An image's platform (`linux/amd64`). */
  platform?: string
  format: SbomFormatName
  /** For a file: the SBOM file written beside it. */
  path?: string
  /** For an image: the SBOM referrer's manifest digest. */
  referrer?: string
  /** Packages the SBOM lists besides its subject. */
  packages: number
  /** The attestation: a bundle file (files) or the bundle referrer's digest (images). */
  attestation?: string
  rekorLogIndex?: number
}
