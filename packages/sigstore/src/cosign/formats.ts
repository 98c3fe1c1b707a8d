// The names cosign's storage formats use (cosign v3.1: pkg/types, pkg/oci/static,
// pkg/oci/remote/write.go; sigstore/sigstore pkg/signature/payload).

/** Sigstore bundle v0.3: the artifactType, config artifactType and layer type of a referrer. */
export const BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'

/** What `cosign sign` (v3) puts in the in-toto statement it signs for an image. */
export const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1'

/** The payload type of a DSSE envelope holding an in-toto statement. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'

/** Annotations of a bundle referrer manifest (WriteAttestationNewBundleFormat). */
export const BUNDLE_CONTENT_ANNOTATION = 'dev.sigstore.bundle.content'
export const BUNDLE_PREDICATE_TYPE_ANNOTATION = 'dev.sigstore.bundle.predicateType'
export const CREATED_ANNOTATION = 'org.opencontainers.image.created'

/** The legacy `.sig` image: its layer media type and `critical.type` of the payload. */
export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json'
export const SIMPLE_SIGNING_TYPE = 'cosign container image signature'

/** Annotations of a legacy signature layer (pkg/oci/static/signature.go). */
export const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature'
export const CERTIFICATE_ANNOTATION = 'dev.sigstore.cosign/certificate'
export const CHAIN_ANNOTATION = 'dev.sigstore.cosign/chain'
export const REKOR_BUNDLE_ANNOTATION = 'dev.sigstore.cosign/bundle'
export const RFC3161_TIMESTAMP_ANNOTATION = 'dev.sigstore.cosign/rfc3161timestamp'
