import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { closeServer, listenOnLoopback, RegistryStartError, startRegistry } from '../src/index.ts'

test('registry: a taken port is retried on another one, the log says why', async t => {
  const squatter = createServer(socket => socket.destroy())
  const { port: taken } = await listenOnLoopback(squatter)
  t.after(() => closeServer(squatter))
  const registry = await startRegistry({ mode: 'anonymous', port: taken })
  t.after(() => registry.stop())
  assert.notEqual(registry.port, taken)
  assert.match(readFileSync(registry.logPath, 'utf8'), /bind: address already in use/)
  const v2 = await fetch(`${registry.url}/v2/`)
  assert.equal(v2.status, 200)
  assert.equal(v2.headers.get('docker-distribution-api-version'), 'registry/2.0')
  await registry.stop()
})

test('registry: a process that exits at start-up is reported with its log tail', async t => {
  // A private TMPDIR shows that the failed start leaves no temp directory behind.
  const saved = process.env['TMPDIR']
  const privateTmp = mkdtempSync(join(tmpdir(), 'registry-test-'))
  process.env['TMPDIR'] = privateTmp
  t.after(() => {
    if (saved === undefined) delete process.env['TMPDIR']
    else process.env['TMPDIR'] = saved
    rmSync(privateTmp, { recursive: true, force: true })
  })
  await assert.rejects(startRegistry({ mode: 'anonymous', port: 70_000 }), (error: unknown) => {
    assert.ok(error instanceof RegistryStartError)
    assert.equal(error.code, 'EXITED')
    assert.match(error.message, /exited with code 1 before answering/)
    assert.match(error.message, /invalid port/, 'the tail of the registry log')
    return true
  })
  assert.deepEqual(readdirSync(privateTmp), [])
})
