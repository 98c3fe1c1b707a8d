// notation's own envelopes parse and pass the integrity check, and ours match notation's shape
// header by header (vectors vendored in test/vectors/notation, see SOURCES.md).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Decoder, type Tag } from 'cbor-x'
import { selfSignedCodeSigningChain } from '@sign/testenv'
import type { NotationError } from '../src/errors.ts'
import { createEnvelope, parseEnvelope } from '../src/envelope/envelope.ts'
import { verifyEnvelopeIntegrity } from '../src/envelope/integrity.ts'
import { targetArtifactPayload } from '../src/payload/target-artifact.ts'
import { pemSigner } from '../src/signer/pem-signer.ts'

const VECTORS = join(import.meta.dirname, '../../../test/vectors/notation')
const E2E = join(VECTORS, 'e2e/oci_layout/e2e-valid-signature')
const E2E_JWS = join(
  E2E,
  'blobs/sha256/c9af07e038b2b1a463e648986ad7273157511ffeba0b689f33e5472bae471f50'
)
const TESTDATA = join(VECTORS, 'notation-go/internal/testdata')

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
const b64url = (value: unknown) =>
  JSON.parse(Buffer.from(String(value), 'base64url').toString()) as Record<string, unknown>

test("notation-go's jws_signature.sig parses and passes the integrity check", () => {
  const parsed = parseEnvelope(
    readFileSync(join(TESTDATA, 'jws_signature.sig')),
    'application/jose+json'
  )
  assert.equal(parsed.algorithm, 'PS256')
  assert.deepEqual(parsed.payload, {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: 'sha256:19dbd2e48e921426ee8ace4dc892edfb2ecdc1d1a72d5416c83670c30acecef0',
    size: 481
  })
  assert.equal(parsed.signedAttributes.signingScheme, 'notary.x509')
  // The offset +08:00 is honoured: 16:10:02+08:00 is 08:10:02Z.
  assert.equal(parsed.signedAttributes.signingTime?.toISOString(), '2023-03-14T08:10:02.000Z')
  assert.deepEqual(parsed.signedAttributes.crit, ['io.cncf.notary.signingScheme'])
  assert.equal(parsed.certificateChain.length, 1)
  assert.equal(parsed.signingAgent, 'Notation/1.0.0')
  verifyEnvelopeIntegrity(parsed)
})

test("notation-go's cose_signature.sig parses and passes the integrity check", () => {
  const parsed = parseEnvelope(
    readFileSync(join(TESTDATA, 'cose_signature.sig')),
    'application/cose'
  )
  assert.equal(parsed.algorithm, 'PS256')
  assert.equal(
    parsed.payload.digest,
    'sha256:19dbd2e48e921426ee8ace4dc892edfb2ecdc1d1a72d5416c83670c30acecef0'
  )
  assert.equal(parsed.signedAttributes.signingTime?.toISOString(), '2023-03-14T04:45:22.000Z')
  assert.equal(parsed.certificateChain.length, 1)
  verifyEnvelopeIntegrity(parsed)
})

test("e2e-valid-signature's JWS (notation CLI) parses and passes the integrity check", () => {
  const parsed = parseEnvelope(readFileSync(E2E_JWS), 'application/jose+json')
  const e2eCert = readFileSync(join(VECTORS, 'e2e/config/localkeys/e2e.crt'), 'utf8')
  assert.equal(
    parsed.certificateChain[0]?.toString('base64'),
    e2eCert.replace(/-----[A-Z ]+-----|\s/g, ''),
    'x5c[0] is e2e.crt'
  )
  verifyEnvelopeIntegrity(parsed)
})

test('a notation envelope with one flipped payload byte fails the integrity check, saying so', () => {
  const envelope = readJson(join(TESTDATA, 'jws_signature.sig'))
  const payload = Buffer.from(String(envelope['payload']), 'base64url')
  payload[payload.indexOf('481')] = '5'.charCodeAt(0)
  envelope['payload'] = payload.toString('base64url')
  const parsed = parseEnvelope(Buffer.from(JSON.stringify(envelope)), 'application/jose+json')
  assert.equal(parsed.payload.size, 581)
  assert.throws(
    () => verifyEnvelopeIntegrity(parsed),
    (error: NotationError) =>
      error.code === 'INVALID_ENVELOPE' &&
      /signature does not verify with the signing certificate's key/.test(error.message)
  )
})

test("our JWS for e2e-valid-signature's artifact has notation's headers, field by field", async () => {
  const theirs = readJson(E2E_JWS)
  const theirPayload = b64url(theirs['payload'])['targetArtifact'] as {
    mediaType: string
    digest: string
    size: number
  }
  const [leaf] = await selfSignedCodeSigningChain({ spec: { kind: 'rsa', bits: 2048 } })
  assert.ok(leaf)
  const signer = pemSigner({ keyPem: leaf.key.privateKeyPem, certificateChainPem: leaf.pem })
  const { bytes, mediaType } = await createEnvelope({
    format: 'jws',
    payload: targetArtifactPayload({ descriptor: theirPayload }),
    signer,
    signingTime: new Date('2023-06-27T05:30:33Z'),
    signingAgent: 'Notation/1.0.0'
  })
  assert.equal(mediaType, 'application/jose+json')
  const ours = JSON.parse(bytes.toString()) as Record<string, unknown>
  assert.deepEqual(Object.keys(ours), Object.keys(theirs), 'top-level members and their order')
  const [ourHeader, theirHeader] = [b64url(ours['protected']), b64url(theirs['protected'])]
  assert.deepEqual(
    Object.keys(ourHeader),
    Object.keys(theirHeader),
    'protected header keys, sorted like Go'
  )
  for (const key of ['alg', 'crit', 'cty', 'io.cncf.notary.signingScheme']) {
    assert.deepEqual(ourHeader[key], theirHeader[key], key)
  }
  // Same instant, written in UTC where notation wrote local time.
  assert.equal(ourHeader['io.cncf.notary.signingTime'], '2023-06-27T05:30:33Z')
  assert.equal(
    new Date(String(theirHeader['io.cncf.notary.signingTime'])).getTime(),
    new Date(String(ourHeader['io.cncf.notary.signingTime'])).getTime()
  )
  const [ourUnprotected, theirUnprotected] = [ours['header'], theirs['header']] as Record<
    string,
    unknown
  >[]
  assert.deepEqual(
    Object.keys(ourUnprotected ?? {}),
    Object.keys(theirUnprotected ?? {}),
    'unprotected header keys'
  )
  assert.equal(
    ourUnprotected?.['io.cncf.notary.signingAgent'],
    theirUnprotected?.['io.cncf.notary.signingAgent']
  )
  const [ourX5c, theirX5c] = [ourUnprotected?.['x5c'], theirUnprotected?.['x5c']] as string[][]
  assert.equal(ourX5c?.length, theirX5c?.length, 'a self-signed chain of one, like e2e.crt')
  assert.match(ourX5c?.[0] ?? '', /^[A-Za-z0-9+/]+={0,2}$/, 'x5c is standard base64')
  for (const member of ['payload', 'protected', 'signature']) {
    assert.match(String(ours[member]), /^[A-Za-z0-9_-]+$/, `${member} is unpadded base64url`)
  }
  assert.deepEqual(b64url(ours['payload'])['targetArtifact'], theirPayload)
  assert.equal(
    Buffer.from(String(ours['signature']), 'base64url').length,
    Buffer.from(String(theirs['signature']), 'base64url').length
  )
})

test("our COSE protected header has the key order of notation's cose_signature.sig", async () => {
  const decoder = new Decoder({ mapsAsObjects: false })
  const protectedOf = (bytes: Buffer) =>
    ((decoder.decode(bytes) as Tag).value as Buffer[])[0] ?? Buffer.alloc(0)
  const theirs = protectedOf(readFileSync(join(TESTDATA, 'cose_signature.sig')))
  const [leaf] = await selfSignedCodeSigningChain({ spec: { kind: 'rsa', bits: 2048 } })
  assert.ok(leaf)
  const { bytes } = await createEnvelope({
    format: 'cose',
    payload: targetArtifactPayload({
      descriptor: { mediaType: 'm', digest: 'sha256:00', size: 1 }
    }),
    signer: pemSigner({ keyPem: leaf.key.privateKeyPem, certificateChainPem: leaf.pem }),
    signingTime: new Date(1678769122_000)
  })
  const ours = protectedOf(bytes)
  assert.ok(bytes.subarray(0, 2).equals(Buffer.from('d284', 'hex')), 'tag 18 around a 4-array')
  assert.deepEqual(
    [...(decoder.decode(ours) as Map<unknown, unknown>).keys()],
    [...(decoder.decode(theirs) as Map<unknown, unknown>).keys()]
  )
  // Same alg, crit, content type, time and scheme: the protected bytes are identical.
  assert.equal(ours.toString('hex'), theirs.toString('hex'))
})
