import { createHash } from 'node:crypto'
import type { CA, CTLog } from '@sigstore/mock/dist/fulcio/index.js'
import type { TLog } from '@sigstore/mock/dist/rekor/index.js'
import type { TSA } from '@sigstore/mock/dist/timestamp/index.js'

/** `validFor` of a trusted-root or signing-config entry (RFC 3339 times). */
export interface TimeRangeJson {
  start: string
  end?: string
}

/** A transparency log (Rekor) or CT log in a trusted root. */
export interface TransparencyLogJson {
  baseUrl: string
  hashAlgorithm: 'SHA2_256'
  publicKey: { rawBytes: string; keyDetails: 'PKIX_ECDSA_P256_SHA_256'; validFor: TimeRangeJson }
  logId: { keyId: string }
}

/** A certificate authority (Fulcio) or timestamp authority in a trusted root. */
export interface CertificateAuthorityJson {
  subject: { organization: string; commonName: string }
  uri: string
  certChain: { certificates: { rawBytes: string }[] }
  validFor: TimeRangeJson
}

/** A Sigstore trusted root (`application/vnd.dev.sigstore.trustedroot+json;version=0.1`). */
export interface TrustedRootJson {
  mediaType: string
  tlogs: TransparencyLogJson[]
  certificateAuthorities: CertificateAuthorityJson[]
  ctlogs: TransparencyLogJson[]
  timestampAuthorities: CertificateAuthorityJson[]
}

/**
 * The trusted root of a stack: the Fulcio root, the CT log key, the Rekor keys (v1 and v2 are
 * separate logs) and the TSA chain, all served from `url`. Log IDs are sha256 of the DER
 * public key, as @sigstore/mock computes them. Workaround (e): upstream mock-server starts
 * validFor at `new Date()`, which can fall after a second-truncated Rekor integratedTime; every
 * entry here starts at `validFrom`, which the caller puts in the past.
 */
export function assembleTrustedRoot(options: {
  url: string
  ca: CA
  ctLog: CTLog
  tlogs: TLog[]
  tsa: TSA
  validFrom: Date
}): TrustedRootJson {
  const validFor = { start: options.validFrom.toISOString() }
  const log = (publicKey: Buffer): TransparencyLogJson => ({
    baseUrl: options.url,
    hashAlgorithm: 'SHA2_256',
    publicKey: { rawBytes: base64(publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
    logId: { keyId: createHash('sha256').update(publicKey).digest('base64') }
  })
  const authority = (
    commonName: string,
    certificates: ArrayBufferView[]
  ): CertificateAuthorityJson => ({
    subject: { organization: 'sigstore.mock', commonName },
    uri: options.url,
    certChain: { certificates: certificates.map(der => ({ rawBytes: base64(der) })) },
    validFor
  })
  return {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: options.tlogs.map(tlog => log(tlog.publicKey)),
    certificateAuthorities: [authority('sigstore', [options.ca.rootCertificate])],
    ctlogs: [log(options.ctLog.publicKey)],
    timestampAuthorities: [
      authority('tsa', [options.tsa.intCertificate, options.tsa.rootCertificate])
    ]
  }
}

function base64(bytes: ArrayBufferView): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
}
