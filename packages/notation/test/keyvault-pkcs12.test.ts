// PKCS#12 in every form Key Vault and common tools write (fixtures made with openssl, see
// fixtures/pkcs12/README.md), read by the signer's PKCS#12 reader and through the Secrets API.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate, constants, verify } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as pkijs from 'pkijs'
import {
  caIssuedCodeSigningChain,
  importKeyPair,
  x509,
  type IssuedCertificate,
  type Pkcs12Encoding
} from '@sign/testenv'
import { vaultClients } from '../src/keyvault/clients.ts'
import { keyVaultSigner } from '../src/keyvault/index.ts'
import { certificatesFromPkcs12 } from '../src/keyvault/pkcs12.ts'
import { startKeyVaultStack } from './keyvault-stack.ts'

const FIXTURES = join(import.meta.dirname, 'fixtures/pkcs12')
const fixture = (name: string) => readFile(join(FIXTURES, name))

/** The fixtures' chain (leaf, root) as DER, from chain.pem. */
async function fixtureChain(): Promise<Buffer[]> {
  const pem = (await fixture('chain.pem')).toString()
  return [...pem.matchAll(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g)].map(
    block => new X509Certificate(block[0]).raw
  )
}

/** Each encoding, and what makes it that encoding (as `openssl pkcs12 -info` shows it). */
const FORMS: Array<[file: string, what: string]> = [
  ['key-vault.pfx', "Key Vault's: 3DES certificate and key bags, SHA-1 MAC, 2000 iterations"],
  ['key-vault-certificates-only.pfx', "Key Vault's, certificates only (a non-exportable key)"],
  ['openssl-default.pfx', 'OpenSSL 3 default: PBES2 PBKDF2-HMAC-SHA256 AES-256-CBC'],
  ['legacy-rc2-40.pfx', 'openssl -legacy: RC2-40-CBC certificates, 3DES key'],
  ['pbes2-aes-128.pfx', 'PBES2 AES-128-CBC'],
  ['pbes2-3des.pfx', 'PBES2 DES-EDE3-CBC'],
  ['no-mac.pfx', 'no MAC, AES-256 certificates'],
  ['unencrypted.pfx', 'neither MAC nor encrypted certificates'],
  ['null-password.pfx', 'an absent (NULL) password, not the empty one']
]

test('every PKCS#12 encoding gives the certificates byte for byte, in file order', async () => {
  const expected = await fixtureChain()
  assert.equal(expected.length, 2)
  for (const [file, what] of FORMS) {
    const certificates = await certificatesFromPkcs12({ pfx: await fixture(file), source: file })
    assert.deepEqual(certificates, expected, `${file}: ${what}`)
  }
})

test('a password-protected or broken PKCS#12 is refused naming the secret and the reason', async () => {
  const source = 'the Key Vault secret "signing"'
  const refusals: Array<[Buffer, RegExp]> = [
    [await fixture('password.pfx'), /\("it is encrypted with a password"\)/],
    [Buffer.from('not a pfx'), /\(".+"\)/],
    // Key Vault's file with its encrypted certificates cut short.
    [(await fixture('key-vault.pfx')).subarray(0, 600), /\(".+"\)/]
  ]
  for (const [pfx, reason] of refusals) {
    await assert.rejects(
      certificatesFromPkcs12({ pfx, source }),
      (error: Error & { code?: string }) => {
        assert.equal(error.code, 'INVALID_CERTIFICATE_CHAIN')
        assert.match(
          error.message,
          /^the Key Vault secret "signing" is not a password-less PKCS#12 file/
        )
        assert.match(error.message, reason)
        assert.match(
          error.message,
          /store the chain as PEM \(content type application\/x-pem-file\)/
        )
        return true
      }
    )
  }
})

/** The encryption OIDs and MAC of a PFX, read with pkijs. */
async function encodingOf(pfx: Buffer) {
  const parsed = pkijs.PFX.fromBER(pfx)
  await parsed.parseInternalValues({ password: new ArrayBuffer(0), checkIntegrity: false })
  const safe = parsed.parsedValue?.authenticatedSafe
  const encrypted = (safe?.safeContents ?? [])
    .filter(info => info.contentType === pkijs.ContentInfo.ENCRYPTED_DATA)
    .map(info => new pkijs.EncryptedData({ schema: info.content }))
    .map(data => data.encryptedContentInfo.contentEncryptionAlgorithm.algorithmId)
  const mac = parsed.macData
  return {
    certificates: encrypted,
    mac: mac?.mac.digestAlgorithm.algorithmId,
    iterations: mac?.iterations
  }
}

test("the emulator's PKCS#12 secrets use Key Vault's encoding, and every encoding signs", async t => {
  const { vault, credential } = await startKeyVaultStack(t)
  const secrets = vaultClients({
    vaultUrl: vault.url,
    credential,
    clientOptions: vault.clientOptions
  })
  const chain = await caIssuedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-256' } })
  const expected = chain.map(certificate => certificate.der)
  const publicKey = new X509Certificate(expected[0] ?? Buffer.alloc(0)).publicKey
  const SHA1 = '1.3.14.3.2.26'
  const encodings: Array<[Pkcs12Encoding | undefined, Awaited<ReturnType<typeof encodingOf>>]> = [
    // Key Vault's: pbeWithSHAAnd3-KeyTripleDES-CBC, SHA-1 MAC, 2000 iterations — the default.
    [undefined, { certificates: ['1.2.840.113549.1.12.1.3'], mac: SHA1, iterations: 2000 }],
    ['key-vault', { certificates: ['1.2.840.113549.1.12.1.3'], mac: SHA1, iterations: 2000 }],
    // PBES2 with a SHA-256 MAC.
    [
      'openssl',
      { certificates: ['1.2.840.113549.1.5.13'], mac: '2.16.840.1.101.3.4.2.1', iterations: 2048 }
    ],
    // pbewithSHAAnd40BitRC2-CBC.
    ['legacy', { certificates: ['1.2.840.113549.1.12.1.6'], mac: SHA1, iterations: 2048 }]
  ]
  for (const [index, [pkcs12Encoding, encoding]] of encodings.entries()) {
    const added = await vault.addKey({
      name: `pfx-${index}`,
      certificateChain: chain,
      secretFormat: 'pkcs12',
      exportable: true,
      ...(pkcs12Encoding !== undefined && { pkcs12Encoding })
    })
    const what = pkcs12Encoding ?? 'default'
    const secret = await secrets.secrets().getSecret(added.name)
    assert.equal(secret.properties.contentType, 'application/x-pkcs12', what)
    assert.deepEqual(await encodingOf(Buffer.from(secret.value ?? '', 'base64')), encoding, what)
    const signer = await keyVaultSigner({
      keyId: added.keyId,
      credential,
      chain: { source: 'secret' },
      clientOptions: vault.clientOptions
    })
    assert.deepEqual(signer.certificateChain, expected, what)
    const data = Buffer.from(`payload ${what}`)
    const signature = await signer.sign(data)
    assert.ok(
      verify('sha256', data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature),
      what
    )
  }
})

/** The fixtures' chain with the leaf's key, as the emulator stores a certificate. */
async function fixtureCertificates(): Promise<IssuedCertificate[]> {
  const key = importKeyPair({ kind: 'rsa', bits: 2048 }, (await fixture('leaf.key')).toString())
  return (await fixtureChain()).map(der => {
    const pem = new X509Certificate(der).toString()
    return { certificate: new x509.X509Certificate(der), pem, der, key }
  })
}

test("certificate-source secret with Key Vault's exact PKCS#12 (3DES, SHA-1 MAC) signs", async t => {
  const { vault, credential } = await startKeyVaultStack(t)
  const certificates = await fixtureCertificates()
  const added = await vault.addKey({
    name: 'key-vault-form',
    certificateChain: certificates,
    secret: {
      value: (await fixture('key-vault.pfx')).toString('base64'),
      contentType: 'application/x-pkcs12'
    }
  })
  const signer = await keyVaultSigner({
    keyId: added.keyId,
    credential,
    chain: { source: 'secret' },
    clientOptions: vault.clientOptions
  })
  assert.deepEqual(signer.certificateChain, await fixtureChain())
  assert.equal(signer.algorithm, 'PS256')
  const data = Buffer.from('signed with the fixture key in the vault')
  const signature = await signer.sign(data)
  const key = {
    key: new X509Certificate(certificates[0]?.der ?? Buffer.alloc(0)).publicKey,
    padding: constants.RSA_PKCS1_PSS_PADDING,
    saltLength: 32
  }
  assert.ok(verify('sha256', data, key, signature))
})
