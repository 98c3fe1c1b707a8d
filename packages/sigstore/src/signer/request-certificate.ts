import { X509Certificate, pem } from '@sigstore/core'
import { FulcioSigner, InternalError, type Signer } from '@sigstore/sign'
import { SigstoreError } from '../errors.ts'
import type { IdentityProvider } from '../identity/identity-provider.ts'
import { tokenSubject } from '../identity/token-subject.ts'
import { createEphemeralKey, type EphemeralKey } from './ephemeral-key.ts'
import type { SigstoreRetry } from './create-bundle-signer.ts'
import { serviceError } from './service-error.ts'
import { uncounted } from './request-counter.ts'

/** A Fulcio certificate and the ephemeral key it certifies. */
export interface IssuedCertificate {
  key: EphemeralKey
  pem: string
  der: Buffer
  /** End of validity, ms since the epoch. */
  notAfter: number
  /** The identity Fulcio certified (the URI SAN, e.g. the workflow ref). */
  identity: string | undefined
}

/**
 * A new ephemeral key certified by Fulcio: one token from `identityProvider`, one certificate
 * request (sigstore-js's FulcioSigner with this key as its keyHolder, so the key stays here).
 */
export async function requestCertificate(options: {
  fulcioUrl: string
  identityProvider: IdentityProvider
  timeout: number
  retry: SigstoreRetry
}): Promise<IssuedCertificate> {
  const key = createEphemeralKey()
  const keyHolder: Signer = {
    sign: data =>
      Promise.resolve({
        signature: key.signData(data),
        key: { $case: 'publicKey', publicKey: key.publicKeyPem }
      })
  }
  const identityProvider = {
    getToken: async () => {
      const token = await uncounted(() => options.identityProvider.getToken())
      tokenSubject(token)
      return token
    }
  }
  const fulcio = new FulcioSigner({
    fulcioBaseURL: options.fulcioUrl,
    identityProvider,
    keyHolder,
    timeout: options.timeout,
    retry: options.retry
  })
  let certificate: string
  try {
    // FulcioSigner also signs what it is given with the new key: nothing, here.
    const signature = await fulcio.sign(Buffer.alloc(0))
    if (signature.key.$case !== 'x509Certificate') throw new Error('Fulcio returned no certificate')
    certificate = signature.key.certificate
  } catch (error) {
    throw certificateError(error, options.fulcioUrl)
  }
  const parsed = X509Certificate.parse(certificate)
  return {
    key,
    pem: certificate,
    der: pem.toDER(certificate),
    notAfter: parsed.notAfter.getTime(),
    identity: parsed.subjectAltName
  }
}

function certificateError(error: unknown, url: string): SigstoreError {
  if (error instanceof InternalError && error.code === 'IDENTITY_TOKEN_READ_ERROR') {
    if (error.cause instanceof SigstoreError) return error.cause
    const reason = error.cause instanceof Error ? error.cause.message : String(error.cause)
    return new SigstoreError({
      code: 'IDENTITY_TOKEN_FAILED',
      message:
        `Could not get an OIDC identity token: ${reason}. On GitHub Actions grant the job ` +
        'permissions: id-token: write; elsewhere pass identity-token.',
      cause: error.cause
    })
  }
  return serviceError({
    code: 'CERTIFICATE_FAILED',
    service: 'Fulcio',
    url,
    action: 'issue a signing certificate',
    error,
    hint: status =>
      status !== undefined && status >= 400 && status < 500
        ? 'Check that the identity token is a current OIDC token with audience "sigstore" from ' +
          'an issuer this Fulcio trusts (on GitHub Actions: permissions: id-token: write).'
        : 'Check fulcio-url (or the signing config) and that the service is reachable, then re-run the job.'
  })
}
