import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle'
import { DSSEBundleBuilder, FulcioSigner, RekorWitness } from '@sigstore/sign'
import type { OidcIssuer } from '../oidc/issuer.ts'
import type { SigstoreStack } from '../sigstore/stack.ts'

/** An in-toto v1 statement, as actions/attest signs it. */
export interface InTotoStatement {
  _type: 'https://in-toto.io/Statement/v1'
  subject: { name: string; digest: Record<string, string> }[]
  predicateType: string
  predicate: Record<string, unknown>
}

export interface AttestationBundleOptions {
  stack: Pick<SigstoreStack, 'fulcioUrl' | 'rekorUrl'>
  /** Mints the workflow's ID token (audience `sigstore`) that Fulcio certifies. */
  oidc: Pick<OidcIssuer, 'mint'>
  statement: InTotoStatement
}

/**
 * A real attestation bundle made with the loopback Sigstore stack, as actions/attest makes one
 * for a public repository: the statement DSSE-signed with a Fulcio certificate for the job's
 * token, logged in Rekor v1, serialized as a v0.3 bundle (`{"bundle": …}` of the upload).
 */
export async function makeAttestationBundle(
  options: AttestationBundleOptions
): Promise<SerializedBundle> {
  const { stack, oidc, statement } = options
  const identityProvider = {
    getToken: () => Promise.resolve(oidc.mint({ audience: 'sigstore' }))
  }
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({ fulcioBaseURL: stack.fulcioUrl, identityProvider }),
    witnesses: [new RekorWitness({ rekorBaseURL: stack.rekorUrl, fetchOnConflict: true })]
  })
  const bundle = await builder.create({
    data: Buffer.from(JSON.stringify(statement)),
    type: 'application/vnd.in-toto+json'
  })
  return bundleToJSON(bundle)
}
