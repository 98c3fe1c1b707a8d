import type { Logger } from '../logger.ts'
import type { IssuedCertificate } from './request-certificate.ts'

/** A certificate is renewed when less than this much of its validity remains when signing. */
export const RENEWAL_MARGIN_MS = 60_000

/** The one certificate a signer signs with at a time. */
export interface CertificateCache {
  /** The certificate to sign with now: the cached one, or a new one when it is about to expire. */
  current(): Promise<IssuedCertificate>
  /** The last certificate issued, if any. */
  latest(): IssuedCertificate | undefined
}

/**
 * Keeps one certificate from `request` until less than RENEWAL_MARGIN_MS of it remains at
 * `now()`. Callers arriving while a request is in flight share it, so signing twenty artifacts
 * at once costs one Fulcio request; a failed request is not cached, the next call tries again.
 */
export function createCertificateCache(options: {
  request: () => Promise<IssuedCertificate>
  now: () => number
  logger: Logger
}): CertificateCache {
  const { logger } = options
  let cached: IssuedCertificate | undefined
  let pending: Promise<IssuedCertificate> | undefined

  const issue = async (): Promise<IssuedCertificate> => {
    try {
      const issued = await options.request()
      cached = issued
      logger.info(
        `Fulcio issued a signing certificate for ${issued.identity ?? 'an unnamed identity'}, ` +
          `valid until ${new Date(issued.notAfter).toISOString()}`
      )
      return issued
    } finally {
      pending = undefined
    }
  }

  return {
    current: () => {
      if (cached) {
        const remaining = cached.notAfter - options.now()
        if (remaining >= RENEWAL_MARGIN_MS) return Promise.resolve(cached)
        if (!pending)
          logger.debug(`Renewing the signing certificate: ${remaining} ms of validity left`)
      }
      pending ??= issue()
      return pending
    },
    latest: () => cached
  }
}
