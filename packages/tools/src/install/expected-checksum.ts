// Where the SHA-256 an asset must have comes from: the catalog, or the release's checksums file
// once its Sigstore bundle verifies against the tool's release identity — else nowhere.
import type { TrustedRootJSON } from '@sign/sigstore'
import type { ResolvedAsset } from '../catalog/resolve-asset.ts'
import { ToolsError } from '../errors.ts'
import type { FetchFunction } from './fetch-release-file.ts'
import { fetchReleaseChecksums } from './release-checksums.ts'

/** How an install is verified: the digest to expect and who vouched for it. */
export type ExpectedChecksum =
  | { sha256: string; source: 'catalog' | 'checksums-file' }
  | { sha256: undefined; source: 'unverified' }

/** Options of {@link expectedChecksum}. */
export interface ExpectedChecksumOptions {
  resolved: ResolvedAsset
  /** The `allow-unverified` input: install without a checksum rather than refuse. */
  allowUnverified: boolean
  /** Trust material for the checksums bundle; the public-good root when absent. */
  trustedRoot?: TrustedRootJSON
  fetch?: FetchFunction
  /** Milliseconds before the first retry of a failed fetch (tests shorten it). */
  retryDelayMs?: number
}

/**
 * The SHA-256 the asset must have. The catalog's pin when there is one; else, when the tool
 * publishes a signed checksums file, the asset's line in that file — fetched from the (mirrored)
 * release with its Sigstore bundle, which must verify over the file's bytes against the catalog's
 * release identity; else `unverified` when allowed, and UNVERIFIABLE_VERSION otherwise (its message
 * names `allow-unverified: true` and the catalog). A bundle that does not verify, or a checksums
 * file without the asset, is refused whatever allow-unverified says: that is a warning sign, not a
 * missing pin.
 */
export async function expectedChecksum(
  options: ExpectedChecksumOptions
): Promise<ExpectedChecksum> {
  const { resolved } = options
  if (resolved.sha256 !== undefined) return { sha256: resolved.sha256, source: 'catalog' }
  const name = `${resolved.tool} ${resolved.version}`
  if (resolved.checksumsBundleUrl === undefined || resolved.checksumsIdentity === undefined) {
    if (options.allowUnverified) return { sha256: undefined, source: 'unverified' }
    throw new ToolsError({
      code: 'UNVERIFIABLE_VERSION',
      message:
        `${name} is not pinned in the catalog for ${resolved.platform}, and ${resolved.tool} publishes ` +
        `no signed checksums file to verify it with. Request a version the catalog pins (or ${resolved.tool} ` +
        'alone for its default), pin this one in your own catalog file (input "catalog"), or accept an ' +
        'unverified download with allow-unverified: true.'
    })
  }
  const { sums } = await fetchReleaseChecksums({
    resolved,
    trustedRoot: options.trustedRoot,
    consequence: 'Nothing was installed.',
    fetch: options.fetch,
    retryDelayMs: options.retryDelayMs
  })
  const sha256 = sums.get(resolved.asset)
  if (sha256 === undefined) {
    throw new ToolsError({
      code: 'UNVERIFIABLE_VERSION',
      message: `The signed checksums file ${resolved.checksumsUrl} of ${name} lists no ${resolved.asset}, so its checksum cannot be verified.`
    })
  }
  return { sha256, source: 'checksums-file' }
}
