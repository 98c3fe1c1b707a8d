import { test } from 'node:test'
import assert from 'node:assert/strict'
import { inspect } from 'node:util'
import { startEntraId, selfSignedCodeSigningChain } from '@sign/testenv'
import { KeyVaultError, azureCredential, keyVaultSigner } from '../src/keyvault/index.ts'
import { CLIENT_ID, rejectionOf, signerForNewKey, startKeyVaultStack } from './keyvault-stack.ts'

const VAULT_SCOPE = 'https://vault.azure.net/.default'

test('workload identity: Entra ID exchanges the GitHub OIDC token, fetched lazily, once', async t => {
  const { entra, vault, credential, minted, calls } = await startKeyVaultStack(t)
  assert.deepEqual(minted, [], 'no OIDC token is fetched before the SDK asks')
  const chain = await selfSignedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-256' } })
  const added = await vault.addKey({ name: 'signer', certificateChain: chain })
  const signer = await keyVaultSigner({
    keyId: added.keyId,
    credential,
    chain: { source: 'certificate' },
    clientOptions: vault.clientOptions
  })
  await signer.sign(Buffer.from('a'))
  await Promise.all([signer.sign(Buffer.from('b')), signer.sign(Buffer.from('c'))])
  // The certificate and key clients share one Entra token for the vault scope, and the one GitHub
  // ID token behind it: asked for once, however many clients authenticate and signatures follow.
  assert.equal(entra.tokensIssued, 1)
  assert.deepEqual(minted, ['api://AzureADTokenExchange'])
  assert.deepEqual(calls(), [
    'getCertificate 200',
    'getKey 200',
    'getKey 200',
    'sign 200',
    'sign 200',
    'sign 200'
  ])
})

test('workload identity: a wrong subject is a sign-in error with Entra’s reason, no permission and no token text', async t => {
  const { credential, vault, idTokens } = await startKeyVaultStack(t, {
    federatedSubject: 'repo:other/repo:ref:refs/heads/main'
  })
  const error = await rejectionOf({
    promise: signerForNewKey({ vault, credential }),
    unexpected: 'signed in with the wrong subject'
  })
  assert.ok(error instanceof KeyVaultError)
  assert.equal(error.code, 'KEY_VAULT_FAILED')
  assert.equal(error.problem, 'sign-in')
  assert.equal(error.kind, 'configuration')
  assert.equal(error.hint, undefined, 'no "permission named above"')
  assert.equal(error.serviceCode, 'AADSTS700213')
  assert.match(
    error.message,
    /^could not sign in to Key Vault https:\/\/127\.0\.0\.1:\d+ to read certificate "signer"/
  )
  assert.match(
    error.message,
    /AADSTS700213: .*subject 'repo:octo-org\/octo-repo:ref:refs\/tags\/v1\.2\.3'/
  )
  assert.match(error.message, /federated credential/)
  assert.doesNotMatch(error.message, /permission/)
  assert.ok(idTokens.length > 0)
  const everything = `${error.message}\n${error.stack ?? ''}\n${inspect(error, { depth: Infinity })}`
  for (const token of idTokens) {
    for (const part of token.split('.')) assert.ok(!everything.includes(part), 'no token text')
  }
})

test('without client and tenant id: DefaultAzureCredential (here its environment credential)', async t => {
  const entra = await startEntraId({ clientSecrets: [{ clientId: CLIENT_ID, secret: 's3cret' }] })
  t.after(() => entra.stop())
  Object.assign(process.env, {
    AZURE_TENANT_ID: entra.tenantId,
    AZURE_CLIENT_ID: CLIENT_ID,
    AZURE_CLIENT_SECRET: 's3cret'
  })
  t.after(() => {
    delete process.env['AZURE_TENANT_ID']
    delete process.env['AZURE_CLIENT_ID']
    delete process.env['AZURE_CLIENT_SECRET']
  })
  const credential = azureCredential({ authorityHost: entra.url, disableInstanceDiscovery: true })
  const accessToken = await credential.getToken(VAULT_SCOPE)
  assert.ok(accessToken && accessToken.token.length > 0)
  assert.equal(entra.tokensIssued, 1)
})

test('half a workload identity configuration is INVALID_INPUT naming both inputs', () => {
  const getIdToken = () => Promise.resolve('unused')
  for (const options of [{ clientId: CLIENT_ID }, { tenantId: 'tenant', getIdToken }]) {
    assert.throws(() => azureCredential(options), {
      code: 'INVALID_INPUT',
      message: /client id.*tenant id|tenant id.*client id/
    })
  }
  assert.throws(() => azureCredential({ clientId: CLIENT_ID, tenantId: 'tenant' }), {
    code: 'INVALID_INPUT',
    message: /permissions: id-token: write/
  })
})
