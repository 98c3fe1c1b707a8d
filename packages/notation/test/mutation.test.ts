// Mutation test of the envelope parser and verifier: a JWS and a COSE envelope signed here
// (pemSigner, CA-issued chain), each mutated a few hundred times (seeded). Every mutant is
// rejected — parseEnvelope/verifyEnvelopeIntegrity throw a NotationError INVALID_ENVELOPE, or
// verifyNotationSignature reports verified: false — or it is equivalent: the same signing
// input, signature, certificate chain and payload as the original (an unsigned header changed).
// A TypeError/RangeError or an accepted change fails with the mutant.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Tag } from 'cbor-x'
import { caIssuedCodeSigningChain } from '@sign/testenv'
import { decodeCbor, encodeCbor } from '../src/envelope/cbor.ts'
import { createEnvelope, parseEnvelope } from '../src/envelope/envelope.ts'
import { verifyEnvelopeIntegrity } from '../src/envelope/integrity.ts'
import { ENVELOPE_MEDIA_TYPE, type ParsedEnvelope } from '../src/envelope/types.ts'
import { NotationError } from '../src/errors.ts'
import { targetArtifactPayload } from '../src/payload/target-artifact.ts'
import { pemSigner } from '../src/signer/pem-signer.ts'
import { verifyNotationSignature } from '../src/verify/verify-signature.ts'
import { jsonMutants, seededRandom } from '../../sigstore/test/json-mutants.ts'
import { statement, trustStores } from './verify-fixtures.ts'

const MUTANTS = Number(process.env['MUTANTS'] ?? 300)
const DESCRIPTOR = {
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: `sha256:${'ab'.repeat(32)}`,
  size: 1234
}
const chain = await caIssuedCodeSigningChain()
const root = chain[chain.length - 1]
const leaf = chain[0]
if (!root || !leaf) throw new Error('no chain')
const stores = trustStores({ 'ca:acme': [root.der] })
const signer = pemSigner({
  keyPem: leaf.key.privateKeyPem,
  certificateChainPem: chain.map(cert => cert.pem).join('\n')
})

interface Mutant {
  what: string
  bytes: Buffer
}

/** The signed parts of a parsed envelope: equal means nothing signed (or trusted) changed. */
const signedParts = (envelope: ParsedEnvelope): string =>
  JSON.stringify([
    envelope.signingInput.toString('base64'),
    envelope.signature.toString('base64'),
    envelope.certificateChain.map(der => der.toString('base64')),
    envelope.payload
  ])

/** Raw byte flips and truncations of the whole envelope. */
function byteMutants(bytes: Buffer, count: number, seed: number): Mutant[] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, (_, i) => {
    const copy = Buffer.from(bytes)
    if (i % 4 === 3) {
      const length = Math.floor(random() * bytes.length)
      return {
        what: `envelope truncated to ${length} of ${bytes.length} bytes`,
        bytes: copy.subarray(0, length)
      }
    }
    const at = Math.floor(random() * bytes.length)
    const bit = 1 << Math.floor(random() * 8)
    copy[at] = (copy[at] as number) ^ bit
    return { what: `envelope byte ${at} ^ 0x${bit.toString(16)}`, bytes: copy }
  })
}

/** JSON mutants of a JWS envelope, with its base64url parts' inner JSON mutated too. */
function jwsMutants(bytes: Buffer, count: number, seed: number): Mutant[] {
  return jsonMutants({
    json: JSON.parse(bytes.toString('utf8')) as unknown,
    count,
    seed,
    nestedJson: path => path === 'payload' || path === 'protected',
    base64url: path => !path.startsWith('header')
  }).map(mutant => ({ what: mutant.what, bytes: Buffer.from(JSON.stringify(mutant.json)) }))
}

/**
 * Structure mutants of a COSE_Sign1: the message as JSON-like data (byte strings as base64)
 * mutated like a JSON document, then written back as CBOR; the x5chain certificates, protected
 * header, payload and signature are base64 fields, so they get byte flips and truncations.
 */
function coseMutants(bytes: Buffer, count: number, seed: number): Mutant[] {
  const message = decodeCbor(bytes) as Tag
  const [protectedBytes, unprotected, payload, signature] = message.value as [
    Buffer,
    Map<unknown, unknown>,
    Buffer,
    Buffer
  ]
  const toJson = (value: unknown): unknown =>
    Buffer.isBuffer(value)
      ? value.toString('base64')
      : Array.isArray(value)
        ? value.map(toJson)
        : value instanceof Map
          ? Object.fromEntries([...value].map(([key, item]) => [String(key), toJson(item)]))
          : value
  const json = {
    protected: toJson(protectedBytes),
    unprotected: toJson(unprotected),
    payload: toJson(payload),
    signature: toJson(signature)
  }
  const BYTE_PATHS = /^(?:protected|payload|signature|unprotected\.33\[\d+\])$/u
  const fromJson = (value: unknown, path: string): unknown => {
    if (typeof value === 'string' && BYTE_PATHS.test(path)) return Buffer.from(value, 'base64')
    if (Array.isArray(value)) return value.map((item, i) => fromJson(item, `${path}[${i}]`))
    if (typeof value === 'object' && value !== null) {
      return new Map(
        Object.entries(value).map(([key, item]) => [
          /^-?\d+$/u.test(key) ? Number(key) : key,
          fromJson(item, path === '' ? key : `${path}.${key}`)
        ])
      )
    }
    return value
  }
  return jsonMutants({ json, count, seed, nestedJson: () => false }).map(mutant => {
    const back = fromJson(mutant.json, '')
    const parts: unknown =
      back instanceof Map
        ? ['protected', 'unprotected', 'payload', 'signature']
            .filter(key => back.has(key))
            .map((key): unknown => back.get(key))
        : back
    return { what: mutant.what, bytes: encodeCbor(new Tag(parts, 18)) }
  })
}

interface Outcome {
  rejected: number
  equivalent: number
  failures: string[]
}

async function judge(
  mutants: Mutant[],
  mediaType: string,
  original: ParsedEnvelope
): Promise<Outcome> {
  const outcome: Outcome = { rejected: 0, equivalent: 0, failures: [] }
  for (const mutant of mutants) {
    let parsed: ParsedEnvelope
    try {
      parsed = parseEnvelope(mutant.bytes, mediaType)
      verifyEnvelopeIntegrity(parsed)
    } catch (error) {
      if (error instanceof NotationError && error.code === 'INVALID_ENVELOPE') outcome.rejected++
      else outcome.failures.push(`${mutant.what}: threw ${String(error)}`)
      continue
    }
    let verified: boolean
    try {
      const result = await verifyNotationSignature({
        envelope: mutant.bytes,
        envelopeMediaType: mediaType,
        statement: statement({ level: 'strict', trustStores: ['ca:acme'] }),
        trustStores: stores,
        target: { kind: 'oci', descriptor: DESCRIPTOR }
      })
      verified = result.verified
    } catch (error) {
      outcome.failures.push(`${mutant.what}: verifyNotationSignature threw ${String(error)}`)
      continue
    }
    if (!verified) outcome.rejected++
    else if (signedParts(parsed) !== signedParts(original)) {
      outcome.failures.push(`${mutant.what}: verified although what was signed changed`)
    } else outcome.equivalent++
  }
  return outcome
}

for (const format of ['jws', 'cose'] as const) {
  test(`mutants of a ${format.toUpperCase()} envelope are rejected or equivalent`, async t => {
    const { bytes, mediaType } = await createEnvelope({
      format,
      payload: targetArtifactPayload({ descriptor: DESCRIPTOR }),
      signer
    })
    assert.equal(mediaType, ENVELOPE_MEDIA_TYPE[format])
    const original = parseEnvelope(bytes, mediaType)
    const seed = format === 'jws' ? 0x0e1501 : 0x0c05e1
    const mutants = [
      ...(format === 'jws' ? jwsMutants(bytes, MUTANTS, seed) : coseMutants(bytes, MUTANTS, seed)),
      ...byteMutants(bytes, MUTANTS / 2, seed + 1)
    ]
    const started = performance.now()
    const outcome = await judge(mutants, mediaType, original)
    assert.deepEqual(
      outcome.failures,
      [],
      `${format} mutants (seed ${seed}) that crashed or were accepted`
    )
    assert.equal(outcome.rejected + outcome.equivalent, mutants.length)
    assert.ok(outcome.rejected > mutants.length / 2)
    t.diagnostic(
      `${format}: ${mutants.length} mutants, ${outcome.rejected} rejected, ${outcome.equivalent} equivalent, ${Math.round(performance.now() - started)} ms`
    )
  })
}
