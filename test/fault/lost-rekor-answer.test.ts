// Sigstore behind the fault proxy: a Rekor entry whose answer is lost after Rekor logged it is
// not logged twice — the retried proposal meets 409 and the existing entry is fetched.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createBundleSigner, functionIdentityProvider } from '@sign/sigstore'
import { startFaultProxy, startOidcIssuer, startSigstoreStack } from '@sign/testenv'

test('a lost answer to a Rekor proposal: the retry meets 409 and the logged entry is used', async t => {
  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const stack = await startSigstoreStack({ oidcIssuers: [oidc] })
  t.after(() => stack.stop())
  const proxy = await startFaultProxy({
    upstream: stack.url,
    seed: 'rekor',
    rate: 1,
    kinds: ['drop-response'],
    eligible: key =>
      key.method === 'POST' && key.path === '/api/v1/log/entries' && key.attempt === 1
  })
  t.after(() => proxy.stop())
  const signer = createBundleSigner({
    instance: { fulcioUrl: stack.fulcioUrl, rekorUrl: proxy.url, rekorVersion: 1 },
    identityProvider: functionIdentityProvider(() =>
      Promise.resolve(oidc.mint({ audience: 'sigstore' }))
    )
  })
  const signed = await signer.signBytes(Buffer.from('release file\n'))
  const [entry] = signed.bundle.verificationMaterial.tlogEntries
  assert.ok(entry, 'the bundle carries the Rekor entry')
  assert.deepEqual(
    proxy.log.map(
      r => `${r.method} ${r.path.replace(/[0-9a-f]{64}$/u, '<uuid>')} ${r.fault ?? r.status}`
    ),
    [
      'POST /api/v1/log/entries drop-response',
      'POST /api/v1/log/entries 409',
      'GET /api/v1/log/entries/<uuid> 200'
    ]
  )
  assert.equal(stack.requests.rekor, 3)
})
