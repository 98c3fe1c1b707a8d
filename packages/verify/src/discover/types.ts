import type { Descriptor } from '@sign/oci'
import type { SbomFormat } from '../policy/types.ts'

/**
 * One signature or attestation found for a subject, read far enough to verify it (signature
 * artifacts only: the subject's own layers are never pulled).
 */
export type FoundSignature =
  | FoundNotationSignature
  | FoundSigstoreBundle
  | FoundCosignLegacySignature
  | FoundCosignLegacyAttestation
  | FoundUnreadable
  | FoundOtherReferrer
  | FoundSbomReferrer

interface FoundBase {
  /** Where it was found: `referrers-api`, `tag-schema` (index tag sha256-<hex>), `oci-layout`
   *  scan, or a legacy cosign tag (`sha256-<hex>.sig` / `.att`). */
  via: 'referrers-api' | 'tag-schema' | 'oci-layout' | 'cosign-sig-tag' | 'cosign-att-tag'
  /** The manifest that carries it (the referrer, or the legacy tag's image). */
  manifest: Descriptor
}

/** A Notary Project signature manifest (either form): its one envelope layer. */
export interface FoundNotationSignature extends FoundBase {
  kind: 'notation'
  /** `application/jose+json` or `application/cose`. */
  envelopeMediaType: string
  envelope: Buffer
}

/** A Sigstore bundle referrer (cosign v3 signature, or an attestation such as SBOM/provenance). */
export interface FoundSigstoreBundle extends FoundBase {
  kind: 'sigstore-bundle'
  /** The bundle JSON, parsed. */
  bundle: unknown
  /** The manifest's `dev.sigstore.bundle.predicateType` annotation, when present. */
  predicateType?: string
}

/**
 * One layer of a legacy cosign `.sig` image: a simple-signing payload signed as a message,
 * converted to an equivalent bundle (certificate or key, Rekor entry with its signed entry
 * timestamp, RFC 3161 timestamp) so it verifies like any other bundle with the payload as the
 * artifact.
 */
export interface FoundCosignLegacySignature extends FoundBase {
  kind: 'cosign-signature'
  layer: Descriptor
  /** The simple-signing payload bytes (the signed message). */
  payload: Buffer
  /** `critical.image.docker-manifest-digest` of the payload. */
  signedDigest: string
  bundle: unknown
}

/** One layer of a legacy cosign `.att` image: a DSSE envelope converted to a bundle. */
export interface FoundCosignLegacyAttestation extends FoundBase {
  kind: 'cosign-attestation'
  layer: Descriptor
  predicateType?: string
  bundle: unknown
}

/** A signature artifact that could not be read (malformed manifest, layer or annotations). */
export interface FoundUnreadable extends FoundBase {
  kind: 'unreadable'
  /** What it claimed to be, e.g. `notation`, `sigstore-bundle`, `cosign-signature`. */
  claimed: string
  reason: string
  /** The layer of a legacy cosign `.sig` / `.att` image that could not be read. */
  layer?: Descriptor
  /** For an SBOM referrer that could not be read: the format its artifact type names. */
  sbomFormat?: SbomFormat
}

/** Any other referrer (SBOM documents, etc.): reported, not verified. */
export interface FoundOtherReferrer extends FoundBase {
  kind: 'other'
  artifactType?: string
}

/**
 * An SBOM referrer (`application/spdx+json`, `application/vnd.cyclonedx+json`), read when the
 * policy requires SBOMs: its document, to be summarised, and its manifest, whose own signatures
 * (referrers of the SBOM manifest) make it a signed SBOM.
 */
export interface FoundSbomReferrer extends FoundBase {
  kind: 'sbom'
  via: 'referrers-api' | 'tag-schema' | 'oci-layout'
  format: SbomFormat
  /** The SBOM layer. */
  layer: Descriptor
  /** The document's bytes (checked against the layer's digest). */
  document: Buffer
}
