import { SigstoreError } from '../errors.ts'

// protobuf JSON bytes: standard or URL-safe base64, padded or not (protobuf JSON mapping).
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/u

// The bytes fields of a Sigstore bundle (protobuf-specs), as paths; `[]` walks an array.
const BYTES_FIELDS = [
  'messageSignature.messageDigest.digest',
  'messageSignature.signature',
  'dsseEnvelope.payload',
  'dsseEnvelope.signatures[].sig',
  'verificationMaterial.certificate.rawBytes',
  'verificationMaterial.x509CertificateChain.certificates[].rawBytes',
  'verificationMaterial.tlogEntries[].logId.keyId',
  'verificationMaterial.tlogEntries[].canonicalizedBody',
  'verificationMaterial.tlogEntries[].inclusionPromise.signedEntryTimestamp',
  'verificationMaterial.tlogEntries[].inclusionProof.rootHash',
  'verificationMaterial.tlogEntries[].inclusionProof.hashes[]',
  'verificationMaterial.timestampVerificationData.rfc3161Timestamps[].signedTimestamp'
]

/** Options of {@link checkBase64Fields}. */
export interface CheckBase64FieldsOptions {
  /** The bundle as parsed from JSON, before @sigstore/bundle reads it. */
  json: unknown
}

/**
 * Checks that every bytes field of a bundle is base64. @sigstore/bundle decodes with
 * `Buffer.from(…, 'base64')`, which skips characters outside the alphabet, so a corrupted field
 * would otherwise turn into other bytes and fail later for an unrelated-looking reason.
 */
export function checkBase64Fields(options: CheckBase64FieldsOptions): void {
  for (const path of BYTES_FIELDS) {
    for (const { where, value } of lookup(options.json, path.split('.'), '')) {
      if (typeof value !== 'string') continue
      const unpadded = value.replace(/=+$/u, '')
      if (BASE64.test(value) && unpadded.length % 4 !== 1) continue
      const bad = [...value].findIndex(char => !/[A-Za-z0-9+/_=-]/u.test(char))
      throw new SigstoreError({
        code: 'INVALID_BUNDLE',
        message: `not a valid Sigstore bundle: ${where} is not base64${bad === -1 ? ' (its length or padding is wrong)' : ` (${JSON.stringify(value[bad])} at offset ${bad})`}`
      })
    }
  }
}

function lookup(node: unknown, keys: string[], where: string): { where: string; value: unknown }[] {
  const [key, ...rest] = keys
  if (key === undefined) return [{ where, value: node }]
  if (typeof node !== 'object' || node === null) return []
  const array = key.endsWith('[]')
  const name = array ? key.slice(0, -2) : key
  const child = (node as Record<string, unknown>)[name]
  const path = where === '' ? name : `${where}.${name}`
  if (!array) return lookup(child, rest, path)
  if (!Array.isArray(child)) return []
  return child.flatMap((item, index) => lookup(item, rest, `${path}[${index}]`))
}
