// Tenants as Key Vault names them: its bearer challenge names login.windows.net and the tenant's
// GUID in lower case, and the signer follows it when tenant-id names the same tenant in upper case
// or by a domain, and refuses naming both tenants when they differ.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import {
  selfSignedCodeSigningChain,
  startEntraId,
  startKeyVault,
  startOidcIssuer,
  workflowFederatedCredential
} from '@sign/testenv'
import { KeyVaultError, azureCredential, keyVaultSigner } from '../src/keyvault/index.ts'
import {
  CLIENT_ID,
  SERVED_UP_TO_PINNED,
  rejectionOf,
  signerForNewKey,
  startKeyVaultStack
} from './keyvault-stack.ts'

test("Key Vault's challenge names https://login.windows.net/<tenant GUID in lower case>", async t => {
  const tenantId = randomUUID().toUpperCase()
  const { vault } = await startKeyVaultStack(t, { entra: { tenantId } })
  const anonymous = await fetch(`${vault.url}/keys/any?api-version=7.5`)
  assert.equal(anonymous.status, 401)
  assert.equal(
    anonymous.headers.get('www-authenticate'),
    `Bearer authorization="https://login.windows.net/${tenantId.toLowerCase()}", resource="https://vault.azure.net"`
  )
})

const TENANT_FORMS: Array<
  [string, (entra: { tenantId: string; domains: readonly string[] }) => string]
> = [
  ['the GUID in upper case', entra => entra.tenantId.toUpperCase()],
  ['a verified domain', entra => entra.domains[0] ?? ''],
  ['a verified domain in upper case', entra => (entra.domains[0] ?? '').toUpperCase()]
]

for (const [form, tenantOf] of TENANT_FORMS) {
  test(`tenant-id as ${form}: the challenge's tenant is the same tenant, and the signer signs`, async t => {
    const { vault, entra, credential, minted, calls } = await startKeyVaultStack(t, {
      tenantId: tenantOf
    })
    const signer = await signerForNewKey({ vault, credential })
    await signer.sign(Buffer.from('payload'))
    assert.deepEqual(calls(), ['getCertificate 200', 'getKey 200', 'getKey 200', 'sign 200'])
    assert.equal(entra.tokensIssued, 1)
    assert.equal(minted.length, 1)
    // A domain is resolved to its GUID once, through its OpenID configuration (MSAL reads it too).
    const discoveries = entra.requests.get('openid-configuration') ?? 0
    assert.equal(discoveries, form.includes('domain') ? 2 : 1, 'OpenID configuration requests')
  })
}

test('a tenant-id of another tenant is refused naming both tenants, before any token', async t => {
  const other = randomUUID()
  const { vault, entra, credential, minted } = await startKeyVaultStack(t, {
    tenantId: () => other
  })
  const error = await rejectionOf({
    promise: signerForNewKey({ vault, credential }),
    unexpected: 'signed in to another tenant'
  })
  assert.ok(error instanceof KeyVaultError)
  assert.equal(error.problem, 'tenant')
  assert.equal(error.code, 'INVALID_INPUT')
  assert.equal(error.kind, 'configuration')
  assert.deepEqual(error.tenants, { configured: other, vault: entra.tenantId })
  assert.equal(
    error.message,
    `the vault belongs to tenant ${entra.tenantId} (its bearer challenge names it), but the signing identity signs in to tenant ${other}; give the vault's tenant, ${entra.tenantId}, with an app registration of that tenant (or one consented to there)`
  )
  assert.deepEqual(minted, [], 'no ID token was requested')
  assert.equal(entra.requests.get('token') ?? 0, 0, 'Entra ID was not asked for a token')
})

test('a domain Entra ID does not know is refused naming it (AADSTS90002)', async t => {
  const { vault, entra, credential } = await startKeyVaultStack(t, {
    tenantId: () => 'fabrikam.onmicrosoft.com',
    entra: { domains: ['contoso.onmicrosoft.com'] }
  })
  const error = await rejectionOf({
    promise: signerForNewKey({ vault, credential }),
    unexpected: 'an unknown domain signed in'
  })
  // The emulator knows one tenant: Entra ID answers AADSTS90002 for any other domain.
  assert.ok(error instanceof KeyVaultError)
  assert.equal(error.problem, 'sign-in')
  assert.equal(error.serviceCode, 'AADSTS90002')
  assert.match(
    error.message,
    /^Entra ID does not know the tenant "fabrikam\.onmicrosoft\.com" \(HTTP 400: "AADSTS90002: Tenant 'fabrikam\.onmicrosoft\.com' not found/
  )
  assert.equal(entra.tokensIssued, 0)
})

test('a domain of another tenant than the vault’s is refused naming the domain and both GUIDs', async t => {
  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const federatedCredentials = [workflowFederatedCredential({ oidc, clientId: CLIENT_ID })]
  // Contoso's Entra ID, where the identity lives; the vault is Fabrikam's.
  const contoso = await startEntraId({ federatedCredentials, domains: ['contoso.onmicrosoft.com'] })
  t.after(() => contoso.stop())
  const fabrikam = await startEntraId({ federatedCredentials })
  t.after(() => fabrikam.stop())
  const vault = await startKeyVault({ entraId: fabrikam, apiVersions: SERVED_UP_TO_PINNED })
  t.after(() => vault.stop())
  const added = await vault.addKey({
    name: 'signer',
    certificateChain: await selfSignedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-256' } })
  })
  const credential = azureCredential({
    clientId: CLIENT_ID,
    tenantId: 'Contoso.onmicrosoft.com',
    getIdToken: audience => Promise.resolve(oidc.mint({ audience })),
    authorityHost: contoso.url,
    disableInstanceDiscovery: true
  })
  const error = await keyVaultSigner({
    keyId: added.keyId,
    credential,
    chain: { source: 'certificate' },
    clientOptions: vault.clientOptions
  }).then(
    () => assert.fail('signed in to another tenant'),
    (e: unknown) => e
  )
  assert.ok(error instanceof KeyVaultError)
  assert.equal(error.problem, 'tenant')
  assert.deepEqual(error.tenants, {
    configured: 'contoso.onmicrosoft.com',
    vault: fabrikam.tenantId
  })
  assert.match(
    error.message,
    new RegExp(
      `^the vault belongs to tenant ${fabrikam.tenantId} .*signs in to tenant contoso\\.onmicrosoft\\.com \\(${contoso.tenantId}\\)`
    )
  )
  assert.equal(contoso.tokensIssued + fabrikam.tokensIssued, 0, 'no token for either tenant')
})
