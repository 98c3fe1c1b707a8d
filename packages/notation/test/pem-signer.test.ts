// pemSigner: a local key and its PEM chain, ordered and checked at construction, signing with node:crypto.
import { before, test } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate, constants, verify } from 'node:crypto'
import {
  caIssuedCodeSigningChain,
  generateKeyPair,
  selfSignedCodeSigningChain,
  type IssuedCertificate
} from '@sign/testenv'
import type { NotationError } from '../src/errors.ts'
import { pemSigner } from '../src/signer/pem-signer.ts'

let chain: IssuedCertificate[]
before(async () => {
  chain = await caIssuedCodeSigningChain({ spec: { kind: 'rsa', bits: 3072 } })
})

test('pemSigner orders the chain, derives PS384 from an RSA 3072 leaf and signs PSS with salt = hash length', async () => {
  const [leaf, intermediate, root] = chain
  const signer = pemSigner({
    keyPem: leaf!.key.privateKeyPem,
    certificateChainPem: [intermediate!.pem, root!.pem, leaf!.pem].join('\n')
  })
  assert.equal(signer.algorithm, 'PS384')
  assert.deepEqual(signer.certificateChain, [leaf!.der, intermediate!.der, root!.der])
  const data = Buffer.from('payload to sign')
  const signature = await signer.sign(data)
  const key = new X509Certificate(leaf!.der).publicKey
  const pss = (saltLength: number) =>
    verify('sha384', data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength }, signature)
  assert.ok(pss(48), 'salt of 48 bytes (SHA-384 length)')
  assert.ok(!pss(32), 'not some other salt length')
})

test('pemSigner signs ECDSA as r||s', async () => {
  const [leaf] = await selfSignedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-521' } })
  const signer = pemSigner({ keyPem: leaf!.key.privateKeyPem, certificateChainPem: leaf!.pem })
  assert.equal(signer.algorithm, 'ES512')
  const signature = await signer.sign(Buffer.from('x'))
  assert.equal(signature.length, 132)
  assert.ok(
    verify(
      'sha512',
      Buffer.from('x'),
      { key: leaf!.key.publicKey, dsaEncoding: 'ieee-p1363' },
      signature
    )
  )
})

test('pemSigner refuses a key that is not the leaf’s, and a chain that breaks the rules', async () => {
  const [leaf, intermediate, root] = chain
  const other = await generateKeyPair({ kind: 'rsa', bits: 2048 })
  const pem = [leaf!.pem, intermediate!.pem, root!.pem].join('\n')
  assert.throws(
    () => pemSigner({ keyPem: other.privateKeyPem, certificateChainPem: pem }),
    (error: NotationError) =>
      error.code === 'INVALID_INPUT' &&
      /signing key is not the key of the signing certificate/.test(error.message)
  )
  assert.throws(
    () =>
      pemSigner({
        keyPem: leaf!.key.privateKeyPem,
        certificateChainPem: [leaf!.pem, intermediate!.pem].join('\n')
      }),
    (error: NotationError) =>
      error.code === 'INVALID_CERTIFICATE_CHAIN' &&
      /issuer of this certificate is missing/.test(error.message)
  )
  assert.throws(
    () => pemSigner({ keyPem: leaf!.key.privateKeyPem, certificateChainPem: 'no pem' }),
    /holds no PEM certificate/
  )
})
