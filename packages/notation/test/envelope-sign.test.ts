// Every envelope we sign verifies with node:crypto over the exact JWS signing input or a COSE
// Sig_structure re-encoded here by hand, for every key type the Notary Project signs with.
import { before, test } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate, constants, verify } from 'node:crypto'
import { Decoder, type Tag } from 'cbor-x'
import {
  caIssuedCodeSigningChain,
  generateKeyPair,
  type KeySpec,
  type TestKeyPair
} from '@sign/testenv'
import type { NotationError } from '../src/errors.ts'
import { createEnvelope, parseEnvelope } from '../src/envelope/envelope.ts'
import { verifyEnvelopeIntegrity } from '../src/envelope/integrity.ts'
import { targetArtifactPayload } from '../src/payload/target-artifact.ts'
import { pemSigner } from '../src/signer/pem-signer.ts'
import type { NotarySigner } from '../src/signer/signer.ts'

const SPECS: [KeySpec, string, string][] = [
  [{ kind: 'rsa', bits: 2048 }, 'PS256', 'sha256'],
  [{ kind: 'rsa', bits: 3072 }, 'PS384', 'sha384'],
  [{ kind: 'rsa', bits: 4096 }, 'PS512', 'sha512'],
  [{ kind: 'ec', curve: 'P-256' }, 'ES256', 'sha256'],
  [{ kind: 'ec', curve: 'P-384' }, 'ES384', 'sha384'],
  [{ kind: 'ec', curve: 'P-521' }, 'ES512', 'sha512']
]
const COSE_ALG: Record<string, number> = {
  PS256: -37,
  PS384: -38,
  PS512: -39,
  ES256: -7,
  ES384: -35,
  ES512: -36
}
const SIGNATURE_BYTES: Record<string, number> = { ES256: 64, ES384: 96, ES512: 132 }

const payload = targetArtifactPayload({
  descriptor: {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: `sha256:${'ab'.repeat(32)}`,
    size: 517
  },
  userMetadata: { buildId: '42' }
})
const signingTime = new Date('2025-01-21T09:17:46.789Z')
const expiry = new Date('2025-01-21T12:39:46Z')

/** CBOR byte-string header + bytes, written by hand (independent of cbor-x). */
function bstr(bytes: Buffer): Buffer {
  const n = bytes.length
  const head =
    n < 24
      ? Buffer.from([0x40 + n])
      : n < 256
        ? Buffer.from([0x58, n])
        : n < 65536
          ? Buffer.from([0x59, n >> 8, n & 0xff])
          : Buffer.from([0x5a, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff])
  return Buffer.concat([head, bytes])
}
const sigStructure = (protectedBytes: Buffer, body: Buffer) =>
  Buffer.concat([
    Buffer.from([0x84, 0x6a]),
    Buffer.from('Signature1'),
    bstr(protectedBytes),
    Buffer.from([0x40]),
    bstr(body)
  ])

function verifyIndependently(
  leafDer: Buffer,
  alg: string,
  hash: string,
  data: Buffer,
  signature: Buffer
): boolean {
  const key = new X509Certificate(leafDer).publicKey
  const options = alg.startsWith('PS')
    ? {
        key,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: constants.RSA_PSS_SALTLEN_DIGEST
      }
    : { key, dsaEncoding: 'ieee-p1363' as const }
  return verify(hash, data, options, signature)
}

const signers = new Map<string, NotarySigner>()
before(async () => {
  const caKey: TestKeyPair = await generateKeyPair({ kind: 'ec', curve: 'P-256' })
  for (const [spec, alg] of SPECS) {
    const chain = await caIssuedCodeSigningChain({ spec, caSpec: caKey.spec })
    const [leaf] = chain
    assert.ok(leaf)
    // Shuffled on purpose: pemSigner orders the chain itself.
    const pem = [chain[2], chain[0], chain[1]].map(cert => cert?.pem).join('\n')
    signers.set(alg, pemSigner({ keyPem: leaf.key.privateKeyPem, certificateChainPem: pem }))
  }
})

for (const [spec, alg, hash] of SPECS) {
  const name = spec.kind === 'rsa' ? `RSA ${spec.bits}` : `EC ${spec.curve}`
  test(`JWS with ${name}: ${alg}, signature over protected.payload, integrity passes`, async () => {
    const signer = signers.get(alg)
    assert.ok(signer)
    assert.equal(signer.algorithm, alg)
    assert.equal(signer.certificateChain.length, 3, 'leaf, intermediate, root')
    const { bytes } = await createEnvelope({
      format: 'jws',
      payload,
      signer,
      signingTime,
      expiry,
      signingAgent: 'sign/test'
    })
    const jws = JSON.parse(bytes.toString()) as {
      protected: string
      payload: string
      signature: string
      header: { x5c: string[] }
    }
    const header = JSON.parse(Buffer.from(jws.protected, 'base64url').toString()) as Record<
      string,
      unknown
    >
    assert.equal(header['alg'], alg)
    assert.deepEqual(header['crit'], ['io.cncf.notary.signingScheme', 'io.cncf.notary.expiry'])
    assert.equal(header['io.cncf.notary.signingTime'], '2025-01-21T09:17:46Z', 'UTC, whole seconds')
    assert.equal(header['io.cncf.notary.expiry'], '2025-01-21T12:39:46Z')
    assert.deepEqual(
      jws.header.x5c.map(c => Buffer.from(c, 'base64')),
      signer.certificateChain
    )
    const signature = Buffer.from(jws.signature, 'base64url')
    if (SIGNATURE_BYTES[alg]) assert.equal(signature.length, SIGNATURE_BYTES[alg], 'ECDSA as r||s')
    const input = Buffer.from(`${jws.protected}.${jws.payload}`, 'ascii')
    assert.ok(
      verifyIndependently(
        signer.certificateChain[0] ?? Buffer.alloc(0),
        alg,
        hash,
        input,
        signature
      )
    )
    const parsed = parseEnvelope(bytes, 'application/jose+json')
    assert.ok(parsed.signingInput.equals(input))
    assert.deepEqual(parsed.payload.annotations, { buildId: '42' })
    assert.equal(parsed.signedAttributes.expiry?.toISOString(), expiry.toISOString())
    assert.equal(parsed.signingAgent, 'sign/test')
    verifyEnvelopeIntegrity(parsed)
  })

  test(`COSE with ${name}: alg ${COSE_ALG[alg]}, signature over Sig_structure, integrity passes`, async () => {
    const signer = signers.get(alg)
    assert.ok(signer)
    const { bytes, mediaType } = await createEnvelope({
      format: 'cose',
      payload,
      signer,
      signingTime,
      expiry,
      signingAgent: 'sign/test'
    })
    assert.equal(mediaType, 'application/cose')
    const message = new Decoder({ mapsAsObjects: false }).decode(bytes) as Tag
    assert.equal(message.tag, 18)
    const [protectedBytes, unprotected, body, signature] = message.value as [
      Buffer,
      Map<unknown, unknown>,
      Buffer,
      Buffer
    ]
    const headers = new Decoder({ mapsAsObjects: false }).decode(protectedBytes) as Map<
      unknown,
      unknown
    >
    assert.deepEqual(
      [...headers.keys()],
      [
        1,
        2,
        3,
        'io.cncf.notary.expiry',
        'io.cncf.notary.signingTime',
        'io.cncf.notary.signingScheme'
      ]
    )
    assert.equal(headers.get(1), COSE_ALG[alg])
    assert.deepEqual(headers.get(2), ['io.cncf.notary.signingScheme', 'io.cncf.notary.expiry'])
    // Tag 1 + integer seconds: c1 1a <u32>.
    assert.ok(
      protectedBytes.includes(
        Buffer.from([
          0xc1,
          0x1a,
          ...Buffer.from(((signingTime.getTime() / 1000) | 0).toString(16).padStart(8, '0'), 'hex')
        ])
      )
    )
    assert.deepEqual(
      unprotected.get(33),
      signer.certificateChain,
      'x5chain is an array, leaf first'
    )
    assert.ok(body.equals(payload), 'payload attached as given')
    const toBeSigned = sigStructure(protectedBytes, body)
    assert.ok(
      verifyIndependently(
        signer.certificateChain[0] ?? Buffer.alloc(0),
        alg,
        hash,
        toBeSigned,
        signature
      )
    )
    const parsed = parseEnvelope(bytes, 'application/cose')
    assert.ok(parsed.signingInput.equals(toBeSigned), 'our ToBeSigned equals the hand-encoded one')
    assert.equal(parsed.signedAttributes.signingTime?.toISOString(), '2025-01-21T09:17:46.000Z')
    verifyEnvelopeIntegrity(parsed)
  })
}

test('a flipped payload byte in our JWS and COSE fails the integrity check with the reason', async () => {
  const signer = signers.get('ES256')
  assert.ok(signer)
  const flip = (body: Buffer) => {
    const copy = Buffer.from(body)
    copy[copy.indexOf('517')] = 0x36 // size 517 → 617: still a valid payload, no longer the signed one
    return copy
  }
  const jws = JSON.parse(
    (await createEnvelope({ format: 'jws', payload, signer })).bytes.toString()
  ) as Record<string, unknown>
  jws['payload'] = flip(Buffer.from(String(jws['payload']), 'base64url')).toString('base64url')
  const cose = (await createEnvelope({ format: 'cose', payload, signer })).bytes
  const at = cose.indexOf(payload)
  const tamperedCose = Buffer.concat([
    cose.subarray(0, at),
    flip(payload),
    cose.subarray(at + payload.length)
  ])
  const cases = [
    ['JWS', parseEnvelope(Buffer.from(JSON.stringify(jws)), 'application/jose+json')],
    ['COSE', parseEnvelope(tamperedCose, 'application/cose')]
  ] as const
  for (const [format, parsed] of cases) {
    assert.equal(parsed.payload.size, 617)
    assert.throws(
      () => verifyEnvelopeIntegrity(parsed),
      (error: NotationError) =>
        error.code === 'INVALID_ENVELOPE' &&
        error.message.includes(`${format} signature does not verify`),
      format
    )
  }
})

test('an alg that is not the leaf key’s fails the integrity check', async () => {
  const signer = signers.get('PS256')
  assert.ok(signer)
  const parsed = parseEnvelope(
    (await createEnvelope({ format: 'jws', payload, signer })).bytes,
    'application/jose+json'
  )
  assert.throws(
    () => verifyEnvelopeIntegrity({ ...parsed, algorithm: 'PS384' }),
    /says alg PS384 but the signing certificate's key signs with PS256/
  )
})

test('an expiry not after the signing time is refused before signing', async () => {
  let signed = false
  const signer: NotarySigner = {
    ...signers.get('ES256')!,
    sign: () => ((signed = true), Promise.resolve(Buffer.alloc(64)))
  }
  for (const format of ['jws', 'cose'] as const) {
    await assert.rejects(
      createEnvelope({ format, payload, signer, signingTime, expiry: signingTime }),
      (error: NotationError) =>
        error.code === 'INVALID_INPUT' &&
        /expiry .* is not after the signing time/.test(error.message)
    )
  }
  assert.equal(signed, false)
})

test('malformed envelopes are INVALID_ENVELOPE with what is wrong', () => {
  const cases: [Buffer, string, RegExp][] = [
    [
      Buffer.from('malformed signature'),
      'application/jose+json',
      /JWS signature envelope is not JSON/
    ],
    [
      Buffer.from('{"payload":"e30","protected":"e30=","header":{},"signature":"AA"}'),
      'application/jose+json',
      /no base64url payload or protected header/
    ],
    [Buffer.from('a0', 'hex'), 'application/cose', /not a tagged COSE_Sign1/],
    [Buffer.from('d2', 'hex'), 'application/cose', /message is not valid CBOR/],
    [
      Buffer.from('{}'),
      'application/octet-stream',
      /media type "application\/octet-stream" is not a Notary Project one/
    ]
  ]
  for (const [bytes, mediaType, reason] of cases) {
    assert.throws(
      () => parseEnvelope(bytes, mediaType),
      (error: NotationError) => error.code === 'INVALID_ENVELOPE' && reason.test(error.message),
      reason.source
    )
  }
})
