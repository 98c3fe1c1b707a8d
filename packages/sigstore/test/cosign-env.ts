// The environment the cosign and files tests share: an OIDC issuer, the loopback Sigstore stack,
// a real registry holding a sample image — distribution 2.8.2 (tag schema) or olareg (referrers
// API), see registryKinds() — a signer, and a verifier trusting only the stack.
import type { TestContext } from 'node:test'
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier, toSignedEntity, toTrustMaterial, type Signer } from '@sigstore/verify'
import {
  createRegistryClient,
  createTransport,
  registryStore,
  type ContentStore,
  type Descriptor,
  type RegistryClient,
  type Repository,
  pushImage
} from '@sign/oci'
import {
  GITHUB_ACTIONS_ISSUER,
  sampleImage,
  startOidcIssuer,
  startSigstoreStack,
  type OidcIssuer,
  type OpenRegistry,
  type RegistryKind,
  type SigstoreStack
} from '@sign/testenv'
import type { BundleSigner } from '../src/signer/bundle-signer.ts'
import { createBundleSigner } from '../src/signer/create-bundle-signer.ts'

export interface CosignEnv {
  oidc: OidcIssuer
  stack: SigstoreStack
  signer: BundleSigner
  /** The certificate SAN Fulcio writes for the issuer's workflow. */
  san: string
  /** Verifies a bundle with the stack's trusted root and the exact SAN and issuer. */
  verify(bundle: SerializedBundle, data?: Buffer): Signer
}

export interface RegistryEnv {
  /** The running registry: `referrersApi` says whether it indexes referrers itself. */
  registry: OpenRegistry
  client: RegistryClient
  repo: Repository
  store: ContentStore
  /** Pushes a fresh sample image; returns its descriptor. */
  pushImage(tag: string): Promise<Descriptor>
}

/**
 * Starts the OIDC issuer and Sigstore stack (stopped after the test) and a signer using them:
 * Fulcio and Rekor v1, and the TSA when `tsa` is set.
 */
export async function startCosignEnv(
  t: TestContext,
  options: { tsa?: boolean } = {}
): Promise<CosignEnv> {
  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const stack = await startSigstoreStack({ oidcIssuers: [oidc] })
  t.after(() => stack.stop())
  const { repository, workflowPath, ref } = oidc.workflow
  const san = `https://github.com/${repository}/${workflowPath}@${ref}`
  const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(stack.trustedRoot)))
  const policy = {
    subjectAlternativeName: exactly(san),
    extensions: { issuer: GITHUB_ACTIONS_ISSUER }
  }
  return {
    oidc,
    stack,
    san,
    signer: createBundleSigner({
      instance: {
        fulcioUrl: stack.fulcioUrl,
        rekorUrl: stack.rekorUrl,
        rekorVersion: 1,
        ...(options.tsa ? { tsaUrl: stack.tsaUrl } : {})
      },
      identityProvider: { getToken: () => Promise.resolve(oidc.mint({ audience: 'sigstore' })) }
    }),
    verify: (bundle, data) => verifier.verify(toSignedEntity(bundleFromJSON(bundle), data), policy)
  }
}

/** Starts an open registry of `kind` (stopped after the test). */
export async function startRegistryEnv(t: TestContext, kind: RegistryKind): Promise<RegistryEnv> {
  const registry = await kind.start()
  t.after(() => registry.stop())
  const client = createRegistryClient({ transport: createTransport() })
  const repo = { registry: registry.host, repository: 'sign/app' }
  return {
    registry,
    client,
    repo,
    store: registryStore({ client, repo }),
    async pushImage(tag) {
      return pushImage({ client, repo, reference: tag, ...sampleImage() })
    }
  }
}

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`)
