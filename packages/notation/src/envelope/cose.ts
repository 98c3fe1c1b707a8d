import { Tag } from 'cbor-x'
import { parseTargetArtifactPayload, PAYLOAD_CONTENT_TYPE } from '../payload/target-artifact.ts'
import type { NotaryAlgorithm } from '../signer/signer.ts'
import { HEADER, SIGNING_SCHEME_X509, criticalHeaders, signingTimes } from './attributes.ts'
import { decodeCbor, deterministicMap, encodeCbor } from './cbor.ts'
import { invalidEnvelope } from './encoding.ts'
import { checkCertificateEncoding } from './certificate-encoding.ts'
import { STANDARD_HEADERS, checkSignedAttributes } from './signed-attributes.ts'
import type { CreateEnvelopeOptions, ParsedEnvelope } from './types.ts'

const COSE_SIGN1_TAG = 18
const LABEL = { alg: 1, crit: 2, contentType: 3, x5chain: 33 } as const
const COSE_ALG: Record<NotaryAlgorithm, number> = {
  PS256: -37,
  PS384: -38,
  PS512: -39,
  ES256: -7,
  ES384: -35,
  ES512: -36
}

/** Tag 1 (epoch seconds) around an integer, as fxamacker's TimeUnix with EncTagRequired writes. */
const epoch = (date: Date): Tag => new Tag(Math.floor(date.getTime() / 1000), 1)

/** The COSE ToBeSigned: CBOR(["Signature1", protected, h'', payload]). */
export function coseSigStructure(protectedBytes: Buffer, payload: Buffer): Buffer {
  return encodeCbor(['Signature1', protectedBytes, Buffer.alloc(0), payload])
}

/**
 * A COSE_Sign1 envelope (tag 18) as notation-core-go writes it: a Core Deterministic protected
 * map, times as tag 1 + integer seconds, x5chain (33) always an array, the payload attached.
 */
export async function createCose(options: CreateEnvelopeOptions): Promise<Buffer> {
  const { payload, signer, signingAgent } = options
  const times = signingTimes(options)
  const signed: [number | string, unknown][] = [
    [LABEL.alg, COSE_ALG[signer.algorithm]],
    [LABEL.crit, criticalHeaders(times)],
    [LABEL.contentType, PAYLOAD_CONTENT_TYPE],
    [HEADER.signingScheme, SIGNING_SCHEME_X509],
    [HEADER.signingTime, epoch(times.signingTime)]
  ]
  if (times.expiry) signed.push([HEADER.expiry, epoch(times.expiry)])
  const protectedBytes = encodeCbor(deterministicMap(signed))
  const signature = await signer.sign(coseSigStructure(protectedBytes, payload))
  const unsigned: [number | string, unknown][] = [[LABEL.x5chain, signer.certificateChain]]
  if (signingAgent) unsigned.push([HEADER.signingAgent, signingAgent])
  const message = [protectedBytes, deterministicMap(unsigned), payload, signature]
  return encodeCbor(new Tag(message, COSE_SIGN1_TAG))
}

const fail = (what: string, cause?: unknown) => invalidEnvelope('COSE', what, cause)

function decode(bytes: Buffer, what: string): unknown {
  try {
    return decodeCbor(bytes)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw fail(`${what} is not valid CBOR (${reason})`, error)
  }
}

const isBytes = (value: unknown): value is Buffer => Buffer.isBuffer(value)

/** Takes a COSE_Sign1 envelope apart and checks its structure the way notation-core-go does. */
export function parseCose(bytes: Buffer): ParsedEnvelope {
  const message = decode(bytes, 'message')
  if (!(message instanceof Tag) || message.tag !== COSE_SIGN1_TAG) {
    throw fail('is not a tagged COSE_Sign1 message (CBOR tag 18)')
  }
  const parts: unknown = message.value
  if (!Array.isArray(parts) || parts.length !== 4) throw fail('is not a 4-element COSE_Sign1 array')
  const [protectedBytes, unprotected, payloadBytes, signature] = parts as unknown[]
  if (!isBytes(protectedBytes) || !(unprotected instanceof Map)) {
    throw fail('has no protected byte string or unprotected map')
  }
  if (!isBytes(payloadBytes)) throw fail('has no attached payload')
  if (!isBytes(signature) || signature.length === 0) throw fail('has no signature')
  const header = decode(protectedBytes, 'protected header')
  if (!(header instanceof Map)) throw fail('has a protected header that is not a map')
  const alg = Object.entries(COSE_ALG).find(([, value]) => value === header.get(LABEL.alg))
  if (!alg) throw fail(`has unsupported alg ${String(header.get(LABEL.alg))}`)
  if (header.get(LABEL.contentType) !== PAYLOAD_CONTENT_TYPE) {
    throw fail(`has a content type other than ${PAYLOAD_CONTENT_TYPE}`)
  }
  const time = (name: string): Date | undefined => {
    const value: unknown = header.get(name)
    if (value === undefined) return undefined
    if (!(value instanceof Date)) throw fail(`has ${name} that is not a tag 1 date`)
    return value
  }
  const names = ([...header.keys()] as unknown[]).filter(
    (label): label is string => typeof label === 'string'
  )
  const signedAttributes = checkSignedAttributes({
    format: 'COSE',
    signingScheme: header.get(HEADER.signingScheme),
    signingTime: time(HEADER.signingTime),
    authenticSigningTime: time(HEADER.authenticSigningTime),
    expiry: time(HEADER.expiry),
    crit: header.get(LABEL.crit),
    extended: names.filter(name => !STANDARD_HEADERS.has(name))
  })
  const chain: unknown = unprotected.get(LABEL.x5chain)
  if (!Array.isArray(chain) || chain.length === 0 || !chain.every(isBytes)) {
    throw fail('has no certificate chain (x5chain, label 33, an array of DER certificates)')
  }
  checkCertificateEncoding({ format: 'COSE', header: 'x5chain', chain })
  const agent: unknown = unprotected.get(HEADER.signingAgent)
  const timestamp: unknown = unprotected.get(HEADER.timestampSignature)
  return {
    format: 'cose',
    payloadBytes,
    payload: parseTargetArtifactPayload(payloadBytes),
    signedAttributes,
    algorithm: alg[0] as NotaryAlgorithm,
    certificateChain: chain,
    ...(typeof agent === 'string' && { signingAgent: agent }),
    ...(isBytes(timestamp) && { timestampSignature: timestamp }),
    signingInput: coseSigStructure(protectedBytes, payloadBytes),
    signature,
    protectedHeader: new Map(names.map(name => [name, header.get(name)]))
  }
}
