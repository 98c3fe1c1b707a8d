// The names of cosign's legacy (v2) attestation storage, read back by the legacy readers
// (cosign v2 cmd/cosign/cli/attest/attest.go, pkg/types; Sigstore bundle v0.1).

/** The layer media type of a `.att` image: one DSSE envelope per layer (types.DssePayloadType). */
export const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json'

/** The `.att` layer annotation naming the statement's predicate type. */
export const PREDICATE_TYPE_ANNOTATION = 'predicateType'

/** The bundle version a legacy layer converts to: the one that carries only a signed entry timestamp. */
export const BUNDLE_V01_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.1'

/** The legacy tags of a subject `sha256:<hex>`: `sha256-<hex>.sig` and `sha256-<hex>.att`. */
export function legacyCosignTags(subjectDigest: string): { sig: string; att: string } | undefined {
  const match = /^(sha256|sha384|sha512):([0-9a-f]+)$/.exec(subjectDigest)
  if (!match) return undefined
  const base = `${match[1]}-${match[2]}`
  return { sig: `${base}.sig`, att: `${base}.att` }
}
