import type { Descriptor, RegistryClient, Repository } from '@sign/oci'
import { SigstoreError } from '../errors.ts'
import type { BundleSigner, SignedBundle } from '../signer/bundle-signer.ts'
import { SIMPLE_SIGNING_MEDIA_TYPE } from './formats.ts'
import { legacyCosignTags } from './legacy-formats.ts'
import { appendSignatureLayer, readSignatureImage } from './signature-image.ts'
import { signatureLayerAnnotations } from './signature-layer.ts'
import { simpleSigningPayload } from './simple-signing.ts'

/** Options of writeLegacySignature. */
export interface LegacySignatureOptions {
  client: RegistryClient
  /** The repository holding the image; the `.sig` tag is written beside it. */
  repo: Repository
  /** The signed image manifest. */
  subject: Descriptor
  signer: BundleSigner
  /** The identity the payload claims, e.g. `ghcr.io/org/app` (cosign: the repository name). */
  dockerReference: string
  /** `cosign sign -a key=value` annotations for the payload's `optional` map. */
  annotations?: Record<string, string>
}

/** What writeLegacySignature wrote. */
export interface LegacySignatureResult {
  /** `sha256-<hex>.sig`. */
  tag: string
  /** The signature image manifest now at the tag. */
  descriptor: Descriptor
  /** How many signature layers the image holds now. */
  layers: number
  /** The payload's signature (a message-signature bundle over the payload bytes). */
  signed: SignedBundle
}

/**
 * A cosign v2 ("legacy") image signature: signs the simple-signing payload of the subject with
 * `signer.signBytes` (so Rekor logs a hashedrekord of the payload, as cosign does) and adds it as
 * one `application/vnd.dev.cosign.simplesigning.v1+json` layer, with cosign's annotations, to the
 * image at the tag `sha256-<hex>.sig`. The tag is read (and refused if it holds anything but a
 * signature image) before signing, then extended and written back — a read-modify-write like
 * cosign's own: concurrent writers on a registry without If-Match support can lose a layer.
 */
export async function writeLegacySignature(
  options: LegacySignatureOptions
): Promise<LegacySignatureResult> {
  const tags = /^sha256:[0-9a-f]{64}$/.test(options.subject.digest)
    ? legacyCosignTags(options.subject.digest)
    : undefined
  if (!tags) {
    throw new SigstoreError({
      code: 'INVALID_INPUT',
      message: `subject digest "${options.subject.digest}" is not sha256:<64 hex>; cosign names the .sig tag after a sha256 digest`
    })
  }
  const payload = simpleSigningPayload({
    dockerReference: options.dockerReference,
    digest: options.subject.digest,
    ...(options.annotations ? { annotations: options.annotations } : {})
  })
  const { client, repo } = options
  const tag = tags.sig
  const where = `${repo.registry}/${repo.repository}:${tag}`
  const image = await storing(where, () => readSignatureImage({ client, repo, tag }))
  const signed = await options.signer.signBytes(payload)
  const layer = {
    mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
    data: payload,
    annotations: signatureLayerAnnotations(signed)
  }
  const written = await storing(where, () => appendSignatureLayer({ client, repo, image, layer }))
  return { tag, ...written, signed }
}

/** Runs a registry step; its failures become STORAGE_FAILED errors saying what to check. */
async function storing<T>(where: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step()
  } catch (cause) {
    if (cause instanceof SigstoreError) throw cause
    throw new SigstoreError({
      code: 'STORAGE_FAILED',
      cause,
      message: `writing the cosign signature ${where} failed: ${(cause as Error).message}; check the registry is reachable and the credentials allow pull and push`
    })
  }
}
