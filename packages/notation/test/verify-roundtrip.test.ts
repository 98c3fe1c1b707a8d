// Our own signer's envelopes (createEnvelope + pemSigner, JWS and COSE, self-signed and
// CA-issued chains) through verifyNotationSignature, then a negative matrix in which each case
// fails for its own reason.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { Tag } from 'cbor-x'
import {
  caIssuedCodeSigningChain,
  generateKeyPair,
  selfSignedCodeSigningChain,
  type IssuedCertificate
} from '@sign/testenv'
import { decodeCbor, encodeCbor } from '../src/envelope/cbor.ts'
import { createEnvelope, parseEnvelope } from '../src/envelope/envelope.ts'
import { ENVELOPE_MEDIA_TYPE as MEDIA_TYPE, type EnvelopeFormat } from '../src/envelope/types.ts'
import { NotationError } from '../src/errors.ts'
import { targetArtifactPayload } from '../src/payload/target-artifact.ts'
import { pemSigner } from '../src/signer/pem-signer.ts'
import { signRaw } from '../src/signer/raw-signature.ts'
import type { ValidationType } from '../src/trust-policy/types.ts'
import type {
  NotationVerificationOutcome,
  VerifyNotationSignatureOptions
} from '../src/verify/types.ts'
import { verifyNotationSignature } from '../src/verify/verify-signature.ts'
import { statement, trustStores, type StatementOptions } from './verify-fixtures.ts'

const DESCRIPTOR = {
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: `sha256:${'ab'.repeat(32)}`,
  size: 1234
}
const SUBJECT = 'CN=Test-Signer,O=notation,ST=WA,C=US'

const [selfSigned, caIssued, otherCa] = await Promise.all([
  selfSignedCodeSigningChain(),
  caIssuedCodeSigningChain(),
  caIssuedCodeSigningChain()
])

async function sign(
  chain: IssuedCertificate[],
  format: EnvelopeFormat,
  options: {
    expiry?: Date
    userMetadata?: Record<string, string>
    descriptor?: typeof DESCRIPTOR
  } = {}
): Promise<Buffer> {
  const leaf = chain[0] as IssuedCertificate
  const signer = pemSigner({
    keyPem: leaf.key.privateKeyPem,
    certificateChainPem: chain.map(cert => cert.pem).join('\n')
  })
  const envelope = await createEnvelope({
    format,
    payload: targetArtifactPayload({
      descriptor: options.descriptor ?? DESCRIPTOR,
      ...(options.userMetadata && { userMetadata: options.userMetadata })
    }),
    signer,
    ...(options.expiry && { expiry: options.expiry })
  })
  return envelope.bytes
}

const rootOf = (chain: IssuedCertificate[]) => (chain[chain.length - 1] as IssuedCertificate).der
const stores = trustStores({
  'ca:self': [rootOf(selfSigned)],
  'ca:acme': [rootOf(caIssued)],
  'ca:other': [rootOf(otherCa)]
})

function verify(
  envelope: Buffer,
  format: EnvelopeFormat,
  policy: Partial<StatementOptions> = {},
  extra: Partial<VerifyNotationSignatureOptions> = {}
): Promise<NotationVerificationOutcome> {
  return verifyNotationSignature({
    envelope,
    envelopeMediaType: MEDIA_TYPE[format],
    statement: statement({ level: 'strict', trustStores: ['ca:acme', 'ca:self'], ...policy }),
    trustStores: stores,
    target: { kind: 'oci', descriptor: DESCRIPTOR },
    ...extra
  })
}

function assertFailed(
  outcome: NotationVerificationOutcome,
  type: ValidationType | 'payload' | 'userMetadata',
  message: RegExp
): void {
  assert.equal(outcome.verified, false)
  assert.equal(outcome.failure?.type, type, outcome.failure?.message)
  assert.match(outcome.failure.message, message)
}

for (const format of ['jws', 'cose'] as const) {
  for (const [kind, chain] of [
    ['self-signed', selfSigned],
    ['CA-issued', caIssued]
  ] as const) {
    test(`${format.toUpperCase()} from a ${kind} chain verifies`, async () => {
      const envelope = await sign(chain, format, { userMetadata: { buildId: '7' } })
      const outcome = await verify(
        envelope,
        format,
        { identities: [SUBJECT] },
        {
          userMetadata: { buildId: '7' }
        }
      )
      assert.equal(outcome.verified, true, outcome.failure?.message)
      // Go's pkix.Name prints its fields in its own order (CN … C), whatever the DER order.
      assert.equal(outcome.signer?.subject, 'CN=Test-Signer,O=notation,ST=WA,C=US')
      assert.equal(
        outcome.signer?.issuer,
        kind === 'self-signed'
          ? 'CN=Test-Signer,O=notation,ST=WA,C=US'
          : 'CN=Test Intermediate CA,O=notation,ST=WA,C=US'
      )
      assert.deepEqual(
        outcome.signer?.sha256Fingerprints,
        chain.map(cert => createHash('sha256').update(cert.der).digest('hex'))
      )
      assert.equal(outcome.signingScheme, 'notary.x509')
      assert.deepEqual(outcome.payload, { ...DESCRIPTOR, annotations: { buildId: '7' } })
      assert.deepEqual(
        outcome.results.map(r => r.type),
        ['integrity', 'authenticity', 'expiry', 'authenticTimestamp', 'revocation']
      )
    })
  }

  test(`${format.toUpperCase()}: tampered payload fails integrity`, async () => {
    const envelope = await sign(selfSigned, format)
    const other = targetArtifactPayload({ descriptor: { ...DESCRIPTOR, size: 9999 } })
    const tampered =
      format === 'jws'
        ? replaceJws(envelope, { payload: other.toString('base64url') })
        : replaceCose(envelope, 2, other)
    assertFailed(
      await verify(tampered, format),
      'integrity',
      /signature does not verify with the signing certificate's key/
    )
  })

  test(`${format.toUpperCase()}: tampered signature fails integrity`, async () => {
    const envelope = await sign(selfSigned, format)
    const flipped = Buffer.from(parseEnvelope(envelope, MEDIA_TYPE[format]).signature)
    flipped[10] = (flipped[10] ?? 0) ^ 0xff
    const tampered =
      format === 'jws'
        ? replaceJws(envelope, { signature: flipped.toString('base64url') })
        : replaceCose(envelope, 3, flipped)
    assertFailed(await verify(tampered, format), 'integrity', /signature does not verify/)
  })

  test(`${format.toUpperCase()}: a swapped signing certificate fails integrity`, async () => {
    const envelope = await sign(selfSigned, format)
    const [impostor] = await selfSignedCodeSigningChain()
    const der = (impostor as IssuedCertificate).der
    const tampered =
      format === 'jws'
        ? replaceJwsHeader(envelope, { x5c: [der.toString('base64')] })
        : replaceCoseChain(envelope, [der])
    assertFailed(
      await verify(tampered, format),
      'integrity',
      /signature does not verify with the signing certificate's key/
    )
  })

  test(`${format.toUpperCase()}: an expired signature fails expiry when enforced, warns when logged`, async () => {
    const expiry = new Date(Date.now() + 60 * 60_000)
    const envelope = await sign(selfSigned, format, { expiry })
    const later = new Date(Date.now() + 2 * 60 * 60_000)
    const strict = await verify(envelope, format, {}, { now: later })
    assertFailed(
      strict,
      'expiry',
      /^digital signature has expired on "\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000"$/
    )
    const permissive = await verify(envelope, format, { level: 'permissive' }, { now: later })
    assert.equal(permissive.verified, true)
    assert.match(
      permissive.warnings[0] ?? '',
      /^expiry was set to "log" and failed with error: digital signature has expired on/
    )
    assert.equal((await verify(envelope, format)).verified, true)
  })
}

test("an untrusted root fails authenticity with notation's message", async () => {
  const envelope = await sign(caIssued, 'jws')
  const outcome = await verify(envelope, 'jws', { trustStores: ['ca:other'] })
  assertFailed(
    outcome,
    'authenticity',
    /^the signature's certificate chain does not contain any trusted certificate$/
  )
  // Trusting the intermediate or the leaf itself works too (byte-equal, no path building).
  const viaIntermediate = await verifyNotationSignature({
    envelope,
    envelopeMediaType: MEDIA_TYPE.jws,
    statement: statement({ level: 'strict', trustStores: ['ca:intermediate'] }),
    trustStores: trustStores({ 'ca:intermediate': [(caIssued[1] as IssuedCertificate).der] }),
    target: { kind: 'oci', descriptor: DESCRIPTOR }
  })
  assert.equal(viaIntermediate.verified, true, viaIntermediate.failure?.message)
})

test('a missing trust store fails authenticity, naming it', async () => {
  const outcome = await verify(await sign(selfSigned, 'jws'), 'jws', { trustStores: ['ca:absent'] })
  assertFailed(outcome, 'authenticity', /trust store ca:absent does not exist/)
})

test('a wrong identity fails authenticity; a subset identity passes', async () => {
  const envelope = await sign(selfSigned, 'cose')
  const wrong = await verify(envelope, 'cose', { identities: ['CN=Someone,O=notation,ST=WA,C=US'] })
  assertFailed(
    wrong,
    'authenticity',
    /does not match the X.509 trusted identities \["CN=Someone,O=notation,ST=WA,C=US"\]/
  )
  const subset = await verify(envelope, 'cose', { identities: ['O=notation,ST=WA,C=US'] })
  assert.equal(subset.verified, true, subset.failure?.message)
})

test('a leaf subject without C/ST/O cannot match an x509.subject identity', async () => {
  const chain = await selfSignedCodeSigningChain({ subject: 'CN=bare' })
  const envelope = await sign(chain, 'jws')
  const outcome = await verifyNotationSignature({
    envelope,
    envelopeMediaType: MEDIA_TYPE.jws,
    statement: statement({
      level: 'strict',
      trustStores: ['ca:bare'],
      identities: ['CN=bare,O=x,ST=y,C=US']
    }),
    trustStores: trustStores({ 'ca:bare': [(chain[0] as IssuedCertificate).der] }),
    target: { kind: 'oci', descriptor: DESCRIPTOR }
  })
  assertFailed(outcome, 'authenticity', /has no mandatory RDN attribute for "C"/)
})

test('an unknown critical header fails integrity (stricter than notation-go)', async () => {
  const [leaf] = selfSigned as [IssuedCertificate]
  const envelope = handSignedJws({
    leaf,
    header: {
      alg: 'PS256',
      crit: ['io.cncf.notary.signingScheme', 'com.example.mustUnderstand'],
      cty: 'application/vnd.cncf.notary.payload.v1+json',
      'com.example.mustUnderstand': 'yes',
      'io.cncf.notary.signingScheme': 'notary.x509',
      'io.cncf.notary.signingTime': new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    }
  })
  const outcome = await verify(envelope, 'jws')
  assertFailed(
    outcome,
    'integrity',
    /marks "com\.example\.mustUnderstand" critical, which this verifier does not understand/
  )
})

test('an envelope naming a verification plugin is inconclusive', async () => {
  const [leaf] = selfSigned as [IssuedCertificate]
  const envelope = handSignedJws({
    leaf,
    header: {
      alg: 'PS256',
      crit: ['io.cncf.notary.signingScheme', 'io.cncf.notary.verificationPlugin'],
      cty: 'application/vnd.cncf.notary.payload.v1+json',
      'io.cncf.notary.signingScheme': 'notary.x509',
      'io.cncf.notary.signingTime': new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      'io.cncf.notary.verificationPlugin': 'com.example.plugin',
      'io.cncf.notary.verificationPluginMinVersion': '1.2.0'
    }
  })
  const outcome = await verify(envelope, 'jws')
  assert.equal(outcome.verified, false)
  assert.match(
    outcome.failure?.message ?? '',
    /inconclusive: the digital signature requires the verification plugin "com\.example\.plugin" \(version 1\.2\.0 or later\), and this verifier runs no plugins/
  )
})

test("an alg that is not the leaf key's fails integrity", async () => {
  const [leaf] = selfSigned as [IssuedCertificate]
  const envelope = handSignedJws({
    leaf,
    algorithm: 'PS384',
    header: {
      alg: 'PS384',
      crit: ['io.cncf.notary.signingScheme'],
      cty: 'application/vnd.cncf.notary.payload.v1+json',
      'io.cncf.notary.signingScheme': 'notary.x509',
      'io.cncf.notary.signingTime': new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    }
  })
  assertFailed(
    await verify(envelope, 'jws'),
    'integrity',
    /says alg PS384 but the signing certificate's key signs with PS256/
  )
})

test('malformed JSON, malformed CBOR and bad base64 fail integrity as unparsable', async () => {
  assertFailed(
    await verify(Buffer.from('{"payload":'), 'jws'),
    'integrity',
    /unable to parse the digital signature.*is not JSON/
  )
  const cose = await sign(selfSigned, 'cose')
  assertFailed(
    await verify(cose.subarray(0, cose.length - 5), 'cose'),
    'integrity',
    /unable to parse the digital signature.*not valid.*CBOR/
  )
  const jws = await sign(selfSigned, 'jws')
  assertFailed(
    await verify(replaceJws(jws, { signature: '!!not base64!!' }), 'jws'),
    'integrity',
    /unable to parse the digital signature.*has no base64url signature/
  )
  const badCert = replaceJwsHeader(jws, { x5c: ['not*base64'] })
  assertFailed(await verify(badCert, 'jws'), 'integrity', /x5c certificate chain/)
  assertFailed(
    await verify(jws, 'cose'),
    'integrity',
    /unable to parse the digital signature.*COSE/
  )
})

test('OCI descriptor mismatches fail as payload, each field on its own', async () => {
  const envelope = await sign(selfSigned, 'jws')
  for (const change of [
    { digest: `sha256:${'cd'.repeat(32)}` },
    { size: 1235 },
    { mediaType: 'application/vnd.oci.image.index.v1+json' }
  ]) {
    const outcome = await verify(
      envelope,
      'jws',
      {},
      { target: { kind: 'oci', descriptor: { ...DESCRIPTOR, ...change } } }
    )
    assert.deepEqual(outcome.failure, { type: 'payload', message: 'content descriptor mismatch' })
    assert.equal(outcome.verified, false)
  }
})

test("blob targets: digest with the key's hash, size, and mediaType only when given", async () => {
  const blob = Buffer.from('release file contents')
  const chain = await selfSignedCodeSigningChain({
    key: await generateKeyPair({ kind: 'ec', curve: 'P-384' })
  })
  const descriptor = {
    mediaType: 'application/octet-stream',
    digest: `sha384:${createHash('sha384').update(blob).digest('hex')}`,
    size: blob.length
  }
  const envelope = await sign(chain, 'cose', { descriptor })
  const asked: string[] = []
  const blobTarget = (bytes: Buffer, mediaType?: string) => ({
    kind: 'blob' as const,
    size: bytes.length,
    digest: (algorithm: 'sha256' | 'sha384' | 'sha512') => {
      asked.push(algorithm)
      return Promise.resolve(`${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`)
    },
    ...(mediaType !== undefined && { mediaType })
  })
  const run = (target: ReturnType<typeof blobTarget>) =>
    verifyNotationSignature({
      envelope,
      envelopeMediaType: MEDIA_TYPE.cose,
      statement: statement({ level: 'strict', trustStores: ['ca:p384'] }),
      trustStores: trustStores({ 'ca:p384': [(chain[0] as IssuedCertificate).der] }),
      target
    })
  const ok = await run(blobTarget(blob))
  assert.equal(ok.verified, true, ok.failure?.message)
  assert.deepEqual(asked, ['sha384'])
  assert.equal((await run(blobTarget(blob, 'application/octet-stream'))).verified, true)
  const mismatch = 'integrity check failed. signature does not match the given blob'
  for (const target of [
    blobTarget(Buffer.from('release file contentz')),
    { ...blobTarget(blob), size: blob.length + 1 },
    blobTarget(blob, 'text/plain')
  ]) {
    assert.deepEqual((await run(target)).failure, { type: 'payload', message: mismatch })
  }
})

test('user metadata that is not signed fails after every check passed', async () => {
  const envelope = await sign(selfSigned, 'jws', { userMetadata: { env: 'prod' } })
  const outcome = await verify(envelope, 'jws', {}, { userMetadata: { env: 'dev' } })
  assert.deepEqual(outcome.failure, {
    type: 'userMetadata',
    message: 'unable to find specified metadata in the signature'
  })
  assert.ok(outcome.results.every(result => result.ok))
})

test('skip level verifies without parsing anything', async () => {
  let loads = 0
  const outcome = await verifyNotationSignature({
    envelope: Buffer.from('not an envelope'),
    envelopeMediaType: 'application/jose+json',
    statement: statement({ level: 'skip' }),
    trustStores: {
      load: () => {
        loads++
        return Promise.resolve([])
      }
    },
    target: { kind: 'oci', descriptor: DESCRIPTOR }
  })
  assert.equal(outcome.verified, true)
  assert.equal(loads, 0)
  assert.deepEqual(outcome.results, [])
})

test('invalid options throw INVALID_INPUT; signature problems never throw', async () => {
  await assert.rejects(
    verifyNotationSignature({
      envelope: 'text' as unknown as Buffer,
      envelopeMediaType: MEDIA_TYPE.jws,
      statement: statement({ level: 'strict', trustStores: ['ca:self'] }),
      trustStores: stores,
      target: { kind: 'oci', descriptor: DESCRIPTOR }
    }),
    (error: unknown) =>
      error instanceof NotationError &&
      error.code === 'INVALID_INPUT' &&
      /envelope must be a Buffer/.test(error.message)
  )
  const outcome = await verify(Buffer.from([0xd2, 0x84]), 'cose')
  assert.equal(outcome.failure?.type, 'integrity')
})

// ---- envelope surgery -------------------------------------------------------------------

function replaceJws(envelope: Buffer, fields: Record<string, unknown>): Buffer {
  return Buffer.from(
    JSON.stringify({ ...(JSON.parse(envelope.toString('utf8')) as object), ...fields })
  )
}

function replaceJwsHeader(envelope: Buffer, fields: Record<string, unknown>): Buffer {
  const parsed = JSON.parse(envelope.toString('utf8')) as { header: Record<string, unknown> }
  return replaceJws(envelope, { header: { ...parsed.header, ...fields } })
}

function coseParts(envelope: Buffer): unknown[] {
  return (decodeCbor(envelope) as Tag).value as unknown[]
}

function replaceCose(envelope: Buffer, index: number, value: unknown): Buffer {
  const parts = coseParts(envelope)
  parts[index] = value
  return encodeCbor(new Tag(parts, 18))
}

function replaceCoseChain(envelope: Buffer, chain: Buffer[]): Buffer {
  const parts = coseParts(envelope)
  const unprotected = parts[1] as Map<unknown, unknown>
  unprotected.set(33, chain)
  return encodeCbor(new Tag(parts, 18))
}

/** A JWS with exactly `header` as protected header, signed by the leaf's key. */
function handSignedJws(options: {
  leaf: IssuedCertificate
  header: Record<string, unknown>
  algorithm?: 'PS256' | 'PS384'
}): Buffer {
  const protectedB64 = Buffer.from(JSON.stringify(options.header)).toString('base64url')
  const payloadB64 = targetArtifactPayload({ descriptor: DESCRIPTOR }).toString('base64url')
  const signature = signRaw({
    algorithm: options.algorithm ?? 'PS256',
    privateKey: options.leaf.key.privateKey,
    data: Buffer.from(`${protectedB64}.${payloadB64}`)
  })
  return Buffer.from(
    JSON.stringify({
      payload: payloadB64,
      protected: protectedB64,
      header: { x5c: [options.leaf.der.toString('base64')] },
      signature: signature.toString('base64url')
    })
  )
}
