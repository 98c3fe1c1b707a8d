// Every 403 Key Vault answers, in the access-policy, RBAC and compound-identity wordings, on each
// call the signer makes, is a permission error (configuration) naming what to grant; a 401 is a
// sign-in error that names no permission; a signature that does not verify names the key id.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { inspect } from 'node:util'
import {
  generateKeyPair,
  selfSignedCodeSigningChain,
  startEntraId,
  startKeyVault,
  startOidcIssuer,
  type ForbiddableOperation,
  type ForbiddenWording
} from '@sign/testenv'
import {
  KeyVaultError,
  azureCredential,
  keyVaultSigner,
  type KeyVaultChainSource
} from '../src/keyvault/index.ts'
import { CLIENT_ID, SERVED_UP_TO_PINNED, startKeyVaultStack } from './keyvault-stack.ts'

/** What each refused call needs, as the messages must name it. */
const NEEDS: Record<
  Exclude<ForbiddableOperation, 'getKey'>,
  { doing: RegExp; permission: string; role: string; action: string; chain: KeyVaultChainSource }
> = {
  getCertificate: {
    doing: /refused to read certificate "\w+"/,
    permission: 'certificates/get',
    role: 'Key Vault Certificate User',
    action: 'Microsoft.KeyVault/vaults/certificates/read',
    chain: { source: 'certificate' }
  },
  getSecret: {
    doing: /refused to read the chain from secret "\w+"/,
    permission: 'secrets/get',
    role: 'Key Vault Secrets User',
    action: 'Microsoft.KeyVault/vaults/secrets/getSecret/action',
    chain: { source: 'secret' }
  },
  sign: {
    doing: /refused to sign with key "\w+" version \w+/,
    permission: 'keys/sign',
    role: 'Key Vault Crypto User',
    action: 'Microsoft.KeyVault/vaults/keys/sign/action',
    chain: { source: 'certificate' }
  }
}

const WORDINGS: Record<
  ForbiddenWording,
  { code: string; fix: (need: (typeof NEEDS)['sign']) => RegExp }
> = {
  'access-policy': {
    code: 'AccessDenied',
    fix: need =>
      new RegExp(
        `access policies do not give the signing identity the ${need.permission} permission`
      )
  },
  rbac: {
    code: 'ForbiddenByRbac',
    fix: need =>
      new RegExp(
        `no role assignment gives the signing identity ${need.action}: assign it the "${need.role}" role`
      )
  },
  'compound-identity': {
    code: 'ForbiddenByPolicy',
    fix: need =>
      new RegExp(
        `application together with a user \\(a compound identity\\).*giving the application alone the ${need.permission} permission`
      )
  }
}

test('a 403 on every call, in every wording, names the permission or role to grant', async t => {
  const { vault, credential } = await startKeyVaultStack(t)
  const chain = await selfSignedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-256' } })
  for (const [operation, need] of Object.entries(NEEDS)) {
    for (const [wording, { code, fix }] of Object.entries(WORDINGS)) {
      const name = `${operation}${wording.replaceAll('-', '')}`
      const added = await vault.addKey({
        name,
        certificateChain: chain,
        forbid: { [operation]: wording as ForbiddenWording }
      })
      const what = `${operation} ${wording}`
      const error = await keyVaultSigner({
        keyId: added.keyId,
        credential,
        chain: need.chain,
        clientOptions: vault.clientOptions
      })
        .then(signer => signer.sign(Buffer.from('payload')))
        .then(
          () => assert.fail(`${what} was accepted`),
          (e: unknown) => e
        )
      assert.ok(error instanceof KeyVaultError, what)
      assert.equal(error.problem, 'forbidden', what)
      assert.equal(error.kind, 'configuration', `${what}: a permission to grant`)
      assert.equal(error.hint, undefined, `${what}: no remote hint`)
      assert.equal(error.code, 'KEY_VAULT_FAILED', what)
      assert.equal(error.status, 403, what)
      assert.equal(error.serviceCode, code, what)
      assert.match(error.message, need.doing, what)
      assert.match(
        error.message,
        new RegExp(`\\(403 ${code}: "`),
        `${what}: Key Vault's words, quoted`
      )
      assert.match(error.message, fix(need), what)
      assert.doesNotMatch(
        error.message,
        /[\r\n]/,
        `${what}: one line, Key Vault's line breaks escaped`
      )
      assert.deepEqual(
        [error.grant?.permission, error.grant?.role, error.grant?.dataAction],
        [need.permission, need.role, need.action],
        what
      )
      assert.equal(
        error.grant?.scope,
        wording === 'rbac'
          ? `/subscriptions/00000000-0000-0000-0000-00000000c0de/resourcegroups/signing/providers/microsoft.keyvault/vaults/emulator/${operation === 'sign' ? 'keys' : operation === 'getSecret' ? 'secrets' : 'certificates'}/${name.toLowerCase()}`
          : undefined,
        `${what}: the RBAC scope Key Vault named`
      )
    }
  }
})

test('a 403 on reading the key, in any wording, still signs: each signature is verified', async t => {
  const { vault, credential, calls } = await startKeyVaultStack(t)
  const chain = await selfSignedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-384' } })
  for (const wording of Object.keys(WORDINGS) as ForbiddenWording[]) {
    const added = await vault.addKey({
      name: `nokey${wording.length}`,
      certificateChain: chain,
      forbid: { getKey: wording }
    })
    const signer = await keyVaultSigner({
      keyId: added.keyId,
      credential,
      chain: { source: 'certificate' },
      clientOptions: vault.clientOptions
    })
    assert.equal((await signer.sign(Buffer.from('payload'))).length, 96, wording)
  }
  assert.equal(calls().filter(call => call === 'sign 200').length, 3)
})

test('a signature that does not verify with the certificate names the key id as not its key', async t => {
  const { vault, credential } = await startKeyVaultStack(t)
  const chain = await selfSignedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-256' } })
  // A vault whose key signs with another key than its certificate's; keys/get is refused, so only
  // the signature can tell.
  const added = await vault.addKey({
    name: 'mismatched',
    certificateChain: chain,
    signingKey: await generateKeyPair({ kind: 'ec', curve: 'P-256' }),
    forbid: { getKey: 'rbac' }
  })
  const signer = await keyVaultSigner({
    keyId: added.keyId,
    credential,
    chain: { source: 'certificate' },
    clientOptions: vault.clientOptions
  })
  const error = await signer.sign(Buffer.from('payload')).then(
    () => assert.fail('a signature by another key was returned'),
    (e: unknown) => e
  )
  assert.ok(error instanceof KeyVaultError)
  assert.equal(error.problem, 'wrong-key')
  assert.equal(error.code, 'SIGNING_FAILED')
  assert.equal(error.kind, 'configuration')
  assert.match(
    error.message,
    new RegExp(
      `^the key id ${added.keyId.replaceAll('.', '\\.')} does not belong to the signing certificate "CN=Test-Signer, O=notation, ST=WA, C=US": the ES256 signature Key Vault made with it does not verify`
    )
  )
  assert.match(error.message, /Sign with the key id of the Key Vault certificate/)
})

test('a 401 sign-in failure is a sign-in error that names no permission', async t => {
  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const entra = await startEntraId({
    federatedCredentials: [
      {
        clientId: CLIENT_ID,
        issuer: oidc.issuer,
        subject: 'repo:other/repo:ref:refs/heads/main',
        discoveryUrl: oidc.discoveryUrl
      }
    ]
  })
  t.after(() => entra.stop())
  const vault = await startKeyVault({ entraId: entra, apiVersions: SERVED_UP_TO_PINNED })
  t.after(() => vault.stop())
  const added = await vault.addKey({
    name: 'signer',
    certificateChain: await selfSignedCodeSigningChain()
  })
  const minted: string[] = []
  const credential = azureCredential({
    clientId: CLIENT_ID,
    tenantId: entra.tenantId,
    getIdToken: audience => {
      minted.push(oidc.mint({ audience }))
      return Promise.resolve(minted.at(-1) ?? '')
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
    (e: unknown) => e
  )
  assert.ok(error instanceof KeyVaultError)
  assert.equal(error.problem, 'sign-in')
  assert.equal(error.kind, 'configuration')
  assert.equal(error.hint, undefined, 'no "permission named above"')
  assert.equal(error.serviceCode, 'AADSTS700213')
  assert.match(
    error.message,
    /^could not sign in to Key Vault https:\/\/127\.0\.0\.1:\d+ to read certificate "signer"/
  )
  assert.match(error.message, /federated credential/)
  assert.doesNotMatch(error.message, /permission/)
  const everything = `${error.message}\n${inspect(error, { depth: Infinity })}`
  for (const token of minted) {
    for (const part of token.split('.')) assert.ok(!everything.includes(part), 'no token text')
  }
  // A token Key Vault refuses (here: one of another tenant) is a 401 too: a sign-in error.
  const foreign = await startEntraId()
  t.after(() => foreign.stop())
  const foreignToken = foreign.mintAccessToken({ clientId: CLIENT_ID })
  const refused = await keyVaultSigner({
    keyId: added.keyId,
    credential: {
      getToken: () =>
        Promise.resolve({ token: foreignToken, expiresOnTimestamp: Date.now() + 3_600_000 })
    },
    chain: { source: 'certificate' },
    clientOptions: vault.clientOptions
  }).then(
    () => assert.fail('a foreign token was accepted'),
    (e: unknown) => e
  )
  assert.ok(refused instanceof KeyVaultError)
  assert.equal(refused.problem, 'sign-in')
  assert.equal(refused.status, 401)
  assert.match(refused.message, /\(401 Unauthorized: "AKV10032: Invalid issuer/)
})
