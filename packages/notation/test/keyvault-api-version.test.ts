// Service versions: the signer sends the Key Vault api-versions it pins (7.5 for keys,
// certificates and secrets) whatever the SDKs default to, and a vault answers a version it does not
// serve with Key Vault's 400, which the signer reports as such.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { SecretClient } from '@azure/keyvault-secrets'
import {
  KEY_VAULT_API_VERSIONS as SERVED_BY_KEY_VAULT,
  selfSignedCodeSigningChain,
  startKeyVault
} from '@sign/testenv'
import { KEY_VAULT_API_VERSIONS, KeyVaultError, keyVaultSigner } from '../src/keyvault/index.ts'
import { CLIENT_ID, rejectionOf, signerForNewKey, startKeyVaultStack } from './keyvault-stack.ts'

test('the pinned api-versions: 7.5 for keys, certificates and secrets', () => {
  assert.deepEqual(KEY_VAULT_API_VERSIONS, { keys: '7.5', certificates: '7.5', secrets: '7.5' })
})

test('every request the signer sends carries the pinned api-version', async t => {
  const { vault, credential } = await startKeyVaultStack(t)
  const added = await vault.addKey({
    name: 'signer',
    certificateChain: await selfSignedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-256' } })
  })
  for (const source of ['certificate', 'secret'] as const) {
    const signer = await keyVaultSigner({
      keyId: added.keyId,
      credential,
      chain: { source },
      clientOptions: vault.clientOptions
    })
    await signer.sign(Buffer.from(source))
  }
  const operations = new Set(vault.history.map(entry => entry.operation))
  assert.deepEqual([...operations].sort(), ['getCertificate', 'getKey', 'getSecret', 'sign'])
  assert.deepEqual(new Set(vault.history.map(entry => entry.apiVersion)), new Set(['7.5']))
  assert.ok(vault.history.every(entry => entry.status === 200 || entry.status === 401))
})

test("an api-version the vault does not serve gets Key Vault's 400 BadParameter", async t => {
  const { vault, entra } = await startKeyVaultStack(t)
  const added = await vault.addKey({ name: 'k', spec: { kind: 'ec', curve: 'P-256' } })
  const token = entra.mintAccessToken({ clientId: CLIENT_ID })
  const get = async (query: string) => {
    const response = await fetch(`${added.keyId}${query}`, {
      headers: { authorization: `Bearer ${token}` }
    })
    return { status: response.status, body: await response.json() }
  }
  const refused = (message: string) => ({
    status: 400,
    body: { error: { code: 'BadParameter', message } }
  })
  // This vault serves nothing newer than 7.5 (a cloud that has not caught up).
  for (const version of ['7.6', '2025-07-01', '2026-04-01', '7.7-preview', 'latest']) {
    assert.deepEqual(
      await get(`?api-version=${version}`),
      refused(
        `The specified version (${version}) is not recognized. Consider using the latest supported version (7.5).`
      ),
      version
    )
  }
  assert.deepEqual(await get(''), refused("The 'api-version' query parameter is required."))
  assert.equal((await get('?api-version=7.5')).status, 200)
  assert.equal((await get('?api-version=7.0')).status, 200)

  // A vault of the public cloud serves every version Key Vault recognises, and no other.
  const publicVault = await startKeyVault({ entraId: entra })
  t.after(() => publicVault.stop())
  const publicKey = await publicVault.addKey({ name: 'k', spec: { kind: 'ec', curve: 'P-256' } })
  for (const version of SERVED_BY_KEY_VAULT) {
    const response = await fetch(`${publicKey.keyId}?api-version=${version}`, {
      headers: { authorization: `Bearer ${token}` }
    })
    assert.equal(response.status, 200, version)
  }
  const unknown = await fetch(`${publicKey.keyId}?api-version=2099-01-01`, {
    headers: { authorization: `Bearer ${token}` }
  })
  assert.deepEqual(await unknown.json(), {
    error: {
      code: 'BadParameter',
      message:
        'The specified version (2099-01-01) is not recognized. Consider using the latest supported version (2026-04-01).'
    }
  })
})

test('without the pin, an SDK default newer than the vault serves is refused', async t => {
  const { vault, credential } = await startKeyVaultStack(t)
  await vault.addKey({
    name: 'signer',
    certificateChain: await selfSignedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-256' } })
  })
  // What the signer would send if it left the version to @azure/keyvault-secrets.
  const unpinned = new SecretClient(vault.url, credential, vault.clientOptions)
  await assert.rejects(unpinned.getSecret('signer'), {
    statusCode: 400,
    code: 'BadParameter',
    message: /The specified version \(2026-04-01\) is not recognized/
  })
})

test('a vault that does not serve the pinned version: a remote error naming both versions', async t => {
  const { entra, credential } = await startKeyVaultStack(t)
  const older = await startKeyVault({
    entraId: entra,
    apiVersions: SERVED_BY_KEY_VAULT.slice(0, SERVED_BY_KEY_VAULT.indexOf('7.4') + 1)
  })
  t.after(() => older.stop())
  const error = await rejectionOf({
    promise: signerForNewKey({ vault: older, credential }),
    unexpected: 'a vault without 7.5 answered'
  })
  assert.ok(error instanceof KeyVaultError)
  assert.equal(error.problem, 'api-version')
  assert.equal(error.kind, 'remote')
  assert.equal(error.status, 400)
  assert.equal(error.serviceCode, 'BadParameter')
  assert.match(
    error.message,
    /does not serve the Key Vault api-version "7\.5" this signer uses to read certificate "signer" version \w+ \(400 BadParameter: "The specified version \(7\.5\) is not recognized\. Consider using the latest supported version \(7\.4\)\."\)/
  )
  assert.match(error.hint ?? '', /this signer uses 7\.5/)
  assert.doesNotMatch(error.hint ?? '', /permission/)
})
