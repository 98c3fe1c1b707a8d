import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  caIssuedCodeSigningChain,
  generateKeyPair,
  issueCertificate,
  selfSignedCodeSigningChain,
  x509
} from '@sign/testenv'
import { vaultClients } from '../src/keyvault/clients.ts'
import { keyVaultFailure } from '../src/keyvault/failure.ts'
import {
  KeyVaultError,
  keyVaultSigner,
  parseKeyId,
  type KeyVaultChainSource
} from '../src/keyvault/index.ts'
import { keyMatchingLeaf } from '../src/keyvault/key-match.ts'
import { startKeyVaultStack } from './keyvault-stack.ts'

type Failure = Error & { code?: string }

test('refused before any sign request reaches the vault', async t => {
  const { vault, credential } = await startKeyVaultStack(t)
  const refuse = async (keyId: string, chain: KeyVaultChainSource): Promise<Failure> =>
    keyVaultSigner({ keyId, credential, chain, clientOptions: vault.clientOptions }).then(
      () => assert.fail(`${keyId} was accepted`),
      (error: unknown) => error as Failure
    )
  const certificate = { source: 'certificate' } as const

  const small = await vault.addKey({
    name: 'rsa-1024',
    certificateChain: await selfSignedCodeSigningChain({ spec: { kind: 'rsa', bits: 1024 } })
  })
  const tooSmall = await refuse(small.keyId, certificate)
  assert.equal(tooSmall.code, 'UNSUPPORTED_KEY')
  assert.match(tooSmall.message, /RSA 1024 bits/)

  const caKey = await generateKeyPair({ kind: 'ec', curve: 'P-256' })
  const caLeaf = await issueCertificate({
    subject: 'CN=Test-Signer,O=notation,ST=WA,C=US',
    key: caKey,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyCertSign,
        true
      )
    ]
  })
  const ca = await vault.addKey({ name: 'ca-leaf', certificateChain: [caLeaf] })
  const caTrue = await refuse(ca.keyId, certificate)
  assert.equal(caTrue.code, 'INVALID_CERTIFICATE_CHAIN')
  assert.match(caTrue.message, /the ca field must be false for a signing \(leaf\) certificate/)

  const issued = await caIssuedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-256' } })
  const unrelated = await caIssuedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-256' } })
  const orphan = await vault.addKey({ name: 'orphan', certificateChain: issued })
  const wrongBundle = await refuse(orphan.keyId, {
    source: 'certificate',
    caCertsPem: unrelated
      .slice(1)
      .map(c => c.pem)
      .join('')
  })
  // Same CA names, other keys: ordered by name, then refused by signature.
  assert.equal(wrongBundle.code, 'INVALID_CERTIFICATE_CHAIN')
  assert.match(wrongBundle.message, /not issued by "CN=Test Intermediate CA/)
  const selfSignedOnly = await refuse(orphan.keyId, certificate)
  assert.equal(selfSignedOnly.code, 'INVALID_CERTIFICATE_CHAIN')
  assert.match(selfSignedOnly.message, /"orphan" is not self-signed: give its CA certificates/)

  const missing = await refuse(`${vault.url}/keys/missing`, certificate)
  assert.equal(missing.code, 'KEY_VAULT_FAILED')
  assert.match(missing.message, /has no certificate "missing" \(404 CertificateNotFound/)
  assert.match(missing.message, /check the key id.*certificates\/get/)
  const missingSecret = await refuse(`${vault.url}/keys/missing/0123`, { source: 'secret' })
  assert.equal(missingSecret.code, 'KEY_VAULT_FAILED')
  assert.match(missingSecret.message, /no secret "missing" version 0123 \(404 SecretNotFound/)
  assert.match(missingSecret.message, /secrets\/get/)
  const bareKey = await vault.addKey({ name: 'bare', spec: { kind: 'ec', curve: 'P-256' } })
  const noCertificate = await refuse(bareKey.keyId, certificate)
  assert.match(noCertificate.message, /has no certificate "bare"/)

  assert.deepEqual(
    vault.history.filter(r => r.operation === 'sign'),
    [],
    'no sign request was sent'
  )
})

test('a Key Vault key that is not the leaf’s key, and a 403, are named with the fix', async t => {
  const { vault, credential } = await startKeyVaultStack(t)
  const spec = { kind: 'ec', curve: 'P-256' } as const
  const added = await vault.addKey({ name: 'signer', spec })
  const [other] = await selfSignedCodeSigningChain({ spec })
  assert.ok(other)
  const id = parseKeyId(added.keyId)
  const clients = vaultClients({
    vaultUrl: vault.url,
    credential,
    clientOptions: vault.clientOptions
  })
  const options = { id, clients }
  await assert.rejects(keyMatchingLeaf({ ...options, leaf: other.key.publicKey }), {
    code: 'INVALID_CERTIFICATE_CHAIN',
    message:
      /is not the key of the signing certificate; use the key id of the Key Vault certificate/
  })
  assert.ok(await keyMatchingLeaf({ ...options, leaf: added.key.publicKey }))

  const hidden = await vault.addKey({ name: 'hidden', spec, forbidKeyGet: true })
  const forbidden: unknown = await clients
    .keys()
    .getKey('hidden', { version: hidden.version })
    .catch((e: unknown) => e)
  const failure = keyVaultFailure({ call: { operation: 'sign', ...id }, cause: forbidden })
  assert.ok(failure instanceof KeyVaultError)
  assert.equal(failure.code, 'KEY_VAULT_FAILED')
  assert.equal(failure.kind, 'configuration', 'a permission to grant, not a service failure')
  assert.equal(failure.cause, forbidden)
  assert.match(
    failure.message,
    /refused to sign with key "signer" version \w+ \(403 AccessDenied: /
  )
  assert.match(failure.message, /access policies do not give the signing identity the keys\/sign/)
})
