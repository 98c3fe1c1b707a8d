import { SigstoreError } from '../errors.ts'
import type { IdentityProvider } from '../identity/identity-provider.ts'
import type { SigstoreInstance } from '../instance/instance.ts'
import { silentLogger, type Logger } from '../logger.ts'
import {
  messageSignatureBundle,
  statementBundle,
  type UnwitnessedBundle
} from './bundle-content.ts'
import type { BundleSigner, MessageDigest, SignedBundle, SigningStats } from './bundle-signer.ts'
import { createCertificateCache } from './certificate-cache.ts'
import { sha256 } from './ephemeral-key.ts'
import { createLimiter } from '@sign/oci'
import { countRequests } from './request-counter.ts'
import { requestCertificate, type IssuedCertificate } from './request-certificate.ts'
import { signedBundle } from './signed-bundle.ts'
import { createWitnesses } from './witnesses.ts'

/** How a BundleSigner reaches Sigstore. */
export interface BundleSignerOptions {
  instance: SigstoreInstance
  identityProvider: IdentityProvider
  /** Artifacts signed and witnessed at once (default 8). */
  concurrency?: number
  /** Per-request timeout in ms for Fulcio, Rekor and the TSA: default and minimum 20000. */
  timeoutMs?: number
  /** Retries of a request that failed on the network, timed out or got 408/429/5xx (default 3). */
  retries?: number
  logger?: Logger
  /** The clock certificate renewal goes by (ms since the epoch), for tests. */
  now?: () => number
}

// sigstore-js defaults to 5 s, too short for Rekor under load: a retry then meets a 409.
const MIN_TIMEOUT_MS = 20_000

/**
 * A BundleSigner for `instance`: one ephemeral key and Fulcio certificate shared by every
 * artifact until less than a minute of it remains, signatures made right before they are
 * logged and timestamped, `concurrency` artifacts at a time (so a certificate is fresh when
 * Rekor integrates the entry, however long the queue).
 */
export function createBundleSigner(options: BundleSignerOptions): BundleSigner {
  const { instance } = options
  const concurrency = count(options.concurrency ?? 8, 'concurrency', 1)
  const retries = count(options.retries ?? 3, 'retries', 0)
  const timeout = Math.max(options.timeoutMs ?? MIN_TIMEOUT_MS, MIN_TIMEOUT_MS)
  const logger = options.logger ?? silentLogger
  const stats: SigningStats = { fulcio: 0, rekor: 0, tsa: 0 }
  const certificates = createCertificateCache({
    now: options.now ?? Date.now,
    logger,
    request: () =>
      countRequests(
        () => stats.fulcio++,
        () =>
          requestCertificate({
            fulcioUrl: instance.fulcioUrl,
            identityProvider: options.identityProvider,
            timeout,
            retries
          })
      )
  })
  const witnesses = createWitnesses({
    instance,
    timeout,
    retries,
    count: { rekor: () => stats.rekor++, tsa: () => stats.tsa++ }
  })
  const limiter = createLimiter({ concurrency })

  /** Signs with the current certificate, then gets the signature logged and timestamped. */
  const sign = (build: (certificate: IssuedCertificate) => UnwitnessedBundle) =>
    limiter.run(async (): Promise<SignedBundle> => {
      const certificate = await certificates.current()
      const { bundle, signature } = build(certificate)
      const material = await witnesses(bundle.content, certificate.pem)
      return signedBundle({
        bundle,
        material,
        signature,
        certificatePem: certificate.pem,
        instance
      })
    })

  const signDigest = async (message: MessageDigest) => {
    if (message.algorithm !== 'sha256' || message.digest.length !== 32) {
      const given = `${String(message.algorithm)} with ${message.digest.length} bytes`
      throw invalidInput(`A message digest must be 32 bytes of sha256, not ${given}.`)
    }
    return await sign(certificate => messageSignatureBundle(certificate, message.digest))
  }

  return {
    signDigest,
    signBytes: data => signDigest({ algorithm: 'sha256', digest: sha256(data) }),
    signStatement: statement => sign(certificate => statementBundle(certificate, statement)),
    certificatePem: () => certificates.latest()?.pem,
    stats: () => ({ ...stats })
  }
}

function count(value: number, name: string, minimum: number): number {
  if (!Number.isInteger(value) || value < minimum) {
    throw invalidInput(`${name} must be a whole number ≥ ${minimum}, not ${value}.`)
  }
  return value
}

function invalidInput(message: string): SigstoreError {
  return new SigstoreError({ code: 'INVALID_INPUT', message })
}
