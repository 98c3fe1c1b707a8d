// Key Vault and Entra ID as they really answer, through the bundle: Key Vault's own PKCS#12, the
// tenant in another case or as a domain, 403s and 401s as permission and sign-in errors naming the
// input and the fix, a Managed HSM key id refused before anything is asked, and the round trips of
// a run (one GitHub ID token, one sign call per signature).
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID, X509Certificate } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseEnvelope, verifyEnvelopeIntegrity } from '@sign/notation'
import {
  importKeyPair,
  listFiles,
  makeWorkspace,
  selfSignedCodeSigningChain,
  x509,
  type ActionResult
} from '@sign/testenv'
import {
  MAIN_BRANCH_CLIENT_ID,
  startNotationEnvironment,
  type NotationEnvironment
} from './fixtures/environment.ts'
import { pushImage } from './fixtures/images.ts'
import { errorMessages, runNotation, signaturesOutput } from './fixtures/run-notation.ts'

let env: NotationEnvironment
before(async () => {
  env = await startNotationEnvironment()
})
after(() => env.stop())

const PKCS12 = join(import.meta.dirname, '../../../packages/notation/test/fixtures/pkcs12')
const ID_TOKEN_AUDIENCE = 'api://AzureADTokenExchange'

/** A fresh self-signed key in the vault, with `forbid` and other addKey options. */
async function addKey(
  name: string,
  options: Partial<Parameters<NotationEnvironment['vault']['addKey']>[0]> = {}
) {
  const chain = await selfSignedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-256' } })
  return env.vault.addKey({ name, certificateChain: chain, ...options })
}

/** The step failed with one error annotation, as a configuration error (no remote headline). */
function assertConfigurationError(result: ActionResult): string {
  assert.equal(result.exitCode, 1, result.log)
  const errors = result.annotations.filter(annotation => annotation.level === 'error')
  assert.equal(errors.length, 1, 'one error annotation')
  const message = errorMessages(result)
  assert.doesNotMatch(message, /internal error|Internal error/)
  assert.doesNotMatch(message, /A remote service failed|^Check: /m)
  assert.doesNotMatch(message, /permission named above/)
  return message
}

test("certificate-source secret with Key Vault's exact PKCS#12 (3DES bags, SHA-1 MAC) signs", async t => {
  const pem = (await readFile(join(PKCS12, 'chain.pem'))).toString()
  const key = importKeyPair(
    { kind: 'rsa', bits: 2048 },
    (await readFile(join(PKCS12, 'leaf.key'))).toString()
  )
  const certificates = [
    ...pem.matchAll(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g)
  ].map(block => {
    const der = new X509Certificate(block[0]).raw
    return { certificate: new x509.X509Certificate(der), pem: block[0], der, key }
  })
  const added = await env.vault.addKey({
    name: 'key-vault-pfx',
    certificateChain: certificates,
    secret: {
      value: (await readFile(join(PKCS12, 'key-vault.pfx'))).toString('base64'),
      contentType: 'application/x-pkcs12'
    }
  })
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  const result = await runNotation(env, {
    workspace,
    inputs: { 'key-id': added.keyId, 'certificate-source': 'secret', files: 'dist/app.bin' }
  })
  assert.equal(result.exitCode, 0, `${errorMessages(result)}\n${result.log}`)
  const envelope = parseEnvelope(
    await readFile(join(workspace, 'dist/app.bin.jws.sig')),
    'application/jose+json'
  )
  verifyEnvelopeIntegrity(envelope)
  assert.deepEqual(
    envelope.certificateChain,
    certificates.map(certificate => certificate.der)
  )
})

for (const [form, tenant] of [
  ['the tenant GUID in upper case', () => env.entra.tenantId.toUpperCase()],
  ['a verified domain of the tenant', () => env.entra.domains[0] ?? '']
] as const) {
  test(`tenant-id as ${form}: the step signs`, async t => {
    const added = await addKey(`tenant-${form.length}`)
    const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
    const result = await runNotation(env, {
      workspace,
      inputs: { 'key-id': added.keyId, 'tenant-id': tenant(), files: 'dist/app.bin' }
    })
    assert.equal(result.exitCode, 0, `${errorMessages(result)}\n${result.log}`)
    assert.deepEqual(await listFiles(workspace), ['dist/app.bin', 'dist/app.bin.jws.sig'])
  })
}

test("tenant-id of another tenant: Input 'tenant-id' names both tenants and the fix", async t => {
  const added = await addKey('other-tenant')
  const other = randomUUID()
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  const result = await runNotation(env, {
    workspace,
    inputs: { 'key-id': added.keyId, 'tenant-id': other, files: 'dist/app.bin' }
  })
  const message = assertConfigurationError(result)
  const vaultTenant = env.entra.tenantId
  assert.equal(
    message,
    `Input 'tenant-id': the vault belongs to tenant ${vaultTenant} (its bearer challenge names it), but the signing identity signs in to tenant ${other}; give the vault's tenant, ${vaultTenant}, with an app registration of that tenant (or one consented to there).\nwith:\n  tenant-id: ${vaultTenant}`
  )
})

test("a 403 on sign (RBAC): Input 'key-id' names the data action, the role and the command", async t => {
  const added = await addKey('rbac-sign', { forbid: { sign: 'rbac' } })
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  const historyBefore = env.vault.history.length
  const result = await runNotation(env, {
    workspace,
    inputs: { 'key-id': added.keyId, files: 'dist/app.bin' }
  })
  const message = assertConfigurationError(result)
  assert.match(
    message,
    /^Input 'key-id': Key Vault https:\/\/127\.0\.0\.1:\d+ refused to sign with key "rbac-sign" version \w+ \(403 ForbiddenByRbac: "Caller is not authorized to perform action on resource\.\\r\\n/
  )
  assert.match(
    message,
    /no role assignment gives the signing identity Microsoft\.KeyVault\/vaults\/keys\/sign\/action: assign it the "Key Vault Crypto User" role on the vault or on the key\.\nAssign the role:\naz role assignment create --role "Key Vault Crypto User" --assignee 11111111-2222-3333-4444-555555555555 --scope \/subscriptions\/00000000-0000-0000-0000-00000000c0de\/resourcegroups\/signing\/providers\/microsoft\.keyvault\/vaults\/emulator\/keys\/rbac-sign$/
  )
  assert.deepEqual(await listFiles(workspace), ['dist/app.bin'], 'nothing written')
  const signs = env.vault.history.slice(historyBefore).filter(entry => entry.operation === 'sign')
  assert.deepEqual(
    signs.map(entry => entry.status),
    [403],
    'one sign call, refused'
  )
})

test("a 403 on the secret (access policy): Input 'key-id' names secrets/get and the set-policy command", async t => {
  const added = await addKey('policy-secret', { forbid: { getSecret: 'access-policy' } })
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  const result = await runNotation(env, {
    workspace,
    inputs: { 'key-id': added.keyId, 'certificate-source': 'secret', files: 'dist/app.bin' }
  })
  const message = assertConfigurationError(result)
  assert.match(
    message,
    /^Input 'key-id': Key Vault https:\/\/127\.0\.0\.1:\d+ refused to read the chain from secret "policy-secret" version \w+ \(403 AccessDenied: "The user, group or application 'appid=11111111-2222-3333-4444-555555555555;/
  )
  assert.match(
    message,
    /its access policies do not give the signing identity the secrets\/get permission: add one that does\.\nGrant it with an access policy for the application alone:\naz keyvault set-policy --name <vault-name> --spn 11111111-2222-3333-4444-555555555555 --secret-permissions get$/
  )
})

test("a 401 sign-in failure: Input 'client-id' with Entra ID's reason, and no permission to grant", async t => {
  const added = await addKey('unknown-app')
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  const result = await runNotation(env, {
    workspace,
    inputs: {
      'key-id': added.keyId,
      'client-id': '99999999-8888-7777-6666-555555555555',
      files: 'dist/app.bin'
    }
  })
  const message = assertConfigurationError(result)
  assert.match(
    message,
    /^Input 'client-id': could not sign in to Key Vault https:\/\/127\.0\.0\.1:\d+ to read certificate "unknown-app" version \w+ \(.*AADSTS700016: Application with identifier '99999999-8888-7777-6666-555555555555' was not found/
  )
  assert.match(
    message,
    /\nGive the Application \(client\) ID of an app registration in the tenant tenant-id names/
  )
  assert.doesNotMatch(message, /permission/)

  // An application whose federated credential trusts another subject (the main branch).
  const wrongSubject = assertConfigurationError(
    await runNotation(env, {
      workspace,
      inputs: { 'key-id': added.keyId, 'client-id': MAIN_BRANCH_CLIENT_ID, files: 'dist/app.bin' }
    })
  )
  assert.match(
    wrongSubject,
    /^Input 'client-id': could not sign in .*AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:octo-org\/octo-repo:ref:refs\/tags\/v1\.2\.3'/
  )
  assert.match(
    wrongSubject,
    /\nAdd a federated credential to the app registration for this workflow's subject: issuer https:\/\/token\.actions\.githubusercontent\.com/
  )
  assert.doesNotMatch(wrongSubject, /permission/)
})

test("a Managed HSM key id: Input 'key-id' explains it, before any token or request", async t => {
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  const historyBefore = env.vault.history.length
  const oidcBefore = env.oidc.requests.get(ID_TOKEN_AUDIENCE) ?? 0
  const result = await runNotation(env, {
    workspace,
    inputs: {
      'key-id':
        'https://contoso-hsm.managedhsm.azure.net/keys/release/0123456789abcdef0123456789abcdef',
      files: 'dist/app.bin'
    }
  })
  const message = assertConfigurationError(result)
  assert.match(
    message,
    /^Input 'key-id': the key id https:\/\/contoso-hsm\.managedhsm\.azure\.net\/keys\/release is a Managed HSM key: a Managed HSM has no certificates or secrets API/
  )
  assert.match(
    message,
    /\nwith:\n {2}key-id: https:\/\/my-vault\.vault\.azure\.net\/keys\/release-signing/
  )
  assert.deepEqual(result.groups, ['Validate the inputs'])
  assert.equal(env.vault.history.length, historyBefore, 'nothing asked of any vault')
  assert.equal(env.oidc.requests.get(ID_TOKEN_AUDIENCE) ?? 0, oidcBefore, 'no ID token requested')
})

test('one run: 1 GitHub ID-token request, 1 Entra token, and one sign call per signature', async t => {
  const { client, registry, vault, entra, oidc } = env
  const added = await addKey('round-trips')
  const repo = { registry: registry.host, repository: 'octo-org/round-trips' }
  await pushImage({ client, repo, tag: 'v1' })
  const files = { 'dist/a.bin': 'a', 'dist/b.bin': 'b', 'dist/c.bin': 'c' }
  const workspace = await makeWorkspace(t, files)
  const historyBefore = vault.history.length
  const oidcBefore = oidc.requests.get(ID_TOKEN_AUDIENCE) ?? 0
  const entraBefore = entra.requests.get('token') ?? 0
  const result = await runNotation(env, {
    workspace,
    inputs: {
      'key-id': added.keyId,
      images: `${registry.host}/octo-org/round-trips:v1`,
      files: 'dist/*'
    }
  })
  assert.equal(result.exitCode, 0, `${errorMessages(result)}\n${result.log}`)
  assert.equal(signaturesOutput(result).length, 4)
  assert.equal(
    (oidc.requests.get(ID_TOKEN_AUDIENCE) ?? 0) - oidcBefore,
    1,
    'GitHub ID-token requests'
  )
  assert.equal((entra.requests.get('token') ?? 0) - entraBefore, 1, 'Entra ID token requests')
  const requests = vault.history
    .slice(historyBefore)
    .map(entry => `${entry.operation} ${entry.status}`)
  assert.deepEqual(requests, [
    'getCertificate 401',
    'getCertificate 200',
    'getKey 401',
    'getKey 200',
    'getKey 200',
    'sign 200',
    'sign 200',
    'sign 200',
    'sign 200'
  ])
  assert.deepEqual(
    new Set(vault.history.slice(historyBefore).map(entry => entry.apiVersion)),
    new Set(['7.5']),
    'the pinned api-version'
  )
})
