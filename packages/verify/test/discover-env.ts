// What the discovery tests share: a real registry (distribution without the referrers API,
// anonymous or with token auth, or olareg with it) holding a sample image, the loopback Sigstore stack with a signer, and the ways cosign, notation and others
// store signatures on that image — all written by this project's own signing code.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestContext } from 'node:test'
import {
  OCI_MANIFEST,
  createRegistryClient,
  layoutStore,
  pushImage,
  registryStore,
  sha256Digest,
  staticCredentials,
  type ContentStore,
  type Descriptor,
  type RegistryClient,
  type Repository
} from '@sign/oci'
import {
  attachSignatureToImage,
  createEnvelope,
  pemSigner,
  targetArtifactPayload
} from '@sign/notation'
import {
  createBundleSigner,
  rekorSetBundle,
  type BundleSigner,
  type InTotoStatement,
  type TrustedRootJSON
} from '@sign/sigstore'
import {
  GITHUB_ACTIONS_ISSUER,
  sampleImage,
  selfSignedCodeSigningChain,
  startOidcIssuer,
  startRegistry,
  startSigstoreStack,
  type RegistryKind,
  type RunningRegistry,
  type SampleImage
} from '@sign/testenv'

export interface SigningEnv {
  signer: BundleSigner
  trustedRoot: TrustedRootJSON
  /** The identity policy the stack's certificates satisfy. */
  policy: { certificateIdentity: string; certificateOidcIssuer: string }
}

/** Starts the OIDC issuer and Sigstore stack (stopped after the test) and a signer using them. */
export async function startSigningEnv(t: TestContext): Promise<SigningEnv> {
  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const stack = await startSigstoreStack({ oidcIssuers: [oidc] })
  t.after(() => stack.stop())
  const { repository, workflowPath, ref } = oidc.workflow
  return {
    signer: createBundleSigner({
      instance: { fulcioUrl: stack.fulcioUrl, rekorUrl: stack.rekorUrl, rekorVersion: 1 },
      identityProvider: { getToken: () => Promise.resolve(oidc.mint({ audience: 'sigstore' })) }
    }),
    trustedRoot: stack.trustedRoot as unknown as TrustedRootJSON,
    policy: {
      certificateIdentity: `https://github.com/${repository}/${workflowPath}@${ref}`,
      certificateOidcIssuer: GITHUB_ACTIONS_ISSUER
    }
  }
}

export interface RegistryEnv {
  /** The running server: `referrersApi` says whether discovery reads the API or the tag schema. */
  registry: RunningRegistry
  client: RegistryClient
  repo: Repository
  store: ContentStore
  image: Descriptor
  /** The image's own blobs (config and layer): discovery must never fetch them. */
  imageBlobs: string[]
  /**
   * The registry's requests logged since `from` bytes of its log, once it is still: method,
   * target (the path, with `?query` when it had one) and the status it answered.
   */
  requestsSince(from: number): Promise<{ method: string; path: string; status: number }[]>
  logSize(): Promise<number>
}

/**
 * Starts a registry (stopped after the test) and pushes a sample image to it: `kind` is one of
 * registryKinds() (open: distribution or olareg), or `token` for distribution with bearer tokens.
 */
export async function startRegistryEnv(
  t: TestContext,
  options: { kind: RegistryKind | 'token' }
): Promise<RegistryEnv> {
  const { kind } = options
  const registry = kind === 'token' ? await startRegistry({ mode: 'token' }) : await kind.start()
  t.after(() => registry.stop())
  const client = createRegistryClient(
    registry.mode === 'token'
      ? {
          credentials: staticCredentials({
            [registry.host]: { kind: 'basic', ...registry.credentials }
          })
        }
      : {}
  )
  const repo = { registry: registry.host, repository: 'sign/discover' }
  const sample = sampleImage()
  const image = await pushImage({ client, repo, reference: 'v1', ...sample })
  const logSize = () => Promise.resolve(registry.logOffset())
  return {
    registry,
    client,
    repo,
    store: registryStore({ client, repo }),
    image,
    imageBlobs: sample.blobs.map(blob => blob.digest),
    logSize,
    async requestsSince(from) {
      // The registry writes a request's line just after it answers: wait until the log is still.
      for (let last = -1, tries = 0; tries < 40; tries++) {
        const size = registry.logOffset()
        if (size === last) break
        last = size
        await new Promise(resolve => setTimeout(resolve, 50))
      }
      return registry.loggedRequests({ from }).map(request => ({
        method: request.method,
        path: request.query === '' ? request.path : `${request.path}?${request.query}`,
        status: request.status
      }))
    }
  }
}

/** A fresh OCI layout (removed after the test) holding a sample image tagged v1. */
export async function startLayoutEnv(
  t: TestContext
): Promise<{ store: ContentStore; image: Descriptor; sample: SampleImage }> {
  const directory = await mkdtemp(join(tmpdir(), 'sign-discover-layout-'))
  t.after(() => rm(directory, { recursive: true, force: true }))
  const store = layoutStore({ path: directory, create: true })
  const sample = sampleImage()
  for (const blob of sample.blobs) await store.pushBlob({ digest: blob.digest, content: blob.data })
  const image = await store.pushManifest({
    bytes: sample.manifest,
    mediaType: OCI_MANIFEST,
    tag: 'v1'
  })
  return { store, image, sample }
}

/** A Notary Project JWS signature of the image, attached as notation does. */
export async function attachNotarySignature(options: {
  store: ContentStore
  subject: Descriptor
}): Promise<{ envelope: Buffer; referrer: Descriptor }> {
  const [leaf] = await selfSignedCodeSigningChain()
  if (!leaf) throw new Error('no certificate')
  const signer = pemSigner({ keyPem: leaf.key.privateKeyPem, certificateChainPem: leaf.pem })
  const signingTime = new Date()
  const envelope = await createEnvelope({
    format: 'jws',
    payload: targetArtifactPayload({ descriptor: options.subject }),
    signer,
    signingTime
  })
  const referrer = await attachSignatureToImage({
    ...options,
    envelope,
    certificateChain: signer.certificateChain,
    signingTime
  })
  return { envelope: envelope.bytes, referrer }
}

/**
 * A legacy cosign `.att` image as cosign v2 `attest` writes it (cmd/cosign/cli/attest/attest.go,
 * pkg/oci/static): at `sha256-<hex>.att`, one layer of application/vnd.dsse.envelope.v1+json
 * holding the DSSE envelope (signed here by the stack), annotated with the empty signature,
 * the certificate, the empty chain, the Rekor bundle and `predicateType`; go-containerregistry's
 * empty image config extended with the layer's diff_id.
 */
export async function writeLegacyAttestation(options: {
  client: RegistryClient
  repo: Repository
  subject: Descriptor
  signer: BundleSigner
  predicateType: string
}): Promise<Descriptor> {
  const { client, repo, subject } = options
  const statement: InTotoStatement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [
      { name: `${repo.registry}/${repo.repository}`, digest: { sha256: subject.digest.slice(7) } }
    ],
    predicateType: options.predicateType,
    predicate: { buildDefinition: { buildType: 'https://example.com/build/v1' } }
  }
  const signed = await options.signer.signStatement(statement)
  const dsse = signed.bundle.dsseEnvelope
  if (!dsse) throw new Error('not a DSSE bundle')
  const envelope = Buffer.from(
    JSON.stringify({
      payloadType: dsse.payloadType,
      payload: dsse.payload,
      signatures: [{ keyid: '', sig: dsse.signatures[0]?.sig }]
    })
  )
  const annotations = {
    'dev.cosignproject.cosign/signature': '',
    'dev.sigstore.cosign/bundle': rekorSetBundle(signed.bundle) ?? '',
    'dev.sigstore.cosign/certificate': signed.certificatePem,
    'dev.sigstore.cosign/chain': '',
    predicateType: options.predicateType
  }
  const layerDigest = sha256Digest(envelope)
  const config = Buffer.from(
    JSON.stringify({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: [{ created: '0001-01-01T00:00:00Z' }],
      os: '',
      rootfs: { type: 'layers', diff_ids: [layerDigest] },
      config: {}
    })
  )
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        size: config.length,
        digest: sha256Digest(config)
      },
      layers: [
        {
          mediaType: 'application/vnd.dsse.envelope.v1+json',
          size: envelope.length,
          digest: layerDigest,
          annotations
        }
      ]
    })
  )
  return pushImage({
    client,
    repo,
    reference: `sha256-${subject.digest.slice(7)}.att`,
    blobs: [
      { digest: layerDigest, data: envelope },
      { digest: sha256Digest(config), data: config }
    ],
    manifest,
    mediaType: OCI_MANIFEST
  })
}

/** An SBOM-like referrer: reported as `other`, never fetched. */
export async function attachSbom(options: {
  store: ContentStore
  subject: Descriptor
}): Promise<Descriptor> {
  const { descriptor } = await options.store.attach({
    subject: options.subject,
    artifactType: 'application/spdx+json',
    layers: [
      { mediaType: 'application/spdx+json', data: Buffer.from('{"spdxVersion":"SPDX-2.3"}') }
    ]
  })
  return descriptor
}

/** A referrer claiming to be a Notary Project signature whose one layer is no envelope. */
export async function attachBrokenNotarySignature(options: {
  store: ContentStore
  subject: Descriptor
}): Promise<Descriptor> {
  const { descriptor } = await options.store.attach({
    subject: options.subject,
    artifactType: 'application/vnd.cncf.notary.signature',
    layers: [{ mediaType: 'application/octet-stream', data: Buffer.from('not an envelope') }]
  })
  return descriptor
}
