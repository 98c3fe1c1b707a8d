import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findFreePort } from '@sign/testenv'
import {
  SigstoreError,
  createBundleSigner,
  functionIdentityProvider,
  staticIdentityProvider,
  type SigstoreErrorCode
} from '../src/index.ts'
import { artifact, startServices, tokens } from './signer-fixtures.ts'

/** Checks `error` is a SigstoreError with `code` and returns it; its message is checked after. */
function sigstoreError(error: unknown, code: SigstoreErrorCode): SigstoreError {
  assert.ok(error instanceof SigstoreError, String(error))
  assert.equal(error.code, code, error.message)
  return error
}

/** Every message along the cause chain, to look for what must not be there. */
function messages(error: unknown): string {
  const texts: string[] = []
  for (let current = error; current instanceof Error; current = current.cause) {
    texts.push(current.message)
  }
  return texts.join('\n')
}

const signOne = (signer: ReturnType<typeof createBundleSigner>) =>
  signer.signDigest({ algorithm: 'sha256', digest: artifact().digest })

test('signer: Fulcio refusing the token is CERTIFICATE_FAILED with the 400, never the token', async t => {
  const { oidc, stack } = await startServices(t)
  const token = oidc.mint({ audience: 'not-sigstore' })
  const signer = createBundleSigner({
    instance: { fulcioUrl: stack.fulcioUrl, rekorUrl: stack.rekorUrl, rekorVersion: 1 },
    identityProvider: functionIdentityProvider(() => Promise.resolve(token))
  })

  for (const attempt of [1, 2]) {
    await assert.rejects(signOne(signer), (error: unknown) => {
      const { message, status } = sigstoreError(error, 'CERTIFICATE_FAILED')
      assert.equal(status, 400)
      assert.equal(
        message,
        `Fulcio at ${stack.fulcioUrl} could not issue a signing certificate: HTTP 400 (There ` +
          'was an error processing the identity token). Check that the identity token is a ' +
          'current OIDC token with audience "sigstore" from an issuer this Fulcio trusts (on ' +
          'GitHub Actions: permissions: id-token: write).'
      )
      for (const part of token.split('.')) assert.ok(!messages(error).includes(part))
      return true
    })
    // A refusal is not cached: each signature asks again (Fulcio's 400 is not retried).
    assert.deepEqual(signer.stats(), { fulcio: attempt, rekor: 0, tsa: 0 })
  }
  assert.equal(stack.requests.fulcio, 2)
  assert.equal(signer.certificatePem(), undefined)
})

test('signer: a token that is not a JWT is refused before Fulcio, without quoting it', async t => {
  const { stack } = await startServices(t)
  const token = 'opaque-secret-value'
  const signer = createBundleSigner({
    instance: { fulcioUrl: stack.fulcioUrl, rekorUrl: stack.rekorUrl, rekorVersion: 1 },
    identityProvider: staticIdentityProvider(token)
  })
  await assert.rejects(signOne(signer), (error: unknown) => {
    const { message } = sigstoreError(error, 'IDENTITY_TOKEN_FAILED')
    assert.match(message, /^The OIDC identity token is not a JWT .*audience "sigstore"/)
    assert.ok(!messages(error).includes(token))
    return true
  })
  assert.equal(stack.requests.fulcio, 0)
})

test('signer: an identity provider that fails is IDENTITY_TOKEN_FAILED with its reason', async t => {
  const { stack } = await startServices(t)
  const signer = createBundleSigner({
    instance: { fulcioUrl: stack.fulcioUrl, rekorUrl: stack.rekorUrl, rekorVersion: 1 },
    identityProvider: functionIdentityProvider(() =>
      Promise.reject(new Error('ACTIONS_ID_TOKEN_REQUEST_URL is not set'))
    )
  })
  await assert.rejects(signOne(signer), (error: unknown) => {
    const { message, cause } = sigstoreError(error, 'IDENTITY_TOKEN_FAILED')
    assert.match(
      message,
      /^Could not get an OIDC identity token: ACTIONS_ID_TOKEN_REQUEST_URL is not set\. On GitHub Actions grant the job permissions: id-token: write/
    )
    assert.equal((cause as Error).message, 'ACTIONS_ID_TOKEN_REQUEST_URL is not set')
    return true
  })
  assert.equal(stack.requests.fulcio, 0)
})

test('signer: Rekor and TSA errors are TLOG_FAILED and TIMESTAMP_FAILED with URL and status', async t => {
  const { oidc, stack } = await startServices(t)
  const cases = [
    {
      rekorUrl: `${stack.url}/no-rekor`,
      code: 'TLOG_FAILED',
      service: 'Rekor v1',
      input: 'rekor-url'
    },
    {
      tsaUrl: `${stack.url}/no-tsa`,
      code: 'TIMESTAMP_FAILED',
      service: 'The timestamp authority',
      input: 'tsa-url'
    }
  ] as const
  for (const { code, service, input, ...urls } of cases) {
    const signer = createBundleSigner({
      instance: { fulcioUrl: stack.fulcioUrl, rekorVersion: 1, ...urls },
      identityProvider: tokens(oidc)
    })
    const url = Object.values(urls)[0]
    await assert.rejects(signOne(signer), (error: unknown) => {
      const { message, status } = sigstoreError(error, code)
      assert.equal(status, 404)
      assert.match(
        message,
        new RegExp(
          `^${service} at ${url} could not .* the signature: HTTP 404 \\(no route POST /no-`
        )
      )
      assert.match(
        message,
        new RegExp(`Check ${input} \\(or the signing config\\) and that the service is reachable`)
      )
      return true
    })
  }
})

test('signer: a request that cannot connect is retried, and every attempt is counted', async t => {
  const { oidc, stack } = await startServices(t)
  const rekorUrl = `http://127.0.0.1:${await findFreePort()}`
  const signer = createBundleSigner({
    instance: { fulcioUrl: stack.fulcioUrl, rekorUrl, rekorVersion: 1 },
    identityProvider: tokens(oidc),
    retries: 1
  })
  await assert.rejects(signOne(signer), (error: unknown) => {
    const { message, status } = sigstoreError(error, 'TLOG_FAILED')
    assert.equal(status, undefined)
    assert.match(
      message,
      new RegExp(`^Rekor v1 at ${rekorUrl} could not log the signature: .*ECONNREFUSED`)
    )
    return true
  })
  assert.deepEqual(signer.stats(), { fulcio: 1, rekor: 2, tsa: 0 })
})

test('signer: a digest that is not 32 bytes of sha256 is INVALID_INPUT', async t => {
  const { oidc, stack } = await startServices(t)
  const signer = createBundleSigner({
    instance: { fulcioUrl: stack.fulcioUrl, rekorUrl: stack.rekorUrl, rekorVersion: 1 },
    identityProvider: tokens(oidc)
  })
  await assert.rejects(
    signer.signDigest({ algorithm: 'sha256', digest: Buffer.alloc(20) }),
    (error: unknown) => {
      const { message } = sigstoreError(error, 'INVALID_INPUT')
      assert.equal(
        message,
        'A message digest must be 32 bytes of sha256, not sha256 with 20 bytes.'
      )
      return true
    }
  )
  assert.equal(stack.requests.fulcio, 0)
  assert.throws(
    () =>
      createBundleSigner({
        instance: { fulcioUrl: stack.fulcioUrl, rekorVersion: 1 },
        identityProvider: tokens(oidc),
        concurrency: 0
      }),
    (error: unknown) =>
      sigstoreError(error, 'INVALID_INPUT').message ===
      'concurrency must be a whole number ≥ 1, not 0.'
  )
})
