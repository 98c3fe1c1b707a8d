import { test } from 'node:test'
import assert from 'node:assert/strict'
import { inspect } from 'node:util'
import {
  startEntraId,
  startKeyVault,
  startOidcIssuer,
  selfSignedCodeSigningChain
} from '@sign/testenv'
import { azureCredential, keyVaultSigner } from '../src/keyvault/index.ts'
import { CLIENT_ID, startKeyVaultStack } from './keyvault-stack.ts'

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

test('workload identity: a wrong subject fails with Entra’s reason and no token text', async t => {
  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const entra = await startEntraId({
    federatedCredentials: [
      {
        clientId: CLIENT_ID,
        issuer: oidc.issuer,
        subject: 'repo:octo-org/octo-repo:ref:refs/heads/main',
        discoveryUrl: oidc.discoveryUrl
      }
    ]
  })
  t.after(() => entra.stop())
  const vault = await startKeyVault({ entraId: entra })
  t.after(() => vault.stop())
  const added = await vault.addKey({ name: 'signer', spec: { kind: 'ec', curve: 'P-256' } })
  const assertions: string[] = []
  const credential = azureCredential({
    clientId: CLIENT_ID,
    tenantId: entra.tenantId,
    getIdToken: audience => {
      assertions.push(oidc.mint({ audience }))
      return Promise.resolve(assertions.at(-1) ?? '')
    },
    authorityHost: entra.url,
    disableInstanceDiscovery: true
  })
  const error = await keyVaultSigner({
    keyId: added.keyId,
    credential,
    chain: { source: 'certificate' },
    clientOptions: vault.clientOptions
  }).then(
    () => assert.fail('signed in with the wrong subject'),
    (e: unknown) => e as Error & { code?: string }
  )
  assert.equal(error.code, 'KEY_VAULT_FAILED')
  assert.match(error.message, /could not sign in to Key Vault/)
  assert.match(
    error.message,
    /AADSTS700213: .*subject 'repo:octo-org\/octo-repo:ref:refs\/tags\/v1\.2\.3'/
  )
  assert.match(error.message, /federated credential/)
  assert.ok(assertions.length > 0)
  const everything = `${error.message}\n${error.stack ?? ''}\n${inspect(error, { depth: Infinity })}`
  for (const assertion of assertions) {
    for (const part of assertion.split('.')) assert.ok(!everything.includes(part), 'no token text')
  }
  assert.equal(entra.tokensIssued, 0)
  assert.deepEqual(
    vault.history.map(r => r.status),
    [401],
    'only the anonymous challenge reached the vault'
  )
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
