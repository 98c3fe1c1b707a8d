import { HashAlgorithm } from '@sigstore/protobuf-specs'
import { SigstoreError } from '../errors.ts'

// The Sigstore bundle's protobuf JSON (protobuf-specs Bundle, v0.1–v0.3), field by field.
// @sigstore/bundle's reader trusts the JSON's shape: `null` in an array, a number where it
// expects base64 or an object where it expects a string end in a TypeError or in silently
// coerced values (`String({})`). Every known field is checked here first, with its JSON path.
// Fields this schema does not know are ignored, as protobuf readers do for newer schema
// versions; `null` is refused everywhere (an absent field is left out).

type Schema =
  | { type: 'string' }
  | { type: 'bytes' }
  | { type: 'int64' }
  | { type: 'enum'; values: Record<string, number> }
  /** A string that must be one of `values` (its keys). */
  | { type: 'text'; values: Record<string, number> }
  | { type: 'array'; items: Schema }
  | {
      type: 'object'
      fields: Record<string, Schema>
      required?: readonly string[]
      /** Groups of fields of which exactly one is present (protobuf oneofs the bundle requires). */
      oneOf?: readonly (readonly string[])[]
    }

const string: Schema = { type: 'string' }
const bytes: Schema = { type: 'bytes' }
const int64: Schema = { type: 'int64' }
const object = (
  fields: Record<string, Schema>,
  rules: { required?: readonly string[]; oneOf?: readonly (readonly string[])[] } = {}
): Schema => ({ type: 'object', fields, ...rules })
const array = (items: Schema): Schema => ({ type: 'array', items })

const HASH_ALGORITHMS = Object.fromEntries(
  Object.entries(HashAlgorithm).filter(
    (entry): entry is [string, number] => typeof entry[1] === 'number'
  )
)
const rawBytes = object({ rawBytes: bytes }, { required: ['rawBytes'] })

const TLOG_ENTRY = object(
  {
    logIndex: int64,
    logId: object({ keyId: bytes }, { required: ['keyId'] }),
    kindVersion: object({ kind: string, version: string }),
    integratedTime: int64,
    inclusionPromise: object(
      { signedEntryTimestamp: bytes },
      { required: ['signedEntryTimestamp'] }
    ),
    inclusionProof: object(
      {
        logIndex: int64,
        rootHash: bytes,
        treeSize: int64,
        hashes: array(bytes),
        checkpoint: object({ envelope: string }, { required: ['envelope'] })
      },
      { required: ['rootHash'] }
    ),
    canonicalizedBody: bytes
  },
  { required: ['logId', 'kindVersion', 'canonicalizedBody'] }
)

// The media types of bundles v0.1–v0.3, exactly (@sigstore/bundle checks only a prefix).
const MEDIA_TYPES = {
  'application/vnd.dev.sigstore.bundle+json;version=0.1': 1,
  'application/vnd.dev.sigstore.bundle+json;version=0.2': 2,
  'application/vnd.dev.sigstore.bundle+json;version=0.3': 3,
  'application/vnd.dev.sigstore.bundle.v0.3+json': 4
}

const BUNDLE = object(
  {
    mediaType: { type: 'text', values: MEDIA_TYPES },
    verificationMaterial: object(
      {
        publicKey: object({ hint: string }),
        x509CertificateChain: object(
          { certificates: array(rawBytes) },
          { required: ['certificates'] }
        ),
        certificate: rawBytes,
        tlogEntries: array(TLOG_ENTRY),
        timestampVerificationData: object({
          rfc3161Timestamps: array(
            object({ signedTimestamp: bytes }, { required: ['signedTimestamp'] })
          )
        })
      },
      { oneOf: [['publicKey', 'x509CertificateChain', 'certificate']] }
    ),
    messageSignature: object(
      {
        messageDigest: object(
          { algorithm: { type: 'enum', values: HASH_ALGORITHMS }, digest: bytes },
          { required: ['digest'] }
        ),
        signature: bytes
      },
      { required: ['signature'] }
    ),
    dsseEnvelope: object(
      {
        payload: bytes,
        payloadType: string,
        signatures: array(object({ sig: bytes, keyid: string }, { required: ['sig'] }))
      },
      { required: ['payload', 'payloadType', 'signatures'] }
    )
  },
  { required: ['mediaType', 'verificationMaterial'], oneOf: [['messageSignature', 'dsseEnvelope']] }
)

// protobuf JSON bytes: standard or URL-safe base64, padded or not (protobuf JSON mapping).
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/u
const INT64_MAX = 2n ** 63n - 1n

/** Options of {@link checkBundleJson}. */
export interface CheckBundleJsonOptions {
  /** The bundle as parsed from JSON, before @sigstore/bundle reads it. */
  json: unknown
}

/**
 * Checks the bundle JSON's shape against the protobuf-specs schema: every known field has its
 * JSON type (string, base64 bytes, int64 as a decimal string or safe integer, enum name,
 * object, array), required fields and oneofs are present, and nothing is `null`. Throws
 * INVALID_BUNDLE naming the JSON path and what is wrong.
 */
export function checkBundleJson(options: CheckBundleJsonOptions): void {
  check(options.json, BUNDLE, '')
}

const invalid = (message: string): SigstoreError =>
  new SigstoreError({ code: 'INVALID_BUNDLE', message: `not a valid Sigstore bundle: ${message}` })

const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`

function check(value: unknown, schema: Schema, path: string): void {
  const where = path === '' ? 'the bundle' : path
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') throw invalid(`${where} is ${describe(value)}, not a string`)
      return
    case 'bytes':
      checkBase64(value, where)
      return
    case 'int64':
      checkUint64(value, where)
      return
    case 'enum':
      if (typeof value === 'string' && Object.hasOwn(schema.values, value)) return
      if (typeof value === 'number' && Object.values(schema.values).includes(value)) return
      throw invalid(
        `${where} is ${typeof value === 'string' || typeof value === 'number' ? JSON.stringify(value) : describe(value)}, not one of ${Object.keys(schema.values).join(', ')}`
      )
    case 'text':
      if (typeof value === 'string' && Object.hasOwn(schema.values, value)) return
      throw invalid(
        `${where} is ${typeof value === 'string' ? JSON.stringify(value.slice(0, 100)) : describe(value)}, not one of ${Object.keys(schema.values).join(', ')}`
      )
    case 'array':
      if (!Array.isArray(value)) throw invalid(`${where} is ${describe(value)}, not an array`)
      for (const [index, item] of (value as unknown[]).entries())
        check(item, schema.items, `${path}[${index}]`)
      return
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw invalid(`${where} is ${describe(value)}, not an object`)
      }
      const record = value as Record<string, unknown>
      const child = (name: string): string => (path === '' ? name : `${path}.${name}`)
      for (const name of schema.required ?? []) {
        if (record[name] === undefined) throw invalid(`${child(name)} is missing`)
      }
      for (const group of schema.oneOf ?? []) {
        const present = group.filter(name => record[name] !== undefined)
        if (present.length !== 1) {
          throw invalid(
            `${where} must have exactly one of ${group.join(', ')}; it has ${present.length === 0 ? 'none' : present.join(' and ')}`
          )
        }
      }
      for (const [name, fieldSchema] of Object.entries(schema.fields)) {
        // undefined is absent: bundles built in memory rather than parsed from JSON carry it.
        if (record[name] !== undefined) check(record[name], fieldSchema, child(name))
      }
      return
    }
  }
}

function checkBase64(value: unknown, where: string): void {
  if (typeof value !== 'string')
    throw invalid(`${where} is ${describe(value)}, not a base64 string`)
  const unpadded = value.replace(/=+$/u, '')
  if (BASE64.test(value) && unpadded.length % 4 !== 1) return
  const bad = [...value].findIndex(char => !/[A-Za-z0-9+/_=-]/u.test(char))
  throw invalid(
    `${where} is not base64${bad === -1 ? ' (its length or padding is wrong)' : ` (${JSON.stringify(value[bad])} at offset ${bad})`}`
  )
}

function checkUint64(value: unknown, where: string): void {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return
  if (typeof value === 'string' && /^-?(?:0|[1-9]\d{0,18})$/u.test(value)) {
    const number = BigInt(value)
    if (number <= INT64_MAX && number >= -INT64_MAX - 1n) return
  }
  throw invalid(
    `${where} is ${typeof value === 'string' || typeof value === 'number' ? JSON.stringify(value) : describe(value)}, not a 64-bit integer (a decimal string or a safe integer)`
  )
}
