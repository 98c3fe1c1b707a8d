import { test } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate, verify } from 'node:crypto'
import https from 'node:https'
import { VerificationError, toSignedEntity } from '@sigstore/verify'
import { createBundleSigner, functionIdentityProvider, resolveInstance } from '../src/index.ts'
import {
  POLICY,
  SAN,
  artifact,
  parsed,
  startServices,
  statementAbout,
  tokens,
  verifierFor
} from './signer-fixtures.ts'

const V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json'

test('signer: 20 digests and 3 statements signed at once share one Fulcio certificate, and each verifies', async t => {
  const { oidc, stack } = await startServices(t)
  const instance = resolveInstance({ fulcioUrl: stack.fulcioUrl, rekorUrl: stack.rekorUrl })
  const identityProvider = tokens(oidc)
  const signer = createBundleSigner({ instance, identityProvider })
  assert.equal(signer.certificatePem(), undefined)

  const files = Array.from({ length: 20 }, artifact)
  const statements = Array.from({ length: 3 }, (_, i) =>
    statementAbout(`app-${i}.tgz`, artifact().digest)
  )
  const [messages, envelopes] = await Promise.all([
    Promise.all(files.map(({ digest }) => signer.signDigest({ algorithm: 'sha256', digest }))),
    Promise.all(statements.map(statement => signer.signStatement(statement)))
  ])

  assert.equal(stack.requests.fulcio, 1, 'one certificate request for 23 signatures')
  assert.equal(identityProvider.calls(), 1, 'one token for it')
  assert.deepEqual(signer.stats(), { fulcio: 1, rekor: 23, tsa: 0 })
  assert.equal(stack.requests.rekor, 23)
  const certificatePem = signer.certificatePem()
  assert.ok(certificatePem)
  const certificate = new X509Certificate(certificatePem)
  assert.equal(certificate.subjectAltName, `URI:${SAN}`)

  const verifier = await verifierFor(stack)
  for (const [i, signed] of [...messages, ...envelopes].entries()) {
    assert.equal(signed.bundle.mediaType, V03)
    const material = signed.bundle.verificationMaterial
    assert.equal(material.x509CertificateChain, undefined)
    assert.equal(signed.certificatePem, certificatePem, 'every bundle has the one certificate')
    assert.equal(material.certificate?.rawBytes, certificate.raw.toString('base64'))
    const entry = signed.tlogEntry
    assert.ok(entry)
    assert.equal(entry.entryUrl, `${stack.rekorUrl}/api/v1/log/entries?logIndex=${entry.logIndex}`)
    assert.equal(entry.integratedTime, material.tlogEntries[0]?.integratedTime)
    const kind = i < messages.length ? 'hashedrekord' : 'dsse'
    assert.deepEqual(material.tlogEntries[0]?.kindVersion, { kind, version: '0.0.1' })
  }

  for (const [i, signed] of messages.entries()) {
    const { data, digest } = files[i] ?? assert.fail()
    const content = signed.bundle.messageSignature
    assert.deepEqual(content?.messageDigest, {
      algorithm: 'SHA2_256',
      digest: digest.toString('base64')
    })
    assert.equal(content.signature, signed.signature.toString('base64'))
    // The raw signature (cosign's .sig) verifies over the file with the certificate's key.
    assert.ok(verify('sha256', data, certificate.publicKey, signed.signature))
    const signer = verifier.verify(toSignedEntity(parsed(signed), data), POLICY)
    assert.equal(signer.identity?.subjectAlternativeName, SAN)
    assert.throws(
      () => verifier.verify(toSignedEntity(parsed(signed), Buffer.from('tampered')), POLICY),
      (error: unknown) => error instanceof VerificationError && error.code === 'SIGNATURE_ERROR'
    )
  }
  for (const [i, signed] of envelopes.entries()) {
    const envelope = signed.bundle.dsseEnvelope
    assert.equal(envelope?.payloadType, 'application/vnd.in-toto+json')
    assert.deepEqual(JSON.parse(Buffer.from(envelope.payload, 'base64').toString()), statements[i])
    assert.equal(envelope.signatures[0]?.sig, signed.signature.toString('base64'))
    const signer = verifier.verify(toSignedEntity(parsed(signed)), POLICY)
    assert.equal(signer.identity?.subjectAlternativeName, SAN)
  }
})

test('signer: signing what Rekor already holds returns the logged entry (fetchOnConflict)', async t => {
  const { oidc, stack } = await startServices(t)
  const instance = resolveInstance({ fulcioUrl: stack.fulcioUrl, rekorUrl: stack.rekorUrl })
  const signer = createBundleSigner({ instance, identityProvider: tokens(oidc) })
  const { data, digest } = artifact()

  // signBytes is signDigest over sha256(data); signatures are deterministic (RFC 6979), so the
  // second proposal is the same hashedrekord entry and Rekor answers 409.
  const first = await signer.signBytes(data)
  const again = await signer.signDigest({ algorithm: 'sha256', digest })

  assert.deepEqual(again.bundle, first.bundle)
  assert.deepEqual(again.tlogEntry, first.tlogEntry)
  assert.equal(stack.requests.rekor, 3, 'POST 201, POST 409, GET the entry')
  assert.deepEqual(signer.stats(), { fulcio: 1, rekor: 3, tsa: 0 })
  const verifier = await verifierFor(stack)
  assert.equal(
    verifier.verify(toSignedEntity(parsed(again), data), POLICY).identity?.subjectAlternativeName,
    SAN
  )
})

test('signer: fetching the identity token over HTTP is not counted as a Fulcio request', async t => {
  const { oidc, stack } = await startServices(t)
  const { ACTIONS_ID_TOKEN_REQUEST_URL: url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: bearer } =
    oidc.actionsEnv()
  // Over node:https, as @actions/core fetches it: the channel the signer counts requests on.
  const fromEndpoint = functionIdentityProvider(
    () =>
      new Promise<string>((resolve, reject) => {
        https
          .get(
            `${url}&audience=sigstore`,
            { headers: { authorization: `Bearer ${bearer}` } },
            res => {
              let body = ''
              res.on('data', (chunk: Buffer) => (body += chunk.toString()))
              res.on('end', () => resolve((JSON.parse(body) as { value: string }).value))
            }
          )
          .on('error', reject)
      })
  )
  const signer = createBundleSigner({
    instance: { fulcioUrl: stack.fulcioUrl, rekorUrl: stack.rekorUrl, rekorVersion: 1 },
    identityProvider: fromEndpoint
  })
  await Promise.all([signer.signBytes(Buffer.from('a')), signer.signBytes(Buffer.from('b'))])
  assert.equal(oidc.requests.get('sigstore'), 1, 'one token fetched')
  assert.equal(stack.requests.fulcio, 1)
  assert.equal(signer.stats().fulcio, 1, 'the signer counts what Fulcio saw, not the token fetch')
})
