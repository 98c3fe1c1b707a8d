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
  /**
   * Retries of a request that failed on the network, timed out or got 408/429/5xx (default
   * SIGSTORE_RETRY's 4), with SIGSTORE_RETRY's back-off and time budget.
   */
  retries?: number
  logger?: Logger
  /** The clock certificate renewal goes by (ms since the epoch), for tests. */
  now?: () => number
}

// sigstore-js defaults to 5 s, too short for Rekor under load: a retry then meets a 409.
const MIN_TIMEOUT_MS = 20_000

/**
 * How Fulcio, Rekor and TSA requests are retried, in the promise-retry terms sigstore-js takes
 * (its Fulcio client) and that the Rekor and TSA clients here translate: up to 5 tries, waits
 * from 500 ms doubling with jitter, no retry begun 60 s after the first try — the budget
 * registry operations have. Rekor and the TSA honour Retry-After (up to 10 s); sigstore-js reads
 * none, but its first wait is about the second a busy service asks for. A Rekor v1 entry whose
 * answer was lost is not logged twice: the retry meets 409 and the entry is fetched.
 */
export const SIGSTORE_RETRY = {
  retries: 4,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 10_000,
  randomize: true,
  maxRetryTime: 60_000
} as const

/** The retry options of every request, for `retries` retries. */
export type SigstoreRetry = Omit<typeof SIGSTORE_RETRY, 'retries'> & { retries: number }

/**
 * A BundleSigner for `instance`: one ephemeral key and Fulcio certificate shared by every
 * artifact until less than a minute of it remains, signatures made right before they are
 * logged and timestamped, `concurrency` artifacts at a time (so a certificate is fresh when
 * Rekor integrates the entry, however long the queue).
 */
export function createBundleSigner(options: BundleSignerOptions): BundleSigner {
  const { instance } = options
  const concurrency = count(options.concurrency ?? 8, 'concurrency', 1)
  const retry: SigstoreRetry = {
    ...SIGSTORE_RETRY,
    retries: count(options.retries ?? SIGSTORE_RETRY.retries, 'retries', 0)
  }
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
            retry
          })
      )
  })
  const witnesses = createWitnesses({
    instance,
    timeout,
    retry,
    concurrency,
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
    signStatementBytes: payload => sign(certificate => statementBundle(certificate, payload)),
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
