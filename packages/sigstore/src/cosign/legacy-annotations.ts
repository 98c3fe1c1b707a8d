import { X509Certificate } from 'node:crypto'
import type { SerializedBundle } from '@sigstore/bundle'
import { SigstoreError } from '../errors.ts'
import {
  CERTIFICATE_ANNOTATION,
  CHAIN_ANNOTATION,
  REKOR_BUNDLE_ANNOTATION,
  RFC3161_TIMESTAMP_ANNOTATION
} from './formats.ts'

/** The verification material of a bundle, as a legacy layer's annotations describe it. */
export type LegacyVerificationMaterial = SerializedBundle['verificationMaterial']
type TlogEntry = LegacyVerificationMaterial['tlogEntries'][number]

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g

/**
 * The verification material cosign's annotations of one `.sig` or `.att` layer carry
 * (pkg/oci/static/options.go): the certificate (`dev.sigstore.cosign/certificate`, PEM) followed
 * by its chain (`dev.sigstore.cosign/chain`, PEM, often empty), or — for key-signed layers — a
 * public-key reference; the Rekor entry from the RekorBundle (`dev.sigstore.cosign/bundle`)
 * with its signed entry timestamp as the inclusion promise; the RFC 3161 timestamp
 * (`dev.sigstore.cosign/rfc3161timestamp`). A malformed annotation is INVALID_BUNDLE naming it.
 */
export function legacyVerificationMaterial(
  annotations: Record<string, string>
): LegacyVerificationMaterial {
  const certificate = pemCertificates(annotations, CERTIFICATE_ANNOTATION)
  const chain = pemCertificates(annotations, CHAIN_ANNOTATION)
  if (certificate.length === 0 && chain.length > 0) {
    throw malformed(CHAIN_ANNOTATION, `is present without ${CERTIFICATE_ANNOTATION}`)
  }
  const identity =
    certificate.length > 0
      ? {
          x509CertificateChain: {
            certificates: [...certificate.slice(0, 1), ...chain].map(der => ({
              rawBytes: der.toString('base64')
            }))
          }
        }
      : { publicKey: { hint: '' } }
  const rekor = annotations[REKOR_BUNDLE_ANNOTATION]
  const timestamp = annotations[RFC3161_TIMESTAMP_ANNOTATION]
  return {
    ...identity,
    tlogEntries: rekor ? [rekorBundleEntry(rekor)] : [],
    timestampVerificationData: timestamp
      ? { rfc3161Timestamps: [{ signedTimestamp: rfc3161Timestamp(timestamp) }] }
      : undefined
  } as LegacyVerificationMaterial
}

/** The certificates (DER) of a PEM annotation; none when it is absent or empty. */
function pemCertificates(annotations: Record<string, string>, name: string): Buffer[] {
  const text = annotations[name]
  if (text === undefined || text.trim() === '') return []
  const blocks = [...text.matchAll(PEM_BLOCK)]
  if (blocks.length === 0) throw malformed(name, 'holds no PEM block')
  return blocks.map(([, label, body], index) => {
    if (label !== 'CERTIFICATE') {
      throw malformed(name, `block ${index} is a ${label ?? '?'}, not a CERTIFICATE`)
    }
    const der = Buffer.from((body ?? '').replace(/\s+/g, ''), 'base64')
    try {
      new X509Certificate(der)
    } catch (cause) {
      throw malformed(
        name,
        `certificate ${index} does not parse (${(cause as Error).message})`,
        cause
      )
    }
    return der
  })
}

/**
 * A tlog entry from cosign's RekorBundle `{"SignedEntryTimestamp":<b64>,"Payload":{"body":<b64>,
 * "integratedTime":<int>,"logIndex":<int>,"logID":<hex>}}` (pkg/cosign/bundle/rekor.go): the
 * signed entry timestamp covers exactly these four fields, so they are carried over unchanged;
 * the kind and version come from the entry body itself.
 */
function rekorBundleEntry(text: string): TlogEntry {
  const name = REKOR_BUNDLE_ANNOTATION
  const parsed = parseJson(name, text) as {
    SignedEntryTimestamp?: unknown
    Payload?: { body?: unknown; integratedTime?: unknown; logIndex?: unknown; logID?: unknown }
  } | null
  const set = parsed?.SignedEntryTimestamp
  const payload = parsed?.Payload
  if (typeof set !== 'string' || set === '' || !BASE64.test(set)) {
    throw malformed(name, 'has no base64 SignedEntryTimestamp')
  }
  if (typeof payload !== 'object' || payload === null) throw malformed(name, 'has no Payload')
  const { body, integratedTime, logIndex, logID } = payload
  if (typeof body !== 'string' || body === '' || !BASE64.test(body)) {
    throw malformed(name, 'has no base64 Payload.body')
  }
  for (const [field, value] of [
    ['integratedTime', integratedTime],
    ['logIndex', logIndex]
  ] as const) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw malformed(name, `has Payload.${field} ${JSON.stringify(value)}, not an integer`)
    }
  }
  if (typeof logID !== 'string' || !/^[0-9a-f]{64}$/i.test(logID)) {
    throw malformed(name, 'has no Payload.logID of 64 hex digits')
  }
  const entry = parseJson(name, Buffer.from(body, 'base64').toString()) as {
    kind?: unknown
    apiVersion?: unknown
  } | null
  if (typeof entry?.kind !== 'string' || typeof entry.apiVersion !== 'string') {
    throw malformed(name, 'has a Payload.body that is not a Rekor entry with kind and apiVersion')
  }
  return {
    logIndex: String(logIndex),
    logId: { keyId: Buffer.from(logID, 'hex').toString('base64') },
    kindVersion: { kind: entry.kind, version: entry.apiVersion },
    integratedTime: String(integratedTime),
    inclusionPromise: { signedEntryTimestamp: set },
    inclusionProof: undefined,
    canonicalizedBody: body
  }
}

/** The DER token of `{"SignedRFC3161Timestamp":<b64>}` (pkg/cosign/bundle/tsa.go), base64. */
function rfc3161Timestamp(text: string): string {
  const name = RFC3161_TIMESTAMP_ANNOTATION
  const token = (parseJson(name, text) as { SignedRFC3161Timestamp?: unknown } | null)
    ?.SignedRFC3161Timestamp
  if (typeof token !== 'string' || token === '' || !BASE64.test(token)) {
    throw malformed(name, 'has no base64 SignedRFC3161Timestamp')
  }
  return token
}

/** Checks a base64 annotation value and returns it; INVALID_BUNDLE naming it otherwise. */
export function base64Annotation(annotations: Record<string, string>, name: string): string {
  const value = annotations[name]
  if (value === undefined || value === '') throw malformed(name, 'is missing or empty')
  if (!BASE64.test(value)) throw malformed(name, 'is not base64')
  return value
}

function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (cause) {
    throw malformed(name, `is not JSON (${(cause as Error).message})`, cause)
  }
}

/** INVALID_BUNDLE naming the annotation and what is wrong with it. */
function malformed(name: string, problem: string, cause?: unknown): SigstoreError {
  return new SigstoreError({
    code: 'INVALID_BUNDLE',
    message: `the cosign layer annotation ${name} ${problem}; the signature cannot be read`,
    ...(cause === undefined ? {} : { cause })
  })
}
