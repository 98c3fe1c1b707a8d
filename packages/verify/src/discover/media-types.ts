// The media and artifact types discovery recognises.
import { NOTARY_SIGNATURE_ARTIFACT_TYPE, ENVELOPE_MEDIA_TYPE } from '@sign/notation'

export { NOTARY_SIGNATURE_ARTIFACT_TYPE }

/** The OCI 1.1-rc artifact manifest (`blobs` instead of `layers`), still read for notation. */
export const ARTIFACT_MANIFEST = 'application/vnd.oci.artifact.manifest.v1+json'

/** Every Sigstore bundle media type starts so (cosign's ociremote.Bundle checks the prefix). */
export const SIGSTORE_BUNDLE_PREFIX = 'application/vnd.dev.sigstore.bundle'

/** The two Notary Project envelope media types. */
export const NOTARY_ENVELOPE_MEDIA_TYPES: readonly string[] = [
  ENVELOPE_MEDIA_TYPE.jws,
  ENVELOPE_MEDIA_TYPE.cose
]

/** What a referrer's artifactType says it is, before its manifest is read. */
export type ReferrerClaim = 'notation' | 'sigstore-bundle' | 'other'

/** The claim of an artifactType (a manifest's artifactType, else its config media type). */
export function claimOf(artifactType: string | undefined): ReferrerClaim {
  if (artifactType === NOTARY_SIGNATURE_ARTIFACT_TYPE) return 'notation'
  if (artifactType?.startsWith(SIGSTORE_BUNDLE_PREFIX)) return 'sigstore-bundle'
  return 'other'
}
