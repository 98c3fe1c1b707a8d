import { createHash } from 'node:crypto'
import { OciError } from '../errors.ts'
import { DIGEST, DIGEST_ENCODINGS } from './grammar.ts'

/** A parsed digest: `sha256:<hex>` → `{ algorithm: 'sha256', hex }`. */
export interface Digest {
  algorithm: string
  hex: string
}

/** Parses a digest and checks the encoded part against its algorithm (sha256: 64 hex, …). */
export function parseDigest(digest: string): Digest {
  const fail = (why: string): OciError =>
    new OciError({
      code: 'INVALID_DIGEST',
      message: `invalid digest ${JSON.stringify(digest)}: ${why}; expected sha256:<64 lowercase hex>`
    })
  if (!DIGEST.test(digest)) throw fail('not of the form algorithm:encoded')
  const colon = digest.indexOf(':')
  const algorithm = digest.slice(0, colon)
  const hex = digest.slice(colon + 1)
  const encoding = DIGEST_ENCODINGS[algorithm]
  if (!encoding) throw fail(`unsupported algorithm ${algorithm}`)
  if (!encoding.test(hex)) throw fail(`the ${algorithm} value has the wrong length or characters`)
  return { algorithm, hex }
}

/** `sha256:<hex>` of `data`. */
export function sha256Digest(data: Uint8Array): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`
}

/** The digest of `data` with the algorithm of `expected` (sha256 or sha512). */
export function digestOf(data: Uint8Array, algorithm: string): string {
  return `${algorithm}:${createHash(algorithm).update(data).digest('hex')}`
}
