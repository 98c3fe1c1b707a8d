import { test } from 'node:test'
import assert from 'node:assert/strict'
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import type { ClientRequest } from 'node:http'
import { createBundleSigner, resolveInstance } from '../src/index.ts'
import { artifact, startServices, tokens } from './signer-fixtures.ts'

/** The most Rekor requests in flight at once while `task` runs, seen from node:http. */
async function peakRekorRequests(task: () => Promise<unknown>): Promise<number> {
  let inFlight = 0
  let peak = 0
  const isRekor = (message: unknown) =>
    (message as { request: ClientRequest }).request.path.startsWith('/api/v1/log/entries')
  const created = (message: unknown) => {
    if (isRekor(message)) peak = Math.max(peak, ++inFlight)
  }
  const finished = (message: unknown) => {
    if (isRekor(message)) inFlight--
  }
  subscribe('http.client.request.created', created)
  subscribe('http.client.response.finish', finished)
  try {
    await task()
  } finally {
    unsubscribe('http.client.request.created', created)
    unsubscribe('http.client.response.finish', finished)
  }
  return peak
}

test('signer: log requests run in parallel across artifacts, at most `concurrency` at once', async t => {
  const { oidc, stack } = await startServices(t)
  const instance = resolveInstance({ fulcioUrl: stack.fulcioUrl, rekorUrl: stack.rekorUrl })
  const peaks: Record<string, number> = {}
  for (const concurrency of [2, 8]) {
    const signer = createBundleSigner({ instance, identityProvider: tokens(oidc), concurrency })
    const digests = Array.from({ length: 16 }, () => artifact().digest)
    peaks[concurrency] = await peakRekorRequests(() =>
      Promise.all(digests.map(digest => signer.signDigest({ algorithm: 'sha256', digest })))
    )
    assert.deepEqual(signer.stats(), { fulcio: 1, rekor: 16, tsa: 0 })
  }
  assert.deepEqual(peaks, { 2: 2, 8: 8 })
})
