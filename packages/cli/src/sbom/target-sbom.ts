// The SBOM of one `sign sbom` target: a file (a Go binary, an archive, or any other file as the
// SBOM's root alone), an image in a registry, or an image in an OCI layout.
import { hashRegularFile, type RegistryClient } from '@sign/oci'
import { PRODUCT_NAME, PRODUCT_VERSION } from '@sign/product'
import {
  catalogImage,
  generateFileSbom,
  layoutImageSource,
  registryImageSource,
  type Sbom
} from '@sign/sbom'
import type { Target } from '@sign/verify'

/** Options of {@link targetSbom}. */
export interface TargetSbomOptions {
  target: Target
  /** The registry client for image targets (one for the whole run). */
  client: RegistryClient
  /** `os/arch[/variant]` of an image index (default: its only platform, else linux/amd64). */
  platform?: string
}

/** An SBOM, and what its catalogers skipped and why. */
export interface TargetSbom {
  sbom: Sbom
  problems: string[]
}

const TOOL = { name: PRODUCT_NAME, version: PRODUCT_VERSION }

/**
 * Catalogs one target. A file is tried as a Go binary (its build information), then as an archive
 * (`.tar.gz`, `.tar`, `.zip`, told apart by content); any other file is the SBOM's root alone,
 * with its checksums. An image is read once, by digest, one platform.
 */
export async function targetSbom(options: TargetSbomOptions): Promise<TargetSbom> {
  const { target } = options
  if (target.kind === 'file') return fileSbom({ path: target.path })
  const source =
    target.kind === 'layout'
      ? layoutImageSource({ path: target.dir })
      : registryImageSource({
          client: options.client,
          repo: { registry: target.reference.registry, repository: target.reference.repository }
        })
  const reference =
    target.kind === 'layout'
      ? target.reference
      : (target.reference.digest ?? target.reference.tag ?? 'latest')
  const image = await catalogImage({
    source,
    reference,
    ...(options.platform === undefined ? {} : { platform: options.platform })
  })
  return {
    sbom: {
      subject: { ...image.subject, name: target.text },
      packages: image.packages,
      relationships: image.relationships,
      tool: TOOL
    },
    problems: image.problems
  }
}

async function fileSbom(options: { path: string }): Promise<TargetSbom> {
  const { path } = options
  const { digests } = await hashRegularFile({ path, algorithms: ['sha256', 'sha1'] })
  const { sbom, problems } = await generateFileSbom({
    path,
    name: path,
    checksums: [
      { algorithm: 'SHA256', value: digests.get('sha256')?.toString('hex') ?? '' },
      { algorithm: 'SHA1', value: digests.get('sha1')?.toString('hex') ?? '' }
    ],
    tool: TOOL
  })
  return { sbom, problems }
}
