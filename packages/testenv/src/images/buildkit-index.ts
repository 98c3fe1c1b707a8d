// Image indexes as `docker buildx build --sbom=true --provenance=true` pushes them, in each of
// BuildKit's attestation generations (test/vectors/sbom/buildx-* and buildkit-docs-* show real
// and documented ones): per platform manifest, an attestation manifest listed in the index with
// `vnd.docker.reference.type: attestation-manifest`, holding one bare in-toto statement per
// layer — an SPDX SBOM and a SLSA provenance about that platform manifest.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SampleImage } from './sample-image.ts'

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const digestOf = (data: Buffer): string =>
  `sha256:${createHash('sha256').update(data).digest('hex')}`

/**
 * BuildKit's attestation generations: ≤ 0.27 (Statement v0.1, SLSA v0.2), 0.28 (v0.1, SLSA v1),
 * 0.31 (Statement v1), 0.32 (the OCI artifact form: artifactType, empty config, subject).
 */
export const BUILDKIT_GENERATIONS = ['v0.27', 'v0.28', 'v0.31', 'v0.32'] as const
export type BuildkitGeneration = (typeof BUILDKIT_GENERATIONS)[number]

/** A stored object: a blob or a manifest, by digest. */
export interface StoredBytes {
  digest: string
  data: Buffer
}

/** Everything to push for one attested index, in push order (blobs, then manifests). */
export interface BuildkitIndex {
  /** The platform images' and attestations' blobs. */
  blobs: StoredBytes[]
  /** Platform manifests, then attestation manifests (all OCI image manifests). */
  manifests: (StoredBytes & { mediaType: string })[]
  index: { data: Buffer; digest: string; mediaType: typeof OCI_INDEX }
  /** Per platform manifest: its statements as stored (exact bytes) and their predicate types. */
  statements: {
    platformDigest: string
    attestationDigest: string
    predicateType: string
    payload: Buffer
  }[]
}

const vectors = join(import.meta.dirname, '..', '..', '..', '..', 'test', 'vectors', 'sbom')

/** The real BuildKit SLSA v0.2 provenance predicate (from the gpoulios/testpkg vector). */
function provenanceV02(): unknown {
  const file = join(vectors, 'buildx-attestations-gpoulios-testpkg')
  return (
    JSON.parse(
      readFileSync(join(file, 'cosign-lifted-provenance-v0.2-statement.json'), 'utf8')
    ) as { predicate: unknown }
  ).predicate
}

/** A SLSA v1 predicate shaped as BuildKit ≥ 0.28 writes it (docs/attestations/slsa-definitions.md). */
function provenanceV1(platform: string): unknown {
  return {
    buildDefinition: {
      buildType:
        'https://github.com/moby/buildkit/blob/master/docs/attestations/slsa-definitions.md',
      externalParameters: {
        configSource: { path: 'Dockerfile' },
        request: { frontend: 'dockerfile.v0', args: {}, locals: [{ name: 'context' }] }
      },
      internalParameters: { builderPlatform: platform },
      resolvedDependencies: []
    },
    runDetails: {
      builder: { id: '' },
      metadata: { invocationID: 'buildkit-test', startedOn: '2026-12-01T00:00:00Z' }
    }
  }
}

/** The SPDX 2.2 document BuildKit's syft scanner writes, with one package. */
function spdxPredicate(platform: string): unknown {
  return {
    spdxVersion: 'SPDX-2.2',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: '/run/src/core',
    documentNamespace: `https://anchore.com/syft/dir/run/src/core-${platform.replace('/', '-')}`,
    creationInfo: { created: '2026-12-01T00:00:00Z', creators: ['Tool: syft-[not provided]'] },
    packages: [
      {
        name: 'busybox',
        SPDXID: 'SPDXRef-Package-apk-busybox',
        versionInfo: '1.36.1-r2',
        downloadLocation: 'NOASSERTION',
        licenseConcluded: 'NONE',
        licenseDeclared: 'GPL-2.0-only',
        copyrightText: 'NOASSERTION',
        externalRefs: [
          {
            referenceCategory: 'PACKAGE_MANAGER',
            referenceType: 'purl',
            referenceLocator: 'pkg:apk/alpine/busybox@1.36.1-r2?arch=x86_64'
          }
        ]
      }
    ]
  }
}

/**
 * The index of `platforms` (pushed by the caller before the index) with BuildKit attestation
 * manifests of `generation` for each, named `pkg:docker/<name>@<tag>?platform=…` as BuildKit
 * names subjects. Statements are written pretty-printed in one generation and compact in the
 * others, so a test can tell that they are signed byte for byte.
 */
export function buildkitIndex(options: {
  generation: BuildkitGeneration
  /** The platform images and their `os/architecture`. */
  platforms: { image: SampleImage; platform: { os: string; architecture: string } }[]
  /** `registry/repository:tag`, for the statements' subject names. */
  name: string
}): BuildkitIndex {
  const { generation } = options
  const statementType =
    generation === 'v0.27' || generation === 'v0.28'
      ? 'https://in-toto.io/Statement/v0.1'
      : 'https://in-toto.io/Statement/v1'
  const blobs: StoredBytes[] = []
  const manifests: BuildkitIndex['manifests'] = []
  const statements: BuildkitIndex['statements'] = []
  const descriptors: object[] = []
  const attestations: object[] = []
  for (const { image, platform } of options.platforms) {
    blobs.push(...image.blobs)
    manifests.push({ digest: image.digest, data: image.manifest, mediaType: OCI_MANIFEST })
    const platformDescriptor = {
      mediaType: OCI_MANIFEST,
      digest: image.digest,
      size: image.manifest.length
    }
    descriptors.push({ ...platformDescriptor, platform })
    const platformName = `${platform.os}/${platform.architecture}`
    const [repository, tag = 'latest'] = options.name.split(/:(?=[^/:]+$)/)
    const subject = [
      {
        name: `pkg:docker/${repository}@${tag}?platform=${encodeURIComponent(platformName)}`,
        digest: { sha256: image.digest.replace('sha256:', '') }
      }
    ]
    const predicates: [string, unknown][] = [
      ['https://spdx.dev/Document', spdxPredicate(platformName)],
      generation === 'v0.27'
        ? ['https://slsa.dev/provenance/v0.2', provenanceV02()]
        : ['https://slsa.dev/provenance/v1', provenanceV1(platformName)]
    ]
    const layers = predicates.map(([predicateType, predicate]) => {
      const statement = { _type: statementType, predicateType, subject, predicate }
      const payload = Buffer.from(
        generation === 'v0.28' ? JSON.stringify(statement, null, 2) : JSON.stringify(statement)
      )
      blobs.push({ digest: digestOf(payload), data: payload })
      return { predicateType, payload }
    })
    const layerDescriptors = layers.map(({ predicateType, payload }) => ({
      mediaType: 'application/vnd.in-toto+json',
      digest: digestOf(payload),
      size: payload.length,
      annotations: { 'in-toto.io/predicate-type': predicateType }
    }))
    const manifest =
      generation === 'v0.32'
        ? {
            mediaType: OCI_MANIFEST,
            schemaVersion: 2,
            artifactType: 'application/vnd.docker.attestation.manifest.v1+json',
            config: {
              mediaType: 'application/vnd.oci.empty.v1+json',
              digest: digestOf(Buffer.from('{}')),
              size: 2,
              data: 'e30='
            },
            layers: layerDescriptors,
            subject: platformDescriptor
          }
        : legacyManifest(layerDescriptors, blobs)
    if (generation === 'v0.32')
      blobs.push({ digest: digestOf(Buffer.from('{}')), data: Buffer.from('{}') })
    const data = Buffer.from(JSON.stringify(manifest))
    const attestationDigest = digestOf(data)
    manifests.push({ digest: attestationDigest, data, mediaType: OCI_MANIFEST })
    for (const layer of layers) {
      statements.push({
        platformDigest: image.digest,
        attestationDigest,
        predicateType: layer.predicateType,
        payload: layer.payload
      })
    }
    attestations.push({
      mediaType: OCI_MANIFEST,
      digest: attestationDigest,
      size: data.length,
      annotations: {
        'vnd.docker.reference.digest': image.digest,
        'vnd.docker.reference.type': 'attestation-manifest'
      },
      platform: { architecture: 'unknown', os: 'unknown' }
    })
  }
  const data = Buffer.from(
    JSON.stringify({
      mediaType: OCI_INDEX,
      schemaVersion: 2,
      manifests: [...descriptors, ...attestations]
    })
  )
  return {
    blobs,
    manifests,
    index: { data, digest: digestOf(data), mediaType: OCI_INDEX },
    statements
  }
}

/** The ≤ 0.31 form: an image manifest whose stub config lists the statement layers as diff_ids. */
function legacyManifest(layers: { digest: string }[], blobs: StoredBytes[]): object {
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'unknown',
      os: 'unknown',
      config: {},
      rootfs: { type: 'layers', diff_ids: layers.map(layer => layer.digest) }
    })
  )
  blobs.push({ digest: digestOf(config), data: config })
  return {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: digestOf(config),
      size: config.length
    },
    layers
  }
}

/** What pushing needs of a content store (a registry repository or an OCI layout). */
export interface ContentSink {
  pushBlob(options: { digest: string; content: Uint8Array }): Promise<void>
  pushManifest(options: {
    bytes: Uint8Array
    mediaType: string
    tag?: string
  }): Promise<{ mediaType: string; digest: string; size: number }>
}

/** Pushes everything of `built`: blobs, the platform and attestation manifests, the index as `tag`. */
export async function pushBuildkitIndex(options: {
  store: ContentSink
  built: BuildkitIndex
  tag: string
}): Promise<{ mediaType: string; digest: string; size: number }> {
  const { store, built } = options
  for (const blob of built.blobs) {
    await store.pushBlob({ digest: blob.digest, content: blob.data })
  }
  for (const manifest of built.manifests) {
    await store.pushManifest({ bytes: manifest.data, mediaType: manifest.mediaType })
  }
  return store.pushManifest({
    bytes: built.index.data,
    mediaType: built.index.mediaType,
    tag: options.tag
  })
}
