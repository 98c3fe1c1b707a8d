import { NotationError } from '../errors.ts'
import type { NotaryAlgorithm } from '../signer/signer.ts'

/** Every algorithm name, for checking an envelope's `alg`. */
export const ALGORITHMS: readonly NotaryAlgorithm[] = [
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512'
]

/** An INVALID_ENVELOPE error for a `format` envelope, saying what is malformed. */
export function invalidEnvelope(format: string, what: string, cause?: unknown): NotationError {
  return new NotationError({
    code: 'INVALID_ENVELOPE',
    message: `the ${format} signature envelope ${what}; the signature is malformed or not a Notary Project signature, sign the artifact again`,
    cause
  })
}

const BASE64URL_NOPAD = /^[A-Za-z0-9_-]*$/
const BASE64_STD = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** Decodes unpadded base64url strictly (golang-jwt's RawURLEncoding); undefined when malformed. */
export function fromBase64UrlStrict(value: unknown): Buffer | undefined {
  if (typeof value !== 'string' || !BASE64URL_NOPAD.test(value) || value.length % 4 === 1) {
    return undefined
  }
  return Buffer.from(value, 'base64url')
}

/** Decodes padded standard base64 strictly (Go's []byte JSON form); undefined when malformed. */
export function fromBase64Strict(value: unknown): Buffer | undefined {
  if (typeof value !== 'string' || !BASE64_STD.test(value)) return undefined
  return Buffer.from(value, 'base64')
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/

/** Parses an RFC 3339 time (any offset); undefined when it is not one. */
export function parseRfc3339(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !RFC3339.test(value)) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}
