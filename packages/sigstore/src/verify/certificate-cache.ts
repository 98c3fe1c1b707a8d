import { createPublicKey } from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import { X509Certificate } from '@sigstore/core'
import { VerificationError } from '@sigstore/verify'
import type { Signer } from '@sigstore/verify'
import { CertificateChainVerifier } from '@sigstore/verify/dist/key/certificate.js'
import { verifySCTs } from '@sigstore/verify/dist/key/sct.js'
import type { CertAuthority, TLogAuthority } from '@sigstore/verify/dist/trust/index.js'

// What @sigstore/verify's certificate checks conclude from a certificate and the trust material
// alone, computed once per certificate and trust material and reused for every bundle that
// carries the same certificate. A chain is built and checked by @sigstore/verify's own
// CertificateChainVerifier (path building with each issuer's signature, CA flags, name chaining,
// path length); only the part that depends on a time — whether the authority and every
// certificate of the path are valid at it — is left to {@link ChainCache.pathAt}, which each
// bundle calls with its own verified timestamps.

/** A result kept for reuse: the value, or the error computing it threw (rethrown each time). */
type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown }

function outcome<T>(compute: () => T): Outcome<T> {
  try {
    return { ok: true, value: compute() }
  } catch (error) {
    return { ok: false, error }
  }
}

/** CertificateChainVerifier's timestamp-free steps (TypeScript-private, plain methods at run time). */
interface PathSteps {
  sort(): X509Certificate[]
  checkPath(path: X509Certificate[]): void
}

/**
 * The path from `leaf` to a trusted certificate of `authority`'s chain, checked as
 * CertificateChainVerifier.verify does before it compares validity dates, which depend on the
 * time and are checked per use. The timestamp given to the verifier is never read by these steps.
 */
function buildPath(leaf: X509Certificate, authority: CertAuthority): X509Certificate[] {
  const verifier = new CertificateChainVerifier({
    trustedCerts: authority.certChain,
    untrustedCert: leaf,
    timestamp: new Date(0)
  }) as unknown as PathSteps
  const path = verifier.sort()
  verifier.checkPath(path)
  return path
}

/** A certificate's chains to each authority of one trust material, computed on first use. */
export class ChainCache {
  readonly #certificate: X509Certificate
  readonly #authorities: CertAuthority[]
  readonly #paths = new Map<CertAuthority, Outcome<X509Certificate[]>>()

  constructor(certificate: X509Certificate, authorities: CertAuthority[]) {
    this.#certificate = certificate
    this.#authorities = authorities
  }

  get certificate(): X509Certificate {
    return this.#certificate
  }

  /** The checked path to `authority`, or the error building it threw. */
  path(authority: CertAuthority): Outcome<X509Certificate[]> {
    let path = this.#paths.get(authority)
    if (path === undefined) {
      path = outcome(() => buildPath(this.#certificate, authority))
      this.#paths.set(authority, path)
    }
    return path
  }

  /**
   * @sigstore/verify's verifyCertificateChain at `time`: the path to the first authority valid
   * at `time` whose path verified and whose every certificate is valid at `time`;
   * CERTIFICATE_ERROR when there is none.
   */
  pathAt(time: Date): X509Certificate[] {
    let error: unknown
    for (const authority of this.#authorities) {
      if (authority.validFor.start > time || authority.validFor.end < time) continue
      const path = this.path(authority)
      if (!path.ok) {
        error = path.error
      } else if (!path.value.every(certificate => certificate.validForDate(time))) {
        error = new VerificationError({
          code: 'CERTIFICATE_ERROR',
          message: 'certificate is not valid or expired at the specified date'
        })
      } else {
        return path.value
      }
    }
    throw new VerificationError({
      code: 'CERTIFICATE_ERROR',
      message: 'Failed to verify certificate chain',
      cause: error
    })
  }
}

const OID_FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1'
const OID_FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8'

/** A signing certificate of bundles: its chains, SCTs and signer, each computed once. */
export class SigningCertificate extends ChainCache {
  readonly #ctlogs: TLogAuthority[]
  readonly #scts = new Map<X509Certificate, Outcome<Buffer[]>>()
  #signer: Signer | undefined

  constructor(options: {
    certificate: X509Certificate
    authorities: CertAuthority[]
    ctlogs: TLogAuthority[]
  }) {
    super(options.certificate, options.authorities)
    this.#ctlogs = options.ctlogs
  }

  /** The log IDs of the certificate's SCTs verified with `issuer`'s key (verifySCTs). */
  scts(issuer: X509Certificate | undefined): Buffer[] {
    const key = issuer ?? this.certificate
    let scts = this.#scts.get(key)
    if (scts === undefined) {
      scts = outcome(() => verifySCTs(this.certificate, issuer as X509Certificate, this.#ctlogs))
      this.#scts.set(key, scts)
    }
    if (!scts.ok) throw scts.error
    return scts.value
  }

  /** The key and identity the certificate binds, as @sigstore/verify reports its signer. */
  signer(): Signer {
    this.#signer ??= readSigner(this.certificate)
    return this.#signer
  }
}

function readSigner(certificate: X509Certificate): Signer {
  const issuerV2 = certificate.extension(OID_FULCIO_ISSUER_V2)
  const issuer =
    issuerV2 === undefined
      ? certificate.extension(OID_FULCIO_ISSUER_V1)?.value.toString('ascii')
      : issuerV2.valueObj.subs[0]?.value.toString('ascii')
  const oids = certificate.extensions.map(extension => ({
    oid: { id: (extension.subs[0]?.toOID() ?? '').split('.').map(Number) },
    value: extension.subs[extension.subs.length - 1]?.value ?? Buffer.alloc(0)
  }))
  return {
    key: createPublicKey({ key: certificate.publicKey, format: 'der', type: 'spki' }),
    identity: {
      extensions: { issuer },
      subjectAlternativeName: certificate.subjectAltName,
      oids
    }
  }
}

/** A timestamp authority's certificate chain and signing key, computed once. */
export class TimestampAuthority extends ChainCache {
  readonly authority: CertAuthority
  #key: Outcome<KeyObject> | undefined

  constructor(authority: CertAuthority) {
    const [leaf, ...rest] = authority.certChain
    super(leaf as X509Certificate, [{ certChain: rest, validFor: authority.validFor }])
    this.authority = authority
  }

  /** The signing certificate's public key. */
  key(): KeyObject {
    this.#key ??= outcome(() =>
      createPublicKey({ key: this.certificate.publicKey, format: 'der', type: 'spki' })
    )
    if (!this.#key.ok) throw this.#key.error
    return this.#key.value
  }
}

/** Options of {@link CertificateCache}. */
export interface CertificateCacheOptions {
  certificateAuthorities: CertAuthority[]
  ctlogs: TLogAuthority[]
  /** How many distinct signing certificates to keep; the oldest is dropped beyond it. */
  limit?: number
}

/** Signing certificates of one trust material, by their DER bytes. */
export class CertificateCache {
  readonly #options: CertificateCacheOptions
  readonly #certificates = new Map<string, SigningCertificate>()

  constructor(options: CertificateCacheOptions) {
    this.#options = options
  }

  /** The cached certificate whose DER is exactly `der`, parsed and added on first use. */
  get(der: Uint8Array): SigningCertificate {
    const id = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64')
    let cached = this.#certificates.get(id)
    if (cached === undefined) {
      cached = new SigningCertificate({
        certificate: X509Certificate.parse(Buffer.from(der)),
        authorities: this.#options.certificateAuthorities,
        ctlogs: this.#options.ctlogs
      })
      const limit = this.#options.limit ?? 1024
      if (this.#certificates.size >= limit) {
        const oldest = this.#certificates.keys().next()
        if (oldest.done !== true) this.#certificates.delete(oldest.value)
      }
      this.#certificates.set(id, cached)
    }
    return cached
  }

  get size(): number {
    return this.#certificates.size
  }
}
