import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { constants, createHash, generateKeyPairSync, verify, X509Certificate } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ClientAssertionCredential, ClientSecretCredential } from '@azure/identity'
import type { AccessToken, TokenCredential } from '@azure/identity'
import { CryptographyClient, type SignatureAlgorithm } from '@azure/keyvault-keys'
import { CertificateClient } from '@azure/keyvault-certificates'
import { SecretClient } from '@azure/keyvault-secrets'
import {
  caIssuedCodeSigningChain,
  decodeJwt,
  generateKeyPair,
  selfSignedCodeSigningChain,
  signJwt,
  startEntraId,
  startKeyVault,
  startOidcIssuer,
  verifyJwt,
  type EntraId,
  type KeySpec
} from '../src/index.ts'

const CLIENT_ID = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0'
const SUBJECT = 'repo:octo-org/octo-repo:ref:refs/tags/v1.2.3'
const EXCHANGE = 'api://AzureADTokenExchange'
const run = promisify(execFile)

/** OIDC issuer + Entra ID (trusting it for CLIENT_ID) + Key Vault, all stopped after the test. */
async function startStack(t: TestContext) {
  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const entra = await startEntraId({
    federatedCredentials: [
      {
        clientId: CLIENT_ID,
        issuer: oidc.issuer,
        subject: SUBJECT,
        discoveryUrl: oidc.discoveryUrl
      }
    ],
    clientSecrets: [{ clientId: CLIENT_ID, secret: 's3cret' }]
  })
  t.after(() => entra.stop())
  const vault = await startKeyVault({ entraId: entra })
  t.after(() => vault.stop())
  const credential = assertionCredential(entra, () => oidc.mint({ audience: EXCHANGE }))
  return { oidc, entra, vault, credential }
}

const assertionCredential = (entra: EntraId, mintAssertion: () => string) =>
  new ClientAssertionCredential(entra.tenantId, CLIENT_ID, () => Promise.resolve(mintAssertion()), {
    authorityHost: entra.url,
    disableInstanceDiscovery: true
  })

test('Entra ID: a GitHub OIDC token is exchanged for a Key Vault access token', async t => {
  const { oidc, entra, credential } = await startStack(t)
  const { token } = await credential.getToken('https://vault.azure.net/.default')
  const config = (await (
    await fetch(`${entra.authority}/v2.0/.well-known/openid-configuration`)
  ).json()) as { jwks_uri: string }
  const jwks = (await (await fetch(config.jwks_uri)).json()) as EntraId['jwks']
  const claims = verifyJwt({
    token,
    jwks,
    issuer: entra.issuer,
    audience: 'https://vault.azure.net'
  })
  assert.equal(claims['iss'], `https://sts.windows.net/${entra.tenantId}/`)
  assert.equal(claims['tid'], entra.tenantId)
  assert.equal(claims['appid'], CLIENT_ID)
  assert.equal(entra.tokensIssued, 1)

  const other = await startOidcIssuer() // same `iss`, another signing key
  t.after(() => other.stop())
  const gitlab = await startOidcIssuer({ issuer: 'https://gitlab.example.com' })
  t.after(() => gitlab.stop())
  const mint = (claims: Record<string, string | number>) => () =>
    oidc.mint({ audience: EXCHANGE, claims })
  const refusals: Array<[string, () => string, RegExp]> = [
    [
      'another key',
      () => other.mint({ audience: EXCHANGE }),
      /AADSTS7000272: .*could not be found in the metadata/
    ],
    [
      'wrong subject',
      mint({ sub: 'repo:octo-org/octo-repo:ref:refs/heads/main' }),
      /AADSTS700213: .*subject 'repo:octo-org\/octo-repo:ref:refs\/heads\/main'/
    ],
    ['unknown issuer', () => gitlab.mint({ audience: EXCHANGE }), /AADSTS700211: /],
    ['wrong audience', () => oidc.mint({ audience: 'sigstore' }), /AADSTS700212: /],
    ['expired', mint({ exp: Math.floor(Date.now() / 1000) - 30 }), /AADSTS700024: /],
    ['tampered', () => mint({})().replace(/\.[^.]+$/, '.AAAA'), /AADSTS700027: /]
  ]
  for (const [reason, getAssertion, expected] of refusals) {
    await assert.rejects(
      assertionCredential(entra, getAssertion).getToken('https://vault.azure.net/.default'),
      { message: expected },
      reason
    )
  }
  assert.equal(entra.tokensIssued, 1)

  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: CLIENT_ID,
    scope: 'https://vault.azure.net/.default',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: oidc.mint({ audience: EXCHANGE, claims: { sub: 'repo:evil/repo:ref:x' } })
  })
  const raw = await fetch(`${entra.authority}/oauth2/v2.0/token`, { method: 'POST', body: form })
  const body = (await raw.json()) as { error: string; error_codes: number[] }
  assert.equal(raw.status, 401)
  assert.deepEqual([body.error, body.error_codes], ['invalid_client', [700213]])
  const wrongTenant = await fetch(`${entra.url}/common/v2.0/.well-known/openid-configuration`)
  assert.equal(wrongTenant.status, 400)
  assert.deepEqual(((await wrongTenant.json()) as typeof body).error_codes, [90002])
})

test('Entra ID: client secrets are checked', async t => {
  const { entra } = await startStack(t)
  const options = { authorityHost: entra.url, disableInstanceDiscovery: true }
  const good = new ClientSecretCredential(entra.tenantId, CLIENT_ID, 's3cret', options)
  const { token } = await good.getToken('https://vault.azure.net/.default')
  assert.equal(decodeJwt(token).payload['appidacr'], '1')
  const bad = new ClientSecretCredential(entra.tenantId, CLIENT_ID, 'wrong', options)
  await assert.rejects(bad.getToken('https://vault.azure.net/.default'), {
    message: /AADSTS7000215: /
  })
})

const CASES: Array<{ spec: KeySpec; alg: SignatureAlgorithm; hash: string; bytes: number }> = [
  { spec: { kind: 'rsa', bits: 2048 }, alg: 'PS256', hash: 'sha256', bytes: 256 },
  { spec: { kind: 'rsa', bits: 3072 }, alg: 'PS384', hash: 'sha384', bytes: 384 },
  { spec: { kind: 'rsa', bits: 4096 }, alg: 'PS512', hash: 'sha512', bytes: 512 },
  { spec: { kind: 'ec', curve: 'P-256' }, alg: 'ES256', hash: 'sha256', bytes: 64 },
  { spec: { kind: 'ec', curve: 'P-384' }, alg: 'ES384', hash: 'sha384', bytes: 96 },
  { spec: { kind: 'ec', curve: 'P-521' }, alg: 'ES512', hash: 'sha512', bytes: 132 }
]

test('Key Vault: CryptographyClient sign and signData, verified over the original data', async t => {
  const { vault, credential } = await startStack(t)
  const data = Buffer.from('{"targetArtifact":{"mediaType":"application/octet-stream"}}')
  for (const { spec, alg, hash, bytes } of CASES) {
    const added = await vault.addKey({ name: `key-${alg}`, spec })
    const client = new CryptographyClient(added.keyId, credential, vault.clientOptions)
    const signed = await client.sign(alg, createHash(hash).update(data).digest())
    const signedData = await client.signData(alg, data)
    for (const { result, keyID } of [signed, signedData]) {
      const signature = Buffer.from(result)
      const key =
        spec.kind === 'rsa'
          ? {
              key: added.key.publicKey,
              padding: constants.RSA_PKCS1_PSS_PADDING,
              saltLength: Number(hash.slice(3)) / 8
            }
          : { key: added.key.publicKey, dsaEncoding: 'ieee-p1363' as const }
      assert.equal(signature.length, bytes, alg)
      assert.equal(verify(hash, data, key, signature), true, `${alg} verifies`)
      assert.equal(verify(hash, Buffer.from('other'), key, signature), false)
      assert.equal(keyID, added.keyId)
    }
  }
  assert.equal(vault.requests.get('sign'), 12)
  assert.ok(vault.history.every(r => r.status === 200 || r.status === 401))
})

test('Key Vault: a 403 on key GET still signs remotely; bad sign requests are refused', async t => {
  const { vault, credential } = await startStack(t)
  const [leaf] = await selfSignedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-384' } })
  assert.ok(leaf)
  const added = await vault.addKey({ name: 'no-get', certificateChain: [leaf], forbidKeyGet: true })
  const client = new CryptographyClient(added.keyId, credential, vault.clientOptions)
  const { result } = await client.signData('ES384', Buffer.from('payload'))
  const key = new X509Certificate(leaf.der).publicKey
  assert.ok(verify('sha384', Buffer.from('payload'), { key, dsaEncoding: 'ieee-p1363' }, result))
  const statuses = (operation: string) =>
    vault.history.filter(r => r.operation === operation).map(r => r.status)
  assert.deepEqual(statuses('getKey'), [401, 403])
  assert.deepEqual(statuses('sign'), [200])

  await assert.rejects(client.sign('ES384', Buffer.alloc(20)), {
    statusCode: 400,
    code: 'BadParameter',
    message: /Invalid digest length for algorithm ES384: expected 48 bytes, got 20/
  })
  await assert.rejects(client.sign('ES256', Buffer.alloc(32)), {
    statusCode: 400,
    code: 'BadParameter',
    message: /ES256 is not compatible with the key type EC P-384/
  })
  const missing = new CryptographyClient(
    `${vault.url}/keys/missing/0123`,
    credential,
    vault.clientOptions
  )
  await assert.rejects(missing.sign('PS256', Buffer.alloc(32)), {
    statusCode: 404,
    code: 'KeyNotFound'
  })
})

test('Key Vault: certificates return the DER leaf; secrets hold the chain as PEM or PKCS#12', async t => {
  const { vault, credential } = await startStack(t)
  const chain = await caIssuedCodeSigningChain({ spec: { kind: 'rsa', bits: 2048 } })
  const [leaf] = chain
  assert.ok(leaf)
  const pem = await vault.addKey({ name: 'ca-signed', certificateChain: chain })
  const certificates = new CertificateClient(vault.url, credential, vault.clientOptions)
  const latest = await certificates.getCertificate('ca-signed')
  assert.ok(Buffer.from(latest.cer ?? []).equals(leaf.der))
  assert.ok(
    Buffer.from(latest.properties.x509Thumbprint ?? []).equals(
      createHash('sha1').update(leaf.der).digest()
    )
  )
  assert.deepEqual([latest.keyId, latest.secretId], [pem.keyId, pem.secretId])
  assert.deepEqual(
    [
      latest.policy?.keyType,
      latest.policy?.keySize,
      latest.policy?.exportable,
      latest.policy?.issuerName
    ],
    ['RSA', 2048, false, 'Unknown']
  )
  assert.deepEqual(latest.policy?.enhancedKeyUsage, ['1.3.6.1.5.5.7.3.3'])
  assert.deepEqual(latest.policy?.keyUsage, ['digitalSignature'])
  const version = await certificates.getCertificateVersion('ca-signed', pem.version)
  assert.ok(Buffer.from(version.cer ?? []).equals(leaf.der))
  const policy = await certificates.getCertificatePolicy('ca-signed')
  assert.equal(policy.subject, 'CN=Test-Signer, O=notation, ST=WA, C=US')
  await assert.rejects(certificates.getCertificate('nope'), {
    statusCode: 404,
    code: 'CertificateNotFound'
  })

  const secrets = new SecretClient(vault.url, credential, vault.clientOptions)
  const pemSecret = await secrets.getSecret('ca-signed', { version: pem.version })
  assert.equal(pemSecret.properties.contentType, 'application/x-pem-file')
  assert.equal(pemSecret.properties.certificateKeyId, pem.keyId)
  assert.deepEqual(
    pemBlocks(pemSecret.value ?? ''),
    chain.map(c => c.der.toString('base64'))
  )

  const exportable = await vault.addKey({
    name: 'pfx',
    certificateChain: chain,
    secretFormat: 'pkcs12',
    exportable: true
  })
  await vault.addKey({ name: 'pfx', certificateChain: chain, secretFormat: 'pkcs12' })
  const latestPfx = await secrets.getSecret('pfx')
  assert.equal(latestPfx.properties.contentType, 'application/x-pkcs12')
  const certsOnly = await openPkcs12(t, latestPfx.value ?? '')
  assert.deepEqual(
    pemBlocks(certsOnly.certs).sort(),
    chain.map(c => c.der.toString('base64')).sort()
  )
  assert.doesNotMatch(certsOnly.keys, /PRIVATE KEY/)
  const withKey = await openPkcs12(
    t,
    (await secrets.getSecret('pfx', { version: exportable.version })).value ?? ''
  )
  assert.match(withKey.keys, /BEGIN PRIVATE KEY/)
})

const pemBlocks = (text: string): string[] =>
  [...text.matchAll(/-----BEGIN CERTIFICATE-----([^-]+)-----END CERTIFICATE-----/g)].map(m =>
    new X509Certificate(`-----BEGIN CERTIFICATE-----${m[1]}-----END CERTIFICATE-----`).raw.toString(
      'base64'
    )
  )

/** Reads a base64 PFX with the openssl CLI and an empty password: certificates and keys. */
async function openPkcs12(
  t: TestContext,
  base64: string
): Promise<{ certs: string; keys: string }> {
  const directory = await mkdtemp(join(tmpdir(), 'kv-test-'))
  t.after(() => rm(directory, { recursive: true, force: true }))
  const file = join(directory, 'secret.pfx')
  await writeFile(file, Buffer.from(base64, 'base64'))
  const open = (...flags: string[]) =>
    run('openssl', ['pkcs12', '-in', file, '-passin', 'pass:', ...flags])
  return { certs: (await open('-nokeys')).stdout, keys: (await open('-nocerts', '-nodes')).stdout }
}

test('Key Vault: the 401 challenge, and forged, expired or foreign bearers are refused', async t => {
  const { entra, vault } = await startStack(t)
  const added = await vault.addKey({ name: 'k', spec: { kind: 'ec', curve: 'P-256' } })
  const get = (token?: string, query = '?api-version=2025-07-01') =>
    fetch(`${added.keyId}${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })
  const challenge = `Bearer authorization="https://login.windows.net/${entra.tenantId}", resource="https://vault.azure.net"`

  const anonymous = await get()
  assert.equal(anonymous.status, 401)
  assert.equal(anonymous.headers.get('www-authenticate'), challenge)
  assert.deepEqual(await anonymous.json(), {
    error: { code: 'Unauthorized', message: 'AKV10000: Request is missing a Bearer or PoP token.' }
  })
  const valid = entra.mintAccessToken({ clientId: CLIENT_ID })
  const ok = await get(valid)
  assert.equal(ok.status, 200)
  assert.equal(((await ok.json()) as { key: { kid: string } }).key.kid, added.keyId)
  const noVersion = await get(valid, '')
  assert.equal(noVersion.status, 400)

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const { header, payload } = decodeJwt(valid)
  const forged = signJwt({ payload, privateKey, keyId: header.kid ?? '' })
  const foreign = await startEntraId()
  t.after(() => foreign.stop())
  const refused: Array<[string, RegExp]> = [
    [forged, /signature does not verify/],
    [entra.mintAccessToken({ clientId: CLIENT_ID, lifetimeSeconds: -60 }), /TokenExpired/],
    [foreign.mintAccessToken({ clientId: CLIENT_ID }), /AKV10032: Invalid issuer/],
    [
      entra.mintAccessToken({ clientId: CLIENT_ID, resource: 'https://management.azure.com' }),
      /AKV10022/
    ]
  ]
  for (const [token, reason] of refused) {
    const response = await get(token)
    assert.equal(response.status, 401)
    assert.equal(response.headers.get('www-authenticate'), challenge)
    const { error } = (await response.json()) as { error: { code: string; message: string } }
    assert.equal(error.code, 'Unauthorized')
    assert.match(error.message, reason)
  }

  const expired: TokenCredential = {
    getToken: (): Promise<AccessToken> =>
      Promise.resolve({
        token: entra.mintAccessToken({ clientId: CLIENT_ID, lifetimeSeconds: -60 }),
        expiresOnTimestamp: Date.now() + 60_000
      })
  }
  const client = new CryptographyClient(added.keyId, expired, vault.clientOptions)
  await assert.rejects(client.signData('ES256', Buffer.from('x')), {
    statusCode: 401,
    code: 'Unauthorized'
  })
})

test('Key Vault: a chain built from an existing key keeps that key', async t => {
  const { vault } = await startStack(t)
  const key = await generateKeyPair({ kind: 'ec', curve: 'P-256' })
  const chain = await selfSignedCodeSigningChain({ key })
  const added = await vault.addKey({ name: 'own', certificateChain: chain })
  assert.equal(added.key, key)
  await assert.rejects(
    vault.addKey({ name: 'x', spec: { kind: 'rsa', bits: 2048 }, certificateChain: chain }),
    /differs from the leaf's key/
  )
})
