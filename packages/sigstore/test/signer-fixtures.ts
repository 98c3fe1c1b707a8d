import type { TestContext } from 'node:test'
import { createHash, randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { bundleFromJSON, type Bundle } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier, toTrustMaterial } from '@sigstore/verify'
import {
  startOidcIssuer,
  startSigstoreStack,
  type OidcIssuer,
  type SigstoreStack,
  type SigstoreStackOptions
} from '@sign/testenv'
import { functionIdentityProvider, type IdentityProvider } from '../src/index.ts'
import type { InTotoStatement, SignedBundle } from '../src/signer/bundle-signer.ts'

/** The SAN the stack's Fulcio certifies for the issuer's default workflow, as real Fulcio would. */
export const SAN =
  'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3'
export const ISSUER = 'https://token.actions.githubusercontent.com'
/** The identity policy: SAN anchored and escaped, issuer exact. */
export const POLICY = {
  subjectAlternativeName: new RegExp(`^${SAN.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
  extensions: { issuer: ISSUER }
}

/** An OIDC issuer and a Sigstore stack trusting it, both stopped after the test. */
export async function startServices(
  t: TestContext,
  options: Partial<SigstoreStackOptions> = {}
): Promise<{ oidc: OidcIssuer; stack: SigstoreStack }> {
  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const stack = await startSigstoreStack({ oidcIssuers: [oidc], ...options })
  t.after(() => stack.stop())
  return { oidc, stack }
}

/** Mints a fresh `sigstore` token each time one is asked for, counting the asks. */
export function tokens(oidc: OidcIssuer): IdentityProvider & { calls: () => number } {
  let calls = 0
  const provider = functionIdentityProvider(() => {
    calls++
    return Promise.resolve(oidc.mint({ audience: 'sigstore' }))
  })
  return { ...provider, calls: () => calls }
}

/** A verifier trusting the stack's trusted_root.json as read from disk. */
export async function verifierFor(
  stack: SigstoreStack,
  options: ConstructorParameters<typeof Verifier>[1] = {}
): Promise<Verifier> {
  const json = JSON.parse(await readFile(stack.trustedRootPath, 'utf8')) as unknown
  return new Verifier(toTrustMaterial(TrustedRoot.fromJSON(json)), options)
}

/** A signed bundle as a verifier receives it: JSON text, parsed. */
export const parsed = (signed: SignedBundle): Bundle =>
  bundleFromJSON(JSON.parse(JSON.stringify(signed.bundle)))

/** Random artifact bytes and their sha256. */
export function artifact(): { data: Buffer; digest: Buffer } {
  const data = randomBytes(64)
  return { data, digest: createHash('sha256').update(data).digest() }
}

/** An in-toto statement about one named subject. */
export function statementAbout(name: string, digest: Buffer): InTotoStatement {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name, digest: { sha256: digest.toString('hex') } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: { buildDefinition: { buildType: 'https://example.com/build' } }
  }
}
