import { SigstoreError } from '../errors.ts'
import { SIMPLE_SIGNING_TYPE } from './formats.ts'
import { goJson, goMap } from './go-json.ts'

/** Options of simpleSigningPayload. */
export interface SimpleSigningOptions {
  /** The repository the signature claims, e.g. `ghcr.io/org/app` (cosign: `Repository.Name()`). */
  dockerReference: string
  /** The image manifest digest, `sha256:<hex>`. */
  digest: string
  /** `cosign sign -a key=value` annotations; absent or empty → `"optional":null`. */
  annotations?: Record<string, string>
}

/**
 * The payload a legacy cosign signature signs: sigstore/sigstore's
 * `payload.Cosign.MarshalJSON()` (pkg/signature/payload/payload.go) — a SimpleContainerImage
 * `{"critical":{"identity":{"docker-reference":…},"image":{"docker-manifest-digest":…},"type":
 * "cosign container image signature"},"optional":…}` with Go's field order, sorted map keys
 * and HTML escaping. cosign leaves the annotations map nil without `-a`, hence `null`.
 */
export function simpleSigningPayload(options: SimpleSigningOptions): Buffer {
  if (!options.dockerReference || /[@\s]/.test(options.dockerReference)) {
    throw new SigstoreError({
      code: 'INVALID_INPUT',
      message: `docker reference "${options.dockerReference}" is not a repository name; pass it as registry/repository, without a tag or digest`
    })
  }
  const annotations = options.annotations ?? {}
  const payload = {
    critical: {
      identity: { 'docker-reference': options.dockerReference },
      image: { 'docker-manifest-digest': options.digest },
      type: SIMPLE_SIGNING_TYPE
    },
    optional: Object.keys(annotations).length > 0 ? goMap(annotations) : null
  }
  return Buffer.from(goJson(payload))
}
