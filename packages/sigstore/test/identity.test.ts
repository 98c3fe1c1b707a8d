import { test } from 'node:test'
import assert from 'node:assert/strict'
import { SigstoreError, functionIdentityProvider, staticIdentityProvider } from '../src/index.ts'

test('identity: a static token is handed out as given; an empty one is refused', async () => {
  assert.equal(await staticIdentityProvider('header.payload.sig').getToken(), 'header.payload.sig')
  for (const empty of ['', '  \n']) {
    assert.throws(
      () => staticIdentityProvider(empty),
      (error: unknown) =>
        error instanceof SigstoreError &&
        error.code === 'INVALID_INPUT' &&
        error.message.startsWith('The identity token is empty: pass an OIDC ID token')
    )
  }
})

test('identity: a function provider fetches a fresh token on every call, never before', async () => {
  let fetched = 0
  const provider = functionIdentityProvider(() => Promise.resolve(`token-${++fetched}`))
  assert.equal(fetched, 0)
  assert.equal(await provider.getToken(), 'token-1')
  assert.equal(await provider.getToken(), 'token-2')
  await assert.rejects(
    functionIdentityProvider(() => Promise.reject(new Error('no id-token permission'))).getToken(),
    { message: 'no id-token permission' }
  )
})
