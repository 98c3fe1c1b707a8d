// The one check that lets a release's checksums file stand in for a pin: its Sigstore bundle
// verifies over the file's bytes for the release identity the catalog names.
import { SigstoreError, parseBundleJSON, verifyBundle } from '@sign/sigstore'
import type { TrustedRootJSON } from '@sign/sigstore'
import { ToolsError } from '../errors.ts'
import type { ResolvedAsset } from './resolve-asset.ts'

/** Options of {@link verifyChecksumsBundle}. */
export interface VerifyChecksumsBundleOptions {
  /** A resolved asset whose tool publishes signed checksums files (checksumsBundleUrl is set). */
  resolved: ResolvedAsset
  /** The checksums file's bytes, as fetched. */
  checksums: Buffer
  /** The bundle's JSON text, as fetched. */
  bundleText: string
  /** Trust material; the pinned public-good root when absent. */
  trustedRoot?: TrustedRootJSON
  /** What the failure means for the caller, appended to the error (e.g. "Nothing was installed."). */
  consequence: string
}

/** Who signed a verified checksums file. */
export interface ChecksumsSigner {
  bundleUrl: string
  identity: string
  issuer: string
}

/**
 * Verifies the checksums file's bundle against the catalog's release identity; returns the
 * signer. Throws UNVERIFIABLE_VERSION naming the bundle, the file, the expected signer and the
 * reason, followed by `consequence`.
 */
export function verifyChecksumsBundle(options: VerifyChecksumsBundleOptions): ChecksumsSigner {
  const { resolved } = options
  const identity = resolved.checksumsIdentity!
  const bundleUrl = resolved.checksumsBundleUrl!
  try {
    const verified = verifyBundle({
      bundle: parseBundleJSON({ text: options.bundleText, source: bundleUrl }),
      artifact: { data: options.checksums },
      policy: identity,
      ...(options.trustedRoot === undefined ? {} : { trustedRoot: options.trustedRoot })
    })
    return { bundleUrl, identity: verified.identity ?? '', issuer: verified.issuer ?? '' }
  } catch (cause) {
    if (!(cause instanceof SigstoreError)) throw cause
    const signer =
      identity.certificateIdentity ?? `an identity matching ${identity.certificateIdentityRegexp}`
    throw new ToolsError({
      code: 'UNVERIFIABLE_VERSION',
      message:
        `The Sigstore bundle ${bundleUrl} does not verify ${resolved.checksumsUrl}, the checksums ` +
        `file of ${resolved.tool} ${resolved.version}, as signed by ${signer} (issuer ` +
        `${identity.certificateOidcIssuer}): ${cause.message}. ${options.consequence}`,
      cause
    })
  }
}
