import { test } from 'node:test'
import assert from 'node:assert/strict'
import { constants, verify, X509Certificate } from 'node:crypto'
import { selfSignedCodeSigningChain, type KeySpec } from '@sign/testenv'
import { keyVaultSigner } from '../src/keyvault/index.ts'
import { startKeyVaultStack } from './keyvault-stack.ts'

const CASES: Array<{ spec: KeySpec; algorithm: string; hash: string; bytes: number }> = [
  { spec: { kind: 'rsa', bits: 2048 }, algorithm: 'PS256', hash: 'sha256', bytes: 256 },
  { spec: { kind: 'rsa', bits: 3072 }, algorithm: 'PS384', hash: 'sha384', bytes: 384 },
  { spec: { kind: 'rsa', bits: 4096 }, algorithm: 'PS512', hash: 'sha512', bytes: 512 },
  { spec: { kind: 'ec', curve: 'P-256' }, algorithm: 'ES256', hash: 'sha256', bytes: 64 },
  { spec: { kind: 'ec', curve: 'P-384' }, algorithm: 'ES384', hash: 'sha384', bytes: 96 },
  { spec: { kind: 'ec', curve: 'P-521' }, algorithm: 'ES512', hash: 'sha512', bytes: 132 }
]

/** node:crypto's verdict on a Notary Project signature: PSS salt = hash length, ECDSA r||s. */
function verifies(options: { leaf: Buffer; hash: string; data: Buffer; signature: Buffer }) {
  const key = new X509Certificate(options.leaf).publicKey
  const { hash, data, signature } = options
  return key.asymmetricKeyType === 'rsa'
    ? verify(
        hash,
        data,
        { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(hash.slice(3)) / 8 },
        signature
      )
    : verify(hash, data, { key, dsaEncoding: 'ieee-p1363' }, signature)
}

test('every allowed key: the algorithm follows the key and signatures verify with the leaf', async t => {
  const { vault, credential, calls } = await startKeyVaultStack(t)
  const data = Buffer.from('{"protected":"…","payload":"…"}')
  for (const { spec, algorithm, hash, bytes } of CASES) {
    const chain = await selfSignedCodeSigningChain({ spec })
    const leaf = chain[0]?.der ?? Buffer.alloc(0)
    const added = await vault.addKey({ name: `key-${algorithm}`, certificateChain: chain })
    const before = vault.history.length
    const signer = await keyVaultSigner({
      keyId: added.keyId,
      credential,
      chain: { source: 'certificate' },
      clientOptions: vault.clientOptions
    })
    assert.equal(signer.algorithm, algorithm)
    assert.deepEqual(signer.certificateChain, [leaf])
    const signature = await signer.sign(data)
    assert.equal(signature.length, bytes, algorithm)
    assert.ok(verifies({ leaf, hash, data, signature }), `${algorithm} verifies`)
    assert.ok(!verifies({ leaf, hash, data: Buffer.from('other'), signature }))
    // The emulator answers 400 to a digest of the wrong length for the algorithm: 200 means it fit
    // (the SDK's first, anonymous request only fetches the 401 challenge and carries no body).
    const signs = vault.history
      .slice(before)
      .filter(r => r.operation === 'sign' && r.status !== 401)
    assert.deepEqual(
      signs.map(r => [r.path, r.status]),
      [[`/keys/key-${algorithm}/${added.version}/sign`, 200]]
    )
  }
  assert.equal(calls().filter(c => c === 'sign 200').length, CASES.length)
})

test('a versionless key id signs with the latest certificate’s own key version', async t => {
  const { vault, credential } = await startKeyVaultStack(t)
  await vault.addKey({
    name: 'rotated',
    certificateChain: await selfSignedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-384' } })
  })
  const current = await selfSignedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-256' } })
  const latest = await vault.addKey({ name: 'rotated', certificateChain: current })
  const signer = await keyVaultSigner({
    keyId: `${vault.url}/keys/rotated`,
    credential,
    chain: { source: 'certificate' },
    clientOptions: vault.clientOptions
  })
  assert.equal(signer.algorithm, 'ES256')
  const data = Buffer.from('payload')
  const leaf = current[0]?.der ?? Buffer.alloc(0)
  assert.ok(verifies({ leaf, hash: 'sha256', data, signature: await signer.sign(data) }))
  const sign = vault.history.find(r => r.operation === 'sign')
  assert.equal(sign?.path, `/keys/rotated/${latest.version}/sign`)
})

test('without keys/get (403) the signer still signs, and each signature is verified', async t => {
  const { vault, credential, calls } = await startKeyVaultStack(t)
  const chain = await selfSignedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-384' } })
  const added = await vault.addKey({ name: 'no-get', certificateChain: chain, forbidKeyGet: true })
  const signer = await keyVaultSigner({
    keyId: added.keyId,
    credential,
    chain: { source: 'certificate' },
    clientOptions: vault.clientOptions
  })
  const data = Buffer.from('payload')
  const signature = await signer.sign(data)
  const leaf = chain[0]?.der ?? Buffer.alloc(0)
  assert.ok(verifies({ leaf, hash: 'sha384', data, signature }))
  assert.deepEqual(calls(), ['getCertificate 200', 'getKey 403', 'getKey 403', 'sign 200'])
})
