import { parseTargetArtifactPayload, PAYLOAD_CONTENT_TYPE } from '../payload/target-artifact.ts'
import type { NotaryAlgorithm } from '../signer/signer.ts'
import {
  HEADER,
  SIGNING_SCHEME_X509,
  criticalHeaders,
  rfc3339,
  signingTimes
} from './attributes.ts'
import {
  ALGORITHMS,
  fromBase64Strict,
  fromBase64UrlStrict,
  invalidEnvelope,
  parseRfc3339
} from './encoding.ts'
import { checkCertificateEncoding } from './certificate-encoding.ts'
import { STANDARD_HEADERS, checkSignedAttributes } from './signed-attributes.ts'
import type { CreateEnvelopeOptions, ParsedEnvelope } from './types.ts'

const JWS_HEADERS = new Set(['alg', 'cty', 'crit', ...STANDARD_HEADERS])

/**
 * A flattened JWS JSON envelope as notation-core-go writes it: the protected header's keys
 * sorted (Go marshals a map), base64url without padding for payload/protected/signature, and
 * standard base64 DER certificates in the unprotected `x5c`.
 */
export async function createJws(options: CreateEnvelopeOptions): Promise<Buffer> {
  const { payload, signer, signingAgent } = options
  const times = signingTimes(options)
  const header: Record<string, unknown> = {
    alg: signer.algorithm,
    crit: criticalHeaders(times),
    cty: PAYLOAD_CONTENT_TYPE,
    [HEADER.signingScheme]: SIGNING_SCHEME_X509,
    [HEADER.signingTime]: rfc3339(times.signingTime)
  }
  if (times.expiry) header[HEADER.expiry] = rfc3339(times.expiry)
  const sorted = Object.fromEntries(Object.entries(header).sort(([a], [b]) => (a < b ? -1 : 1)))
  const protectedB64 = Buffer.from(JSON.stringify(sorted)).toString('base64url')
  const payloadB64 = payload.toString('base64url')
  const signature = await signer.sign(Buffer.from(`${protectedB64}.${payloadB64}`, 'ascii'))
  const unprotected: Record<string, unknown> = {
    x5c: signer.certificateChain.map(der => der.toString('base64'))
  }
  if (signingAgent) unprotected[HEADER.signingAgent] = signingAgent
  const envelope = {
    payload: payloadB64,
    protected: protectedB64,
    header: unprotected,
    signature: signature.toString('base64url')
  }
  return Buffer.from(JSON.stringify(envelope))
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Go's encoding/json matches field names case-insensitively; old envelopes rely on it. */
const field = (object: Record<string, unknown>, name: string): unknown =>
  object[name] ??
  Object.entries(object).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1]

/** Takes a JWS envelope apart and checks its structure the way notation-core-go does. */
export function parseJws(bytes: Buffer): ParsedEnvelope {
  const fail = (what: string, cause?: unknown) => invalidEnvelope('JWS', what, cause)
  let envelope: unknown
  try {
    envelope = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    throw fail('is not JSON', error)
  }
  if (!isObject(envelope)) throw fail('is not a JSON object')
  const { payload: payloadB64, protected: protectedB64, signature: signatureB64 } = envelope
  const payloadBytes = fromBase64UrlStrict(payloadB64)
  const protectedBytes = fromBase64UrlStrict(protectedB64)
  const signature = fromBase64UrlStrict(signatureB64)
  if (!payloadBytes || !protectedBytes) throw fail('has no base64url payload or protected header')
  if (!signature || signature.length === 0) throw fail('has no base64url signature')
  let header: unknown
  try {
    header = JSON.parse(protectedBytes.toString('utf8'))
  } catch (error) {
    throw fail('has a protected header that is not JSON', error)
  }
  if (!isObject(header)) throw fail('has a protected header that is not a JSON object')
  const algorithm = header['alg'] as NotaryAlgorithm
  if (!ALGORITHMS.includes(algorithm)) throw fail(`has unsupported alg ${String(header['alg'])}`)
  if (header['cty'] !== PAYLOAD_CONTENT_TYPE)
    throw fail(`has cty other than ${PAYLOAD_CONTENT_TYPE}`)
  const time = (name: string): Date | undefined => {
    if (header[name] === undefined) return undefined
    const date = parseRfc3339(header[name])
    if (!date) throw fail(`has ${name} that is not an RFC 3339 time`)
    return date
  }
  const signedAttributes = checkSignedAttributes({
    format: 'JWS',
    signingScheme: header[HEADER.signingScheme],
    signingTime: time(HEADER.signingTime),
    authenticSigningTime: time(HEADER.authenticSigningTime),
    expiry: time(HEADER.expiry),
    crit: header['crit'],
    extended: Object.keys(header).filter(name => !JWS_HEADERS.has(name))
  })
  const unprotected = isObject(envelope['header']) ? envelope['header'] : {}
  const x5c = field(unprotected, 'x5c')
  const certificateChain = Array.isArray(x5c) ? x5c.map(fromBase64Strict) : []
  if (certificateChain.length === 0 || !certificateChain.every(der => der && der.length > 0)) {
    throw fail('has no x5c certificate chain of standard base64 DER certificates')
  }
  checkCertificateEncoding({ format: 'JWS', header: 'x5c', chain: certificateChain as Buffer[] })
  const agent = field(unprotected, HEADER.signingAgent)
  const timestamp = field(unprotected, HEADER.timestampSignature)
  const timestampSignature = timestamp === undefined ? undefined : fromBase64Strict(timestamp)
  if (timestamp !== undefined && !timestampSignature) {
    throw fail(`has ${HEADER.timestampSignature} that is not standard base64`)
  }
  return {
    format: 'jws',
    payloadBytes,
    payload: parseTargetArtifactPayload(payloadBytes),
    signedAttributes,
    algorithm,
    certificateChain: certificateChain as Buffer[],
    ...(typeof agent === 'string' && { signingAgent: agent }),
    ...(timestampSignature && { timestampSignature }),
    signingInput: Buffer.from(`${String(protectedB64)}.${String(payloadB64)}`, 'ascii'),
    signature,
    protectedHeader: new Map(Object.entries(header))
  }
}
