// Every 403 Key Vault answers, in the access-policy, RBAC and compound-identity wordings, on each
// call the signer makes, is a permission error (configuration) naming what to grant; a signature
// that does not verify names the key id. (A 401 sign-in failure: azure-credential.test.ts.)
import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  generateKeyPair,
  selfSignedCodeSigningChain,
  type ForbiddableOperation,
  type ForbiddenWording
} from '@sign/testenv'
import { KeyVaultError, keyVaultSigner, type KeyVaultChainSource } from '../src/keyvault/index.ts'
import { startKeyVaultStack } from './keyvault-stack.ts'

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
