import { isDeepStrictEqual } from 'node:util'
import type { RFC3161Timestamp, X509Certificate } from '@sigstore/core'
import { VerificationError } from '@sigstore/verify'
import type { SignedEntity, Signer, TrustMaterial } from '@sigstore/verify'
import { verifyPublicKey } from '@sigstore/verify/dist/key/index.js'
import { getTLogTimestamp } from '@sigstore/verify/dist/timestamp/index.js'
import type { TimestampVerificationResult } from '@sigstore/verify/dist/timestamp/index.js'
import { verifyTLogBody, verifyTLogInclusion } from '@sigstore/verify/dist/tlog/index.js'
import { CertificateCache, TimestampAuthority } from './certificate-cache.ts'
import type { SigningCertificate } from './certificate-cache.ts'

// @sigstore/verify's Verifier.verify, step for step and with its thresholds (one timestamp, one
// SCT, one transparency log entry), over trust material built once: what depends only on a
// certificate and the trust material — a signing certificate's chain and SCTs, a timestamp
// authority's chain and key — is computed once (certificate-cache.ts); everything that depends
// on the bundle is checked for every bundle: each timestamp's signature, the signing
// certificate's and every chain certificate's validity at each of the bundle's verified times,
// each log entry's inclusion (SET, or checkpoint and Merkle proof) and body, and the signature.

/** The signed entity, and the DER bytes of its signing certificate (absent for a key). */
export interface EntityToVerify {
  entity: SignedEntity
  /** Exactly the bytes `entity.key.certificate` was parsed from. */
  certificateDer?: Uint8Array
}

/** Verifies signed entities against one trust material; reuse it for every bundle of a run. */
export class EntityVerifier {
  readonly trustMaterial: TrustMaterial
  readonly #certificates: CertificateCache
  readonly #timestampAuthorities: TimestampAuthority[]

  constructor(trustMaterial: TrustMaterial) {
    this.trustMaterial = trustMaterial
    this.#certificates = new CertificateCache({
      certificateAuthorities: trustMaterial.certificateAuthorities,
      ctlogs: trustMaterial.ctlogs
    })
    this.#timestampAuthorities = trustMaterial.timestampAuthorities
      .filter(authority => authority.certChain.length > 0)
      .map(authority => new TimestampAuthority(authority))
  }

  /** Distinct signing certificates seen so far. */
  get cachedCertificates(): number {
    return this.#certificates.size
  }

  /** Verifies the entity; returns its signer. Throws VerificationError as Verifier.verify does. */
  verify(options: EntityToVerify): Signer {
    const { entity } = options
    const timestamps = this.#verifyTimestamps(entity)
    const signer = this.#verifySigningKey({ ...options, timestamps })
    this.#verifyTLogs(entity)
    if (!entity.signature.verifySignature(signer.key)) {
      throw new VerificationError({
        code: 'SIGNATURE_ERROR',
        message: 'signature verification failed'
      })
    }
    return signer
  }

  #verifyTimestamps(entity: SignedEntity): Date[] {
    const verified: TimestampVerificationResult[] = []
    for (const timestamp of entity.timestamps) {
      if (timestamp.$case === 'timestamp-authority') {
        verified.push(this.#verifyTSATimestamp(timestamp.timestamp, entity.signature.signature))
      } else {
        const result = getTLogTimestamp(timestamp.tlogEntry)
        if (result !== undefined) verified.push(result)
      }
    }
    if (containsDupes(verified)) {
      throw new VerificationError({ code: 'TIMESTAMP_ERROR', message: 'duplicate timestamp' })
    }
    if (verified.length < 1) {
      throw new VerificationError({
        code: 'TIMESTAMP_ERROR',
        message: `expected 1 timestamps, got ${verified.length}`
      })
    }
    return verified.map(result => result.timestamp)
  }

  /**
   * An RFC 3161 timestamp over `data`: signed by an authority valid at its signing time, whose
   * signing certificate has the timestamp's serial and issuer, chains to the authority's
   * certificates and, with them, is valid at the signing time (verifyRFC3161Timestamp).
   */
  #verifyTSATimestamp(timestamp: RFC3161Timestamp, data: Buffer): TimestampVerificationResult {
    const signingTime = timestamp.signingTime
    const serialNumber = timestamp.signerSerialNumber
    const issuer = timestamp.signerIssuer
    const verified = this.#timestampAuthorities.some(authority => {
      const leaf = authority.certificate
      if (!leaf.serialNumber.equals(serialNumber) || !leaf.issuer.equals(issuer)) return false
      try {
        authority.pathAt(signingTime)
        timestamp.verify(data, authority.key())
        return true
      } catch {
        return false
      }
    })
    if (!verified) {
      throw new VerificationError({
        code: 'TIMESTAMP_ERROR',
        message: 'timestamp could not be verified'
      })
    }
    return { type: 'timestamp-authority', logID: serialNumber, timestamp: signingTime }
  }

  #verifySigningKey(options: EntityToVerify & { timestamps: Date[] }): Signer {
    const { entity, timestamps } = options
    if (entity.key.$case === 'public-key') {
      return verifyPublicKey(entity.key.hint, timestamps, this.trustMaterial)
    }
    const certificate = this.#signingCertificate({
      certificate: entity.key.certificate,
      der: options.certificateDer
    })
    let path: X509Certificate[] = []
    for (const time of timestamps) path = certificate.pathAt(time)
    const scts = certificate.scts(path[1])
    if (containsDupes(scts)) {
      throw new VerificationError({ code: 'CERTIFICATE_ERROR', message: 'duplicate SCT' })
    }
    if (scts.length < 1) {
      throw new VerificationError({
        code: 'CERTIFICATE_ERROR',
        message: `expected 1 SCTs, got ${scts.length}`
      })
    }
    return certificate.signer()
  }

  /** The cached certificate of exactly these bytes; without them, the entity's own, uncached. */
  #signingCertificate(options: {
    certificate: X509Certificate
    der: Uint8Array | undefined
  }): SigningCertificate {
    if (options.der !== undefined) return this.#certificates.get(options.der)
    return new CertificateCache({
      certificateAuthorities: this.trustMaterial.certificateAuthorities,
      ctlogs: this.trustMaterial.ctlogs,
      limit: 1
    }).get(options.certificate.root.toDER())
  }

  #verifyTLogs(entity: SignedEntity): void {
    const entryIDs: { logID: Buffer; body: Buffer }[] = []
    for (const entry of entity.tlogEntries) {
      verifyTLogInclusion(entry, this.trustMaterial.tlogs)
      verifyTLogBody(entry, entity.signature)
      entryIDs.push({ logID: entry.logId.keyId, body: entry.canonicalizedBody })
    }
    // Copies of one entry would count more than once toward the threshold.
    if (containsDupes(entryIDs)) {
      throw new VerificationError({ code: 'TLOG_ERROR', message: 'duplicate tlog entry' })
    }
    if (entryIDs.length < 1) {
      throw new VerificationError({
        code: 'TLOG_ERROR',
        message: `expected 1 tlog entries, got ${entryIDs.length}`
      })
    }
  }
}

function containsDupes(items: unknown[]): boolean {
  return items.some((item, index) =>
    items.slice(index + 1).some(other => isDeepStrictEqual(item, other))
  )
}
