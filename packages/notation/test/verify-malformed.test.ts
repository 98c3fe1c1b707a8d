// The COSE parser is as strict as go-cose's decoder: duplicate map keys and indefinite-length
// items are rejected with INVALID_ENVELOPE naming the problem, and verifyNotationSignature
// reports them as integrity failures. Each case changes only the encoding of a valid envelope.
import { test } from 'node:test'
import { SIGNING_AGENT } from '@sign/product'
import assert from 'node:assert/strict'
import type { Tag } from 'cbor-x'
import { selfSignedCodeSigningChain, type IssuedCertificate } from '@sign/testenv'
import { checkStrictCbor, decodeCbor } from '../src/envelope/cbor.ts'
import { createEnvelope, parseEnvelope } from '../src/envelope/envelope.ts'
import { NotationError } from '../src/errors.ts'
import { targetArtifactPayload } from '../src/payload/target-artifact.ts'
import { pemSigner } from '../src/signer/pem-signer.ts'
import { verifyNotationSignature } from '../src/verify/verify-signature.ts'
import { statement, trustStores } from './verify-fixtures.ts'

const COSE = 'application/cose'
const DESCRIPTOR = {
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: `sha256:${'56'.repeat(32)}`,
  size: 5
}
const [leaf] = (await selfSignedCodeSigningChain()) as [IssuedCertificate]
const { bytes: valid } = await createEnvelope({
  format: 'cose',
  payload: targetArtifactPayload({ descriptor: DESCRIPTOR }),
  signer: pemSigner({ keyPem: leaf.key.privateKeyPem, certificateChainPem: leaf.pem })
})
const [protectedBytes, , payload, signature] = (decodeCbor(valid) as Tag).value as [
  Buffer,
  Map<unknown, unknown>,
  Buffer,
  Buffer
]

// ---- raw CBOR pieces ----
const headOf = (major: number, length: number): Buffer =>
  length < 24
    ? Buffer.from([(major << 5) | length])
    : length < 256
      ? Buffer.from([(major << 5) | 24, length])
      : Buffer.from([(major << 5) | 25, length >> 8, length & 0xff])
const bstr = (bytes: Buffer) => Buffer.concat([headOf(2, bytes.length), bytes])
const tstr = (text: string) =>
  Buffer.concat([headOf(3, Buffer.byteLength(text)), Buffer.from(text)])
const map = (...entries: [Buffer, Buffer][]) =>
  Buffer.concat([headOf(5, entries.length), ...entries.flat()])
const array = (...items: Buffer[]) => Buffer.concat([headOf(4, items.length), ...items])
const chain = array(bstr(leaf.der))
// createEnvelope writes the product's signing agent after x5chain.
const unprotected = map(
  [Buffer.from([0x18, 0x21]), chain],
  [tstr('io.cncf.notary.signingAgent'), tstr(SIGNING_AGENT)]
)
const message = (parts: { protected?: Buffer; unprotected?: Buffer; payload?: Buffer }) =>
  Buffer.concat([
    Buffer.from([0xd2]),
    array(
      parts.protected ?? bstr(protectedBytes),
      parts.unprotected ?? unprotected,
      parts.payload ?? bstr(payload),
      bstr(signature)
    )
  ])

function rejects(bytes: Buffer, reason: RegExp): void {
  assert.throws(
    () => parseEnvelope(bytes, COSE),
    (error: unknown) => {
      assert.ok(error instanceof NotationError)
      assert.equal(error.code, 'INVALID_ENVELOPE')
      assert.match(error.message, /^the COSE signature envelope /)
      assert.match(error.message, reason)
      return true
    }
  )
}

test('the rebuilt envelope is byte-identical to the valid one and parses (control)', () => {
  const rebuilt = message({})
  assert.equal(rebuilt.length, valid.length)
  const at = rebuilt.findIndex((byte, i) => byte !== valid[i])
  assert.equal(
    at,
    -1,
    `differs at ${at}: ${rebuilt.subarray(at - 4, at + 4).toString('hex')} vs ${valid.subarray(at - 4, at + 4).toString('hex')}`
  )
  assert.equal(parseEnvelope(message({}), COSE).payload.digest, DESCRIPTOR.digest)
})

test('a duplicate key in the unprotected map is rejected', () => {
  const duplicated = map([Buffer.from([0x18, 0x21]), chain], [Buffer.from([0x18, 0x21]), chain])
  rejects(
    message({ unprotected: duplicated }),
    /message is not valid CBOR \(duplicate map key at offset \d+/
  )
})

test('a duplicate text key in the unprotected map is rejected', () => {
  const agent = tstr('io.cncf.notary.signingAgent')
  const duplicated = map([Buffer.from([0x18, 0x21]), chain], [agent, tstr('a')], [agent, tstr('b')])
  rejects(message({ unprotected: duplicated }), /duplicate map key/)
})

test('the same integer key written in two widths is still a duplicate', () => {
  const duplicated = map(
    [Buffer.from([0x18, 0x21]), chain],
    [Buffer.from([0x19, 0x00, 0x21]), chain]
  )
  rejects(message({ unprotected: duplicated }), /duplicate map key/)
})

test('a duplicate key in the protected header is rejected', () => {
  // Append a second alg (label 1) entry to the protected map: A5 → A6, then 01 38 24.
  const entries = Buffer.concat([
    Buffer.from([protectedBytes[0]! + 1]),
    protectedBytes.subarray(1),
    Buffer.from([0x01, 0x38, 0x24])
  ])
  rejects(
    message({ protected: bstr(entries) }),
    /protected header is not valid CBOR \(duplicate map key/
  )
})

test('an indefinite-length array is rejected', () => {
  const indefinite = Buffer.concat([
    Buffer.from([0xd2, 0x9f]),
    bstr(protectedBytes),
    unprotected,
    bstr(payload),
    bstr(signature),
    Buffer.from([0xff])
  ])
  rejects(
    indefinite,
    /indefinite-length item at offset 1; deterministic CBOR forbids indefinite lengths/
  )
})

test('an indefinite-length byte string payload is rejected', () => {
  const chunks = Buffer.concat([
    Buffer.from([0x5f]),
    bstr(payload.subarray(0, 10)),
    bstr(payload.subarray(10)),
    Buffer.from([0xff])
  ])
  rejects(message({ payload: chunks }), /indefinite-length item/)
})

test('an indefinite-length map in the protected header is rejected', () => {
  const count = protectedBytes[0]! & 0x1f
  assert.equal(count, 5)
  const indefinite = Buffer.concat([
    Buffer.from([0xbf]),
    protectedBytes.subarray(1),
    Buffer.from([0xff])
  ])
  rejects(
    message({ protected: bstr(indefinite) }),
    /protected header is not valid CBOR \(an indefinite-length item at offset 0/
  )
})

test('trailing bytes after the message are rejected', () => {
  rejects(Buffer.concat([valid, Buffer.from([0x00])]), /trailing bytes/)
})

test('checkStrictCbor accepts definite items and names the offset of what it rejects', () => {
  checkStrictCbor(valid)
  assert.throws(() => checkStrictCbor(Buffer.from([0x82, 0x01])), /unexpected end of data/)
  assert.throws(
    () => checkStrictCbor(Buffer.from([0x1c])),
    /reserved additional information 28 at offset 0/
  )
  assert.throws(
    () => checkStrictCbor(Buffer.from([0xff])),
    /break code outside an indefinite-length item/
  )
})

test('verifyNotationSignature reports a duplicate key as an integrity failure', async () => {
  const duplicated = map([Buffer.from([0x18, 0x21]), chain], [Buffer.from([0x18, 0x21]), chain])
  const outcome = await verifyNotationSignature({
    envelope: message({ unprotected: duplicated }),
    envelopeMediaType: COSE,
    statement: statement({ level: 'audit', trustStores: ['ca:leaf'] }),
    trustStores: trustStores({ 'ca:leaf': [leaf.der] }),
    target: { kind: 'oci', descriptor: DESCRIPTOR }
  })
  assert.equal(outcome.verified, false)
  assert.equal(outcome.failure?.type, 'integrity')
  assert.match(
    outcome.failure.message,
    /^unable to parse the digital signature, error : .*duplicate map key/
  )
  const control = await verifyNotationSignature({
    envelope: valid,
    envelopeMediaType: COSE,
    statement: statement({ level: 'strict', trustStores: ['ca:leaf'] }),
    trustStores: trustStores({ 'ca:leaf': [leaf.der] }),
    target: { kind: 'oci', descriptor: DESCRIPTOR }
  })
  assert.equal(control.verified, true, control.failure?.message)
})
