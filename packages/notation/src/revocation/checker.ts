import { NotationError } from '../errors.ts'
import type { SourceAnswer } from './answer.ts'
import { certificateInfo } from './certificate-info.ts'
import type { CertificateInfo } from './certificate-info.ts'
import { readCrl } from './crl.ts'
import { fetchBytes } from './fetch-bytes.ts'
import { ocspRequest } from './ocsp-request.ts'
import { readOcspResponse } from './ocsp-response.ts'
import type { CertificateRevocation, RevocationCheckOptions, RevocationChecker } from './types.ts'

/** The largest OCSP response read (typical ones are 1–4 KiB, with a responder chain more). */
const OCSP_MAX_BYTES = 64 * 1024
/** The largest CRL read, as notation-core-go. */
const CRL_MAX_BYTES = 32 * 1024 * 1024

/** Options of {@link createRevocationChecker}. */
export interface RevocationCheckerOptions {
  /** Time limit of one OCSP exchange; 2000 ms, as notation-core-go. */
  ocspTimeoutMs?: number
  /** Time limit of one CRL download; 5000 ms, as notation-core-go. */
  crlTimeoutMs?: number
  /** The fetch to use; globalThis.fetch by default. */
  fetch?: typeof globalThis.fetch
  /** The clock responses and CRLs are judged against. */
  now?: () => Date
}

interface Settings {
  ocspTimeoutMs: number
  crlTimeoutMs: number
  fetch: typeof globalThis.fetch
  now: () => Date
}

/**
 * A revocation checker as the Notary Project verifier needs it (notation-core-go revocation):
 * for each certificate but the root, OCSP at its AIA responders first, then the CRLs of its
 * distribution points when no responder gave a trustworthy answer. Certificates without either
 * are `nonRevokable`; when sources exist and none answered, the status is `unknown` and `reason`
 * says what failed at each. Network and format problems never throw.
 *
 * Responses are trusted when signed by the issuer or by a responder certificate the issuer
 * issued with id-kp-OCSPSigning (valid now); CRLs when issued and signed by the issuer. Both
 * must be current: thisUpdate at most 5 minutes ahead, nextUpdate (when present) not passed.
 * SHA-1 signatures are refused. Bodies are capped ({@link OCSP_MAX_BYTES}, {@link CRL_MAX_BYTES}),
 * requests carry no credentials, and only http(s) URLs are used.
 *
 * With a `signingTime` (notary.x509.signingAuthority), a revocation whose invalidity date is
 * after the signing time does not count: the status is `good`, with `note` saying why. As in
 * notation-core-go, only the invalidity date is compared: the revocation time is when the CA
 * acted, not when the key stopped being trustworthy, so without an invalidity date a revoked
 * certificate stays revoked.
 */
export function createRevocationChecker(options: RevocationCheckerOptions = {}): RevocationChecker {
  const settings: Settings = {
    ocspTimeoutMs: options.ocspTimeoutMs ?? 2000,
    crlTimeoutMs: options.crlTimeoutMs ?? 5000,
    fetch: options.fetch ?? globalThis.fetch,
    now: options.now ?? (() => new Date())
  }
  return { check: checkOptions => checkChain(settings, checkOptions) }
}

async function checkChain(
  settings: Settings,
  options: RevocationCheckOptions
): Promise<CertificateRevocation[]> {
  if (options.chain.length === 0) {
    throw new NotationError({
      code: 'INVALID_CERTIFICATE_CHAIN',
      message: 'revocation checking needs a certificate chain; it is empty'
    })
  }
  const infos = options.chain.map(certificate => {
    try {
      return certificateInfo(certificate)
    } catch (cause) {
      throw new NotationError({
        code: 'INVALID_CERTIFICATE_CHAIN',
        message: `certificate "${certificate.subject}" cannot be read for revocation checking`,
        cause
      })
    }
  })
  const checks = infos.slice(0, -1).map((certificate, index) => {
    const issuer = infos[index + 1] as CertificateInfo
    return checkCertificate(settings, { certificate, issuer, signingTime: options.signingTime })
  })
  return Promise.all(checks)
}

interface CertificateCheck {
  certificate: CertificateInfo
  issuer: CertificateInfo
  signingTime: Date | undefined
}

async function checkCertificate(
  settings: Settings,
  check: CertificateCheck
): Promise<CertificateRevocation> {
  const { certificate, issuer } = check
  const subject = certificate.certificate.subject
  if (certificate.ocspUrls.length === 0 && certificate.crlUrls.length === 0) {
    return { subject, status: 'nonRevokable' }
  }
  const failures: string[] = []
  for (const url of certificate.ocspUrls) {
    try {
      const der = await fetchBytes({
        url,
        fetch: settings.fetch,
        timeoutMs: settings.ocspTimeoutMs,
        maxBytes: OCSP_MAX_BYTES,
        body: ocspRequest({ certificate, issuer }),
        contentType: 'application/ocsp-request'
      })
      const answer = readOcspResponse({ der, certificate, issuer, now: settings.now() })
      return revocation({ subject, answer, source: 'ocsp', failures, check })
    } catch (error) {
      failures.push(`OCSP ${url}: ${reasonOf(error)}`)
    }
  }
  for (const url of certificate.crlUrls) {
    try {
      const der = await fetchBytes({
        url,
        fetch: settings.fetch,
        timeoutMs: settings.crlTimeoutMs,
        maxBytes: CRL_MAX_BYTES
      })
      const answer = readCrl({ der, certificate, issuer, now: settings.now() })
      return revocation({ subject, answer, source: 'crl', failures, check })
    } catch (error) {
      failures.push(`CRL ${url}: ${reasonOf(error)}`)
    }
  }
  return { subject, status: 'unknown', reason: failures.join('; ') }
}

interface RevocationOptions {
  subject: string
  answer: SourceAnswer
  source: 'ocsp' | 'crl'
  failures: string[]
  check: CertificateCheck
}

function revocation(options: RevocationOptions): CertificateRevocation {
  const { subject, answer, source, failures } = options
  const note =
    failures.length > 0 ? `${failures.join('; ')}; answered by ${source.toUpperCase()}` : undefined
  if (answer.status === 'good') return { subject, status: 'good', source, ...(note && { note }) }
  const found: CertificateRevocation = {
    subject,
    status: 'revoked',
    source,
    ...(answer.revokedAt && { revokedAt: answer.revokedAt }),
    ...(answer.invalidityDate && { invalidityDate: answer.invalidityDate }),
    ...(answer.revocationReason && { revocationReason: answer.revocationReason }),
    ...(note && { note })
  }
  const { signingTime } = options.check
  if (signingTime && answer.invalidityDate && signingTime < answer.invalidityDate) {
    const after =
      `revoked, but the invalidity date ${answer.invalidityDate.toISOString()} is after ` +
      `the signing time ${signingTime.toISOString()}`
    return { ...found, status: 'good', note: note ? `${note}; ${after}` : after }
  }
  return found
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
