import {
  DOCKER_MANIFEST,
  OCI_MANIFEST,
  type ContentStore,
  type Descriptor,
  type Limiter
} from '@sign/oci'
import {
  DSSE_ENVELOPE_MEDIA_TYPE,
  PREDICATE_TYPE_ANNOTATION,
  SIMPLE_SIGNING_MEDIA_TYPE,
  legacyAttestationBundle,
  legacySignatureBundle,
  parseSimpleSigningPayload
} from '@sign/sigstore'
import { MAX_LEGACY_LAYERS } from './limits.ts'
import { readSignatureBlob } from './signature-blob.ts'
import { readSignatureManifest, type SignatureManifest } from './signature-manifest.ts'
import type { FoundSignature } from './types.ts'
import { UnreadableArtifact, unreadableReason } from './unreadable.ts'

/** The two legacy cosign tags and what their layers are. */
const LEGACY = {
  sig: {
    via: 'cosign-sig-tag',
    claimed: 'cosign-signature',
    layerMediaType: SIMPLE_SIGNING_MEDIA_TYPE,
    what: 'simple-signing payload'
  },
  att: {
    via: 'cosign-att-tag',
    claimed: 'cosign-attestation',
    layerMediaType: DSSE_ENVELOPE_MEDIA_TYPE,
    what: 'DSSE envelope'
  }
} as const

/** Options of {@link readLegacyCosignTag}. */
export interface ReadLegacyCosignTagOptions {
  store: ContentStore
  /** `sha256-<hex>.sig` or `sha256-<hex>.att`. */
  tag: string
  suffix: 'sig' | 'att'
  /** Bounds the fetches (the tag's manifest, then each layer). */
  limiter: Limiter
}

/**
 * The signatures (`.sig`) or attestations (`.att`) cosign v2 stored at a legacy tag, one per
 * layer, each converted to an equivalent Sigstore bundle: a simple-signing payload with its
 * signed digest claim, or a DSSE envelope with its predicate type. No tag: nothing. A layer
 * that cannot be read is `unreadable` (with the layer); a tag that holds no image is one
 * `unreadable` result; registry and network failures are thrown.
 */
export async function readLegacyCosignTag(
  options: ReadLegacyCosignTagOptions
): Promise<FoundSignature[]> {
  const { store, tag, suffix, limiter } = options
  const kind = LEGACY[suffix]
  let manifest: SignatureManifest | undefined
  try {
    manifest = await limiter.run(() => readSignatureManifest({ store, reference: tag }))
    if (!manifest) return []
    const type = manifest.descriptor.mediaType
    if (type !== OCI_MANIFEST && type !== DOCKER_MANIFEST) {
      throw new UnreadableArtifact(
        `the tag ${tag} holds a ${type || 'manifest of no known type'}, not a cosign signature image`
      )
    }
    if (manifest.layers.length > MAX_LEGACY_LAYERS) {
      throw new UnreadableArtifact(
        `the tag ${tag} lists ${manifest.layers.length} layers, over cosign's limit of ${MAX_LEGACY_LAYERS}`
      )
    }
  } catch (error) {
    const reason = unreadableReason(error)
    if (reason === undefined) throw error
    const descriptor = manifest?.descriptor ??
      (error instanceof UnreadableArtifact ? error.manifest : undefined) ?? {
        mediaType: '',
        digest: tag,
        size: 0
      }
    return [
      { kind: 'unreadable', via: kind.via, manifest: descriptor, claimed: kind.claimed, reason }
    ]
  }
  const found = { via: kind.via, manifest: manifest.descriptor }
  return Promise.all(
    manifest.layers.map(layer =>
      limiter.run(async (): Promise<FoundSignature> => {
        try {
          return { ...found, ...(await readLegacyLayer({ store, layer, suffix })) }
        } catch (error) {
          const reason = unreadableReason(error)
          if (reason === undefined) throw error
          return { kind: 'unreadable', ...found, layer, claimed: kind.claimed, reason }
        }
      })
    )
  )
}

type LegacyLayer =
  | {
      kind: 'cosign-signature'
      layer: Descriptor
      payload: Buffer
      signedDigest: string
      bundle: unknown
    }
  | { kind: 'cosign-attestation'; layer: Descriptor; predicateType?: string; bundle: unknown }

async function readLegacyLayer(options: {
  store: ContentStore
  layer: Descriptor
  suffix: 'sig' | 'att'
}): Promise<LegacyLayer> {
  const { store, layer, suffix } = options
  const kind = LEGACY[suffix]
  if (layer.mediaType !== kind.layerMediaType) {
    throw new UnreadableArtifact(
      `the layer ${layer.digest} has media type ${layer.mediaType}, not ${kind.layerMediaType} (a cosign ${kind.what})`
    )
  }
  const bytes = await readSignatureBlob({ store, layer, what: kind.what })
  const annotations = layer.annotations ?? {}
  if (suffix === 'sig') {
    const { digest } = parseSimpleSigningPayload({ payload: bytes })
    const bundle = legacySignatureBundle({ annotations, payload: bytes })
    return { kind: 'cosign-signature', layer, payload: bytes, signedDigest: digest, bundle }
  }
  const bundle = legacyAttestationBundle({ annotations, envelope: bytes })
  const predicateType = annotations[PREDICATE_TYPE_ANNOTATION]
  return { kind: 'cosign-attestation', layer, bundle, ...(predicateType ? { predicateType } : {}) }
}
