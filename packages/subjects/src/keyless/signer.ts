import { getIdToken, type Logger } from '@sign/action-kit'
import {
  createBundleSigner,
  functionIdentityProvider,
  staticIdentityProvider,
  type BundleSigner,
  type SigstoreInstance
} from '@sign/sigstore'
import { CONCURRENCY } from '../concurrency.ts'

/**
 * The one signer of the step: one ephemeral key and one Fulcio certificate for every artifact.
 * Its identity is the identity-token input, else the job's own OIDC token (audience sigstore),
 * requested when the certificate is.
 */
export function createKeylessSigner(options: {
  instance: SigstoreInstance
  identityToken: string | undefined
  logger: Logger
}): BundleSigner {
  const identityProvider =
    options.identityToken === undefined
      ? functionIdentityProvider(() => getIdToken('sigstore'))
      : staticIdentityProvider(options.identityToken)
  return createBundleSigner({
    instance: options.instance,
    identityProvider,
    concurrency: CONCURRENCY,
    logger: options.logger
  })
}
