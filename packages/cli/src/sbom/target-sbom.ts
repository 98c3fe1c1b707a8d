// The SBOM of one `sign sbom` target: a file (a Go binary, an archive, or any other file as the
// SBOM's root alone), an image in a registry, or an image in an OCI layout.
import type { RegistryClient } from '@sign/oci'
import { PRODUCT_NAME, PRODUCT_VERSION } from '@sign/product'
import { generateSbom, layoutImageSource, registryImageSource, type Sbom } from '@sign/sbom'
import type { Target } from '@sign/verify/parse-target'

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
 * Catalogs one target with generateSbom: a file (a Go binary, an archive told apart by content,
 * or any other file as the SBOM's root alone, with its SHA256 and SHA1); an image read once, by
 * digest, one platform, from a registry or an OCI layout.
 */
export async function targetSbom(options: TargetSbomOptions): Promise<TargetSbom> {
  const { target } = options
  if (target.kind === 'file') {
    const { sbom, problems } = await generateSbom({
      subject: { kind: 'file', path: target.path, name: target.path },
      tool: TOOL
    })
    return { sbom, problems }
  }
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
  const { sbom, problems } = await generateSbom({
    subject: {
      kind: 'image',
      source,
      reference,
      name: target.text,
      ...(options.platform === undefined ? {} : { platform: options.platform })
    },
    tool: TOOL
  })
  return { sbom, problems }
}
