import { isIndexMediaType, type ContentStore, type Descriptor } from '@sign/oci'
import { readBundleReferrer } from './bundle-referrer.ts'
import { claimOf, type ReferrerClaim } from './media-types.ts'
import { readNotationEnvelope } from './notation-referrer.ts'
import { sbomFormatOfArtifactType } from '../policy/sbom-formats.ts'
import type { SbomFormat } from '../policy/types.ts'
import { readSbomReferrer } from './sbom-referrer.ts'
import { readSignatureManifest, type SignatureManifest } from './signature-manifest.ts'
import type { FoundSignature } from './types.ts'
import { UnreadableArtifact, unreadableReason } from './unreadable.ts'

/** Options of {@link readReferrer}. */
export interface ReadReferrerOptions {
  store: ContentStore
  /** The image the referrer was listed for. */
  subject: Descriptor
  /** The referrer as the referrers list describes it. */
  referrer: Descriptor
  via: 'referrers-api' | 'tag-schema' | 'oci-layout'
  /** Read SBOM referrers' documents (else they are `other`, never fetched). */
  readSboms?: boolean
}

/**
 * One referrer, classified and read far enough to verify: a Notary Project signature (its
 * envelope), a Sigstore bundle (its bundle JSON), or any other artifact (reported from the
 * list alone, never fetched). A referrer that claims to be a signature but cannot be read is
 * `unreadable` with the reason; registry and network failures are thrown.
 */
export async function readReferrer(options: ReadReferrerOptions): Promise<FoundSignature> {
  const { store, subject, referrer, via } = options
  const listed = { via, manifest: referrer }
  const sbomFormatOf = (artifactType: string | undefined) =>
    options.readSboms === true && !isIndexMediaType(referrer.mediaType)
      ? sbomFormatOfArtifactType({ artifactType })
      : undefined
  const listedSbom = sbomFormatOf(referrer.artifactType)
  if (listedSbom !== undefined) return readSbom({ ...options, format: listedSbom })
  let claimed: ReferrerClaim | 'unknown' =
    referrer.artifactType === undefined ? 'unknown' : claimOf(referrer.artifactType)
  if (claimed === 'other' || isIndexMediaType(referrer.mediaType)) {
    return { kind: 'other', ...listed, ...artifactTypeOf(referrer.artifactType) }
  }
  try {
    const manifest = await readSignatureManifest({
      store,
      reference: referrer.digest,
      listedSize: referrer.size
    })
    if (!manifest) {
      throw new UnreadableArtifact(
        `the referrer ${referrer.digest} is listed, but its manifest is not in ${store.location}`
      )
    }
    const found = { via, manifest: manifest.descriptor }
    if (claimed === 'unknown') {
      const artifactType = manifest.artifactType ?? manifest.config?.mediaType
      claimed = claimOf(artifactType)
      const format = sbomFormatOf(artifactType)
      if (format !== undefined) return readSbom({ ...options, manifest, format })
      if (claimed === 'other') return { kind: 'other', ...found, ...artifactTypeOf(artifactType) }
    }
    if (manifest.subject?.digest !== subject.digest) {
      throw new UnreadableArtifact(
        `the referrer ${referrer.digest} has subject ${manifest.subject?.digest ?? '(none)'}, not ${subject.digest}`
      )
    }
    if (claimed === 'notation') {
      return { kind: 'notation', ...found, ...(await readNotationEnvelope({ store, manifest })) }
    }
    return { kind: 'sigstore-bundle', ...found, ...(await readBundleReferrer({ store, manifest })) }
  } catch (error) {
    const reason = unreadableReason(error)
    if (reason === undefined) throw error
    return {
      kind: 'unreadable',
      ...listed,
      claimed: claimed === 'unknown' ? 'referrer' : claimed,
      reason
    }
  }
}

/** An SBOM referrer read; one that cannot be read is `unreadable`, with its format. */
async function readSbom(
  options: ReadReferrerOptions & { manifest?: SignatureManifest; format: SbomFormat }
): Promise<FoundSignature> {
  try {
    return await readSbomReferrer(options)
  } catch (error) {
    const reason = unreadableReason(error)
    if (reason === undefined) throw error
    return {
      kind: 'unreadable',
      via: options.via,
      manifest: options.referrer,
      claimed: 'sbom',
      reason,
      sbomFormat: options.format
    }
  }
}

const artifactTypeOf = (artifactType: string | undefined) =>
  artifactType === undefined ? {} : { artifactType }
