// A release's checksums file as the installer and the regen script read it: fetched, and verified
// by its Sigstore bundle (when the tool publishes one) before a line of it is trusted.
import type { TrustedRootJSON } from '@sign/sigstore'
import { parseChecksumsFile } from '../catalog/checksums-file.ts'
import type { ResolvedAsset } from '../catalog/resolve-asset.ts'
import { verifyChecksumsBundle } from '../catalog/verify-checksums-bundle.ts'
import type { ChecksumsSigner } from '../catalog/verify-checksums-bundle.ts'
import { fetchReleaseFile } from './fetch-release-file.ts'
import type { FetchFunction } from './fetch-release-file.ts'

/** Options of {@link fetchReleaseChecksums}. */
export interface FetchReleaseChecksumsOptions {
  /** Any asset of the release: its checksums URL, bundle URL and signer are used. */
  resolved: ResolvedAsset
  /** Trust material for the bundle; the pinned public-good root when absent. */
  trustedRoot?: TrustedRootJSON
  /** What a bundle that does not verify means for the caller, appended to the error. */
  consequence: string
  fetch?: FetchFunction
  /** Milliseconds before the first retry of a failed fetch (tests shorten it). */
  retryDelayMs?: number
}

/** The checksums file's lines, and who signed it when its bundle was verified. */
export interface ReleaseChecksums {
  /** File name → lowercase SHA-256. */
  sums: Map<string, string>
  /** Set when the tool publishes a Sigstore bundle (which then verified). */
  verifiedBy: ChecksumsSigner | undefined
}

/**
 * Fetches the release's checksums file and, when the tool publishes one, its Sigstore bundle,
 * which must verify over the file's bytes against the catalog's release identity
 * (UNVERIFIABLE_VERSION otherwise); then parses the file. Throws DOWNLOAD_FAILED, or
 * INVALID_INPUT for a malformed file.
 */
export async function fetchReleaseChecksums(
  options: FetchReleaseChecksumsOptions
): Promise<ReleaseChecksums> {
  const { resolved } = options
  const fetched = { fetch: options.fetch, retryDelayMs: options.retryDelayMs }
  const checksums = await fetchReleaseFile({ url: resolved.checksumsUrl, ...fetched })
  let verifiedBy: ChecksumsSigner | undefined
  if (resolved.checksumsBundleUrl !== undefined && resolved.checksumsIdentity !== undefined) {
    const bundleText = await fetchReleaseFile({ url: resolved.checksumsBundleUrl, ...fetched })
    verifiedBy = verifyChecksumsBundle({
      resolved,
      checksums,
      bundleText: bundleText.toString('utf8'),
      trustedRoot: options.trustedRoot,
      consequence: options.consequence
    })
  }
  const sums = parseChecksumsFile({
    text: checksums.toString('utf8'),
    source: resolved.checksumsUrl
  })
  return { sums, verifiedBy }
}
