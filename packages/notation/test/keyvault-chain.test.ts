import { test } from 'node:test'
import assert from 'node:assert/strict'
import { constants, verify, X509Certificate } from 'node:crypto'
import { caIssuedCodeSigningChain } from '@sign/testenv'
import { keyVaultSigner } from '../src/keyvault/index.ts'
import { startKeyVaultStack } from './keyvault-stack.ts'

test('CA-issued chains: certificate + shuffled CA bundle, and the Secrets API as PEM and PKCS#12', async t => {
  const { vault, credential, calls } = await startKeyVaultStack(t)
  const issued = await caIssuedCodeSigningChain({ spec: { kind: 'rsa', bits: 2048 } })
  const [leaf, intermediate, root] = issued
  assert.ok(leaf && intermediate && root)
  const expected = [leaf.der, intermediate.der, root.der]
  // Key Vault keeps what was merged: here leaf, root, intermediate — the signer must order it.
  const stored = [leaf, root, intermediate]
  const pem = await vault.addKey({ name: 'pem', certificateChain: stored })
  const pfx = await vault.addKey({ name: 'pfx', certificateChain: stored, secretFormat: 'pkcs12' })
  const withKey = await vault.addKey({
    name: 'pfx-exportable',
    certificateChain: stored,
    secretFormat: 'pkcs12',
    exportable: true
  })
  const pemWithKey = await vault.addKey({
    name: 'pem-exportable',
    certificateChain: stored,
    exportable: true
  })
  const cases = [
    {
      keyId: pem.keyId,
      chain: { source: 'certificate' as const, caCertsPem: `${root.pem}\n${intermediate.pem}` }
    },
    { keyId: pem.keyId, chain: { source: 'secret' as const } },
    { keyId: pfx.keyId, chain: { source: 'secret' as const } },
    { keyId: withKey.keyId, chain: { source: 'secret' as const } },
    { keyId: pemWithKey.keyId, chain: { source: 'secret' as const } }
  ]
  const data = Buffer.from('signing input')
  const publicKey = new X509Certificate(leaf.der).publicKey
  for (const { keyId, chain } of cases) {
    const what = `${keyId} from ${chain.source}`
    const signer = await keyVaultSigner({
      keyId,
      credential,
      chain,
      clientOptions: vault.clientOptions
    })
    assert.deepEqual(signer.certificateChain, expected, what)
    assert.equal(signer.algorithm, 'PS256')
    const signature = await signer.sign(data)
    const key = { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }
    assert.ok(verify('sha256', data, key, signature), what)
  }
  // The certificate source reads the Certificates API; the secret source only the Secrets API.
  // The key is read twice: by the signer's key check, then once by the SDK's CryptographyClient
  // (on the same pipeline, so signing needs no challenge of its own).
  assert.deepEqual(calls(), [
    'getCertificate 200',
    'getKey 200',
    'getKey 200',
    'sign 200',
    ...Array<string[]>(4).fill(['getSecret 200', 'getKey 200', 'getKey 200', 'sign 200']).flat()
  ])
})
