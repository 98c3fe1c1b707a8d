// Token and request round trips of one signer: one GitHub ID token, one Entra ID token, one bearer
// challenge per SDK client of the vault, and one sign request per signature however many are made
// side by side; a Managed HSM key id is refused before anything is asked.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { KeyVaultError, keyVaultSigner } from '../src/keyvault/index.ts'
import { cachedIdToken } from '../src/azure/id-token-cache.ts'
import { signerForNewKey, startKeyVaultStack } from './keyvault-stack.ts'

for (const signatures of [1, 8]) {
  test(`${signatures} signature(s) side by side: 1 ID token, 1 Entra token, ${signatures} sign call(s)`, async t => {
    const { vault, entra, credential, minted } = await startKeyVaultStack(t)
    const signer = await signerForNewKey({ vault, credential })
    const data = Array.from({ length: signatures }, (_, index) => Buffer.from(`subject ${index}`))
    await Promise.all(data.map(bytes => signer.sign(bytes)))
    assert.deepEqual(minted, ['api://AzureADTokenExchange'], 'one GitHub ID-token request')
    assert.equal(entra.requests.get('token'), 1, 'one Entra ID token request')
    assert.equal(entra.tokensIssued, 1)
    const requests = vault.history.map(entry => `${entry.operation} ${entry.status}`)
    // One challenge per SDK client (certificates; keys, whose pipeline signing shares), the key
    // read by the signer's check and once by the SDK, then exactly one sign call per signature.
    assert.deepEqual(requests, [
      'getCertificate 401',
      'getCertificate 200',
      'getKey 401',
      'getKey 200',
      'getKey 200',
      ...Array<string>(signatures).fill('sign 200')
    ])
  })
}

test('the ID token is reused until a minute before it expires, and a failed request is not kept', async () => {
  let now = 1_000_000_000_000
  const expiry = (seconds: number) =>
    `e30.${Buffer.from(JSON.stringify({ exp: seconds })).toString('base64url')}.sig`
  const answers: Array<() => Promise<string>> = [
    () => Promise.resolve(expiry(now / 1000 + 300)),
    () => Promise.reject(new Error("GitHub's token service failed")),
    () => Promise.resolve(expiry(now / 1000 + 300))
  ]
  const asked: string[] = []
  const idToken = cachedIdToken({
    getIdToken: audience => {
      asked.push(audience)
      return (answers.shift() ?? (() => Promise.reject(new Error('asked too often'))))()
    },
    audience: 'api://AzureADTokenExchange',
    now: () => now
  })
  const first = await idToken()
  assert.equal(await Promise.all([idToken(), idToken()]).then(all => all[0]), first)
  now += 239_000 // 61 s before expiry: still reused
  assert.equal(await idToken(), first)
  assert.equal(asked.length, 1)
  now += 2_000 // 59 s before expiry: asked anew
  await assert.rejects(idToken(), /GitHub's token service failed/)
  const renewed = await idToken()
  assert.notEqual(renewed, first)
  assert.equal(asked.length, 3)
})

test('a Managed HSM key id is explained, and nothing is asked of it or of Entra ID', async t => {
  const { entra, credential, minted } = await startKeyVaultStack(t)
  for (const keyId of [
    'https://contoso-hsm.managedhsm.azure.net/keys/release/0123456789abcdef0123456789abcdef',
    'https://contoso-hsm.managedhsm.azure.net/keys/release'
  ]) {
    for (const source of ['certificate', 'secret'] as const) {
      const error = await keyVaultSigner({ keyId, credential, chain: { source } }).then(
        () => assert.fail(`${keyId} was attempted`),
        (e: unknown) => e
      )
      assert.ok(error instanceof KeyVaultError)
      assert.equal(error.problem, 'managed-hsm')
      assert.equal(error.code, 'INVALID_INPUT')
      assert.equal(error.kind, 'configuration')
      assert.match(
        error.message,
        /^the key id https:\/\/contoso-hsm\.managedhsm\.azure\.net\/keys\/release is a Managed HSM key: a Managed HSM has no certificates or secrets API/
      )
      assert.match(error.message, /Create the certificate in a Key Vault/)
    }
  }
  assert.deepEqual(minted, [])
  assert.equal(entra.requests.size, 0, 'Entra ID was not asked anything')
})
