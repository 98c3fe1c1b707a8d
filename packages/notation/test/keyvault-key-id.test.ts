import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseKeyId } from '../src/keyvault/key-id.ts'

test('parseKeyId: Azure and emulator key ids, with and without a version', () => {
  assert.deepEqual(
    parseKeyId('https://my-vault.vault.azure.net/keys/signer/0123456789abcdef0123456789abcdef'),
    {
      vaultUrl: 'https://my-vault.vault.azure.net',
      name: 'signer',
      version: '0123456789abcdef0123456789abcdef'
    }
  )
  assert.deepEqual(parseKeyId('https://my-vault.vault.azure.net/keys/signer'), {
    vaultUrl: 'https://my-vault.vault.azure.net',
    name: 'signer'
  })
  assert.deepEqual(parseKeyId('https://my-vault.vault.azure.net/keys/signer/'), {
    vaultUrl: 'https://my-vault.vault.azure.net',
    name: 'signer'
  })
  assert.deepEqual(parseKeyId('https://127.0.0.1:8443/keys/k-1/abc'), {
    vaultUrl: 'https://127.0.0.1:8443',
    name: 'k-1',
    version: 'abc'
  })
})

test('parseKeyId: anything else is INVALID_INPUT quoting it and showing the expected form', () => {
  const refusals: Array<[string, RegExp]> = [
    ['signer', /not a URL/],
    ['http://my-vault.vault.azure.net/keys/signer', /not https/],
    ['https://my-vault.vault.azure.net/certificates/signer', /must start with \/keys\//],
    ['https://my-vault.vault.azure.net/secrets/signer/v1', /must start with \/keys\//],
    ['https://my-vault.vault.azure.net/keys/', /"" is not a key name/],
    ['https://my-vault.vault.azure.net/keys/bad_name', /"bad_name" is not a key name/],
    ['https://my-vault.vault.azure.net/keys/signer/v1/sign', /only a key name and/],
    ['https://my-vault.vault.azure.net/keys/signer?api-version=7.4', /query/],
    ['https://user:pw@my-vault.vault.azure.net/keys/signer', /credentials/]
  ]
  for (const [keyId, reason] of refusals) {
    assert.throws(
      () => parseKeyId(keyId),
      (error: Error & { code?: string }) => {
        assert.equal(error.code, 'INVALID_INPUT', keyId)
        assert.match(error.message, reason, keyId)
        assert.ok(error.message.includes(`"${keyId}"`), 'quotes the key id')
        assert.match(error.message, /https:\/\/<vault-name>\.vault\.azure\.net\/keys\/<key-name>/)
        return true
      }
    )
  }
})
