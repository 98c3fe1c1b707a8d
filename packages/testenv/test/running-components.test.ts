import assert from 'node:assert/strict'
import { test } from 'node:test'
import { runningComponents, startAll } from '../src/index.ts'

function component(name: string, log: string[]) {
  return { name, stop: () => Promise.resolve(void log.push(`stop ${name}`)) }
}

test('running components stop last-started first, once', async () => {
  const log: string[] = []
  const running = runningComponents()
  const a = running.add(component('a', log))
  running.add(component('b', log))
  assert.equal(a.name, 'a', 'add returns the component')
  await running.stop()
  await running.stop()
  assert.deepEqual(log, ['stop b', 'stop a'])
})

test('startAll stops what was started when a later start fails, and rethrows', async () => {
  const log: string[] = []
  const failure = new Error('the registry did not start')
  await assert.rejects(
    startAll(async running => {
      running.add(component('issuer', log))
      running.add(component('stack', log))
      await Promise.reject(failure)
    }),
    error => error === failure
  )
  assert.deepEqual(log, ['stop stack', 'stop issuer'])
  const started = await startAll(running => Promise.resolve(running.add(component('ok', log))))
  assert.equal(started.name, 'ok')
  assert.deepEqual(log, ['stop stack', 'stop issuer'], 'nothing stopped on success')
})
