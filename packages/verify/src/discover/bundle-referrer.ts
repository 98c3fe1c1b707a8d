import type { ContentStore } from '@sign/oci'
import { BUNDLE_PREDICATE_TYPE_ANNOTATION } from '@sign/sigstore'
import { SIGSTORE_BUNDLE_PREFIX } from './media-types.ts'
import { readSignatureBlob } from './signature-blob.ts'
import type { SignatureManifest } from './signature-manifest.ts'
import { UnreadableArtifact } from './unreadable.ts'

/** A Sigstore bundle referrer's bundle and predicate type. */
export interface ReferrerBundle {
  bundle: unknown
  predicateType?: string
}

/** Options of {@link readBundleReferrer}. */
export interface ReadBundleReferrerOptions {
  store: ContentStore
  manifest: SignatureManifest
}

/**
 * Reads a Sigstore bundle referrer as cosign v3 does (`ociremote.Bundle`): exactly one layer,
 * its media type a Sigstore bundle type, at most 32 MiB, holding the bundle JSON; the predicate
 * type from the manifest's `dev.sigstore.bundle.predicateType` annotation. The bundle is parsed,
 * not verified. Anything else is an UnreadableArtifact saying why.
 */
export async function readBundleReferrer(
  options: ReadBundleReferrerOptions
): Promise<ReferrerBundle> {
  const { store, manifest } = options
  const layers = manifest.layers.filter(layer => layer.mediaType.startsWith(SIGSTORE_BUNDLE_PREFIX))
  if (layers.length !== 1 || manifest.layers.length !== 1) {
    throw new UnreadableArtifact(
      `the bundle referrer ${manifest.descriptor.digest} has ${manifest.layers.length} layers (${manifest.layers.map(layer => layer.mediaType).join(', ') || 'none'}); a Sigstore bundle referrer holds exactly one ${SIGSTORE_BUNDLE_PREFIX}… layer`
    )
  }
  const [layer] = layers as [SignatureManifest['layers'][number]]
  const bytes = await readSignatureBlob({ store, layer, what: 'bundle' })
  let bundle: unknown
  try {
    bundle = JSON.parse(bytes.toString()) as unknown
  } catch (cause) {
    throw new UnreadableArtifact(`the bundle layer ${layer.digest} is not JSON`, { cause })
  }
  if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle)) {
    throw new UnreadableArtifact(`the bundle layer ${layer.digest} is not a JSON object`)
  }
  const predicateType = manifest.annotations[BUNDLE_PREDICATE_TYPE_ANNOTATION]
  return { bundle, ...(predicateType ? { predicateType } : {}) }
}
