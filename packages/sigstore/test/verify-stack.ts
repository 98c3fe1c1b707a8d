// The verification tests' signing environment: an OIDC issuer minting GitHub Actions tokens for
// one workflow run, the loopback Sigstore stack trusting it, and a signer (Fulcio + Rekor v1,
// optionally the TSA), each bundle returned as a verifier reads it (JSON text, parsed).
import type { TestContext } from 'node:test'
import { createHash, createPublicKey, randomBytes } from 'node:crypto'
import {
  GITHUB_ACTIONS_ISSUER,
  startOidcIssuer,
  startSigstoreStack,
  type OidcIssuer,
  type SigstoreStack,
  type WorkflowIdentity
} from '@sign/testenv'
import { createBundleSigner } from '../src/signer/create-bundle-signer.ts'
import type { InTotoStatement, SignedBundle } from '../src/signer/bundle-signer.ts'
import type { TrustedRootJSON, VerifyPolicy } from '../src/verify/index.ts'

export { GITHUB_ACTIONS_ISSUER }

/** A signed bundle as JSON, the certificate's public key, and the signed artifact. */
export interface Signed {
  /** The bundle as a verifier receives it: parsed from its JSON text. */
  bundle: Record<string, unknown>
  /** The signing certificate's public key (PEM), for managed-key verification. */
  publicKey: string
  data: Buffer
}

/** A workflow run that signs: its issuer, stack, trusted root and identity. */
export interface SigningEnv {
  oidc: OidcIssuer
  stack: SigstoreStack
  trustedRoot: TrustedRootJSON
  /** `https://github.com/<repo>/<workflow path>@<ref>`: the SAN Fulcio certifies. */
  san: string
  /** The exact identity policy of this run. */
  policy: VerifyPolicy
  /** A message signature (v0.3) over fresh random bytes, or over `data`. */
  signFile(data?: Buffer): Promise<Signed>
  /** A DSSE bundle over an in-toto statement about fresh random bytes, or about `data`. */
  signStatement(options?: { data?: Buffer; predicateType?: string }): Promise<Signed>
}

/** Options of {@link startSigningEnv}. */
export interface SigningEnvOptions {
  workflow?: Partial<WorkflowIdentity>
  /** Timestamp every signature with the stack's TSA too. */
  tsa?: boolean
  /** Sign with this stack (another run against the same instance) instead of a new one. */
  stack?: SigstoreStack
  /** With `stack`: the issuer it trusts. */
  oidc?: OidcIssuer
}

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1'

/** Starts (or reuses) an issuer and a stack, stopped after the test, and signs with them. */
export async function startSigningEnv(
  t: TestContext,
  options: SigningEnvOptions = {}
): Promise<SigningEnv> {
  let oidc = options.oidc
  if (oidc === undefined) {
    const started = await startOidcIssuer(
      options.workflow === undefined ? {} : { workflow: options.workflow }
    )
    t.after(() => started.stop())
    oidc = started
  }
  let stack = options.stack
  if (stack === undefined) {
    const started = await startSigstoreStack({ oidcIssuers: [oidc] })
    t.after(() => started.stop())
    stack = started
  }
  const issuer = oidc
  const signer = createBundleSigner({
    instance: {
      fulcioUrl: stack.fulcioUrl,
      rekorUrl: stack.rekorUrl,
      rekorVersion: 1,
      ...(options.tsa === true ? { tsaUrl: stack.tsaUrl } : {})
    },
    identityProvider: {
      getToken: () => Promise.resolve(issuer.mint({ audience: 'sigstore' }))
    }
  })
  const { repository, workflowPath, ref } = oidc.workflow
  const san = `https://github.com/${repository}/${workflowPath}@${ref}`
  const signed = (result: SignedBundle, data: Buffer): Signed => ({
    bundle: JSON.parse(JSON.stringify(result.bundle)) as Record<string, unknown>,
    publicKey: createPublicKey(result.certificatePem)
      .export({ type: 'spki', format: 'pem' })
      .toString(),
    data
  })
  return {
    oidc,
    stack,
    trustedRoot: structuredClone(stack.trustedRoot) as unknown as TrustedRootJSON,
    san,
    policy: { certificateIdentity: san, certificateOidcIssuer: GITHUB_ACTIONS_ISSUER },
    async signFile(data = randomBytes(256)) {
      const digest = createHash('sha256').update(data).digest()
      return signed(await signer.signDigest({ algorithm: 'sha256', digest }), data)
    },
    async signStatement({ data = randomBytes(256), predicateType = SLSA_PROVENANCE_V1 } = {}) {
      const statement: InTotoStatement = {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [
          { name: 'app.bin', digest: { sha256: createHash('sha256').update(data).digest('hex') } }
        ],
        predicateType,
        predicate: { buildDefinition: { buildType: 'https://example.com/build' } }
      }
      return signed(await signer.signStatement(statement), data)
    }
  }
}
