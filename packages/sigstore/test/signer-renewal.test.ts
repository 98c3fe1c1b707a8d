import { test } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate } from 'node:crypto'
import { toSignedEntity } from '@sigstore/verify'
import { createBundleSigner, resolveInstance } from '../src/index.ts'
import {
  POLICY,
  SAN,
  artifact,
  parsed,
  startServices,
  tokens,
  verifierFor
} from './signer-fixtures.ts'

test('signer: the certificate is reused until less than 60 s of it remain, then renewed once', async t => {
  const { oidc, stack } = await startServices(t)
  const instance = resolveInstance({ fulcioUrl: stack.fulcioUrl, rekorUrl: stack.rekorUrl })
  const identityProvider = tokens(oidc)
  let clock: number | undefined
  const signer = createBundleSigner({
    instance,
    identityProvider,
    now: () => clock ?? Date.now()
  })
  assert.equal(identityProvider.calls(), 0, 'no token is fetched before a certificate is needed')
  const sign = async () => {
    const { data, digest } = artifact()
    return { data, signed: await signer.signDigest({ algorithm: 'sha256', digest }) }
  }

  const signatures = [await sign()]
  const firstPem = signer.certificatePem()
  assert.ok(firstPem)
  const notAfter = Date.parse(new X509Certificate(firstPem).validTo)

  clock = notAfter - 61_000
  signatures.push(await sign())
  assert.equal(stack.requests.fulcio, 1, '61 s left: the certificate is kept')
  assert.equal(signer.certificatePem(), firstPem)

  clock = notAfter - 59_000
  signatures.push(...(await Promise.all([sign(), sign(), sign()])))
  assert.equal(stack.requests.fulcio, 2, '59 s left: one new certificate for all three')
  assert.deepEqual(signer.stats(), { fulcio: 2, rekor: 5, tsa: 0 })
  assert.equal(identityProvider.calls(), 2, 'one token per certificate')
  const secondPem = signer.certificatePem()
  assert.ok(secondPem && secondPem !== firstPem)
  const keys = [firstPem, secondPem].map(pem =>
    new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' }).toString('hex')
  )
  assert.notEqual(keys[0], keys[1], 'the renewed certificate certifies a new key')

  assert.deepEqual(
    signatures.map(({ signed }) => signed.certificatePem),
    [firstPem, firstPem, secondPem, secondPem, secondPem]
  )
  const verifier = await verifierFor(stack)
  for (const { data, signed } of signatures) {
    const signer = verifier.verify(toSignedEntity(parsed(signed), data), POLICY)
    assert.equal(signer.identity?.subjectAlternativeName, SAN)
  }
})
