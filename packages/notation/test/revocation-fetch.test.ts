import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fetchBytes } from '../src/revocation/fetch-bytes.ts'
import { startFileServer } from './revocation-fixtures/servers.ts'
import type { RunningServer } from './revocation-fixtures/servers.ts'

// The limits of the one HTTP path OCSP and CRL downloads take, against a real file server.

let dir: string
let server: RunningServer

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'revocation-fetch-'))
  await writeFile(join(dir, 'big.crl'), Buffer.alloc(4096, 1))
  server = await startFileServer({ root: dir })
})

after(async () => {
  await server?.stop()
  await rm(dir, { recursive: true, force: true })
})

const base = { fetch: globalThis.fetch, timeoutMs: 2000 }

test('a body within the limit is returned whole', async () => {
  const body = await fetchBytes({ ...base, url: `${server.url}/big.crl`, maxBytes: 4096 })
  assert.deepEqual(body, Buffer.alloc(4096, 1))
})

test('a body over the limit is refused', async () => {
  await assert.rejects(fetchBytes({ ...base, url: `${server.url}/big.crl`, maxBytes: 1024 }), {
    code: 'VERIFICATION_FAILED',
    message: 'response larger than 1 KiB'
  })
})

test('an HTTP error status is the reason', async () => {
  await assert.rejects(fetchBytes({ ...base, url: `${server.url}/missing.crl`, maxBytes: 1024 }), {
    code: 'VERIFICATION_FAILED',
    message: 'HTTP 404'
  })
})

test('only http and https; never a URL with credentials', async () => {
  await assert.rejects(
    fetchBytes({ ...base, url: 'ldap://127.0.0.1/cn=CA?certificateRevocationList', maxBytes: 1 }),
    { code: 'VERIFICATION_FAILED', message: 'unsupported scheme ldap (only http and https)' }
  )
  const withCredentials = `http://user:secret@127.0.0.1:${server.port}/big.crl`
  await assert.rejects(fetchBytes({ ...base, url: withCredentials, maxBytes: 4096 }), {
    code: 'VERIFICATION_FAILED',
    message: 'URLs with credentials are not used'
  })
})

test('the time limit holds even for a fetch that ignores its AbortSignal', async () => {
  // No real component: what is tested is a caller-supplied fetch that never settles.
  const stuck: typeof globalThis.fetch = () => new Promise<Response>(() => undefined)
  const started = Date.now()
  await assert.rejects(
    fetchBytes({ fetch: stuck, timeoutMs: 200, url: `${server.url}/big.crl`, maxBytes: 4096 }),
    { code: 'VERIFICATION_FAILED', message: 'timed out after 200 ms' }
  )
  assert.ok(Date.now() - started < 1000)
})
