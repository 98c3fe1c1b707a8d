import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { failureKind, mappedStack, serviceAnswer } from '../src/index.ts'

test('failureKind reads a known kind off an Error; anything else is internal', () => {
  const remote = Object.assign(new Error('down'), { kind: 'remote' })
  assert.equal(failureKind({ error: remote }), 'remote')
  assert.equal(failureKind({ error: Object.assign(new Error('x'), { kind: 'bogus' }) }), 'internal')
  assert.equal(failureKind({ error: new TypeError('bug') }), 'internal')
  assert.equal(failureKind({ error: { kind: 'remote', message: 'not an Error' } }), 'internal')
  assert.equal(failureKind({ error: 'a string' }), 'internal')
})

test('serviceAnswer adds only the status and code the message does not already say', () => {
  assert.deepEqual(
    serviceAnswer({ message: 'resolve failed', status: 503, serviceCode: 'UNAVAILABLE' }),
    ['HTTP 503', 'service code UNAVAILABLE']
  )
  assert.deepEqual(
    serviceAnswer({ message: 'failed: HTTP 403 "DENIED"', status: 403, serviceCode: 'DENIED' }),
    []
  )
  assert.deepEqual(serviceAnswer({ message: 'no answer' }), [])
})

test('mappedStack: a bundle position becomes its TypeScript place; frames without a map stay', async t => {
  const dir = await mkdtemp(join(tmpdir(), 'sign-mapped-stack-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  // dist/<name>/part.js, one line; the map says column 10 of line 1 is line 3, column 5 of run.ts.
  const bundle = join(dir, 'part.js')
  await writeFile(bundle, 'function a(){throw new Error("x")}\n')
  await writeFile(
    `${bundle}.map`,
    JSON.stringify({
      version: 3,
      sources: ['../../actions/verify/src/run.ts'],
      names: [],
      mappings: 'UAEI' // generated column 10 → source 0, line 2, column 4 (0-based)
    })
  )
  const stack = [
    'Error: x',
    `    at run (${bundle}:1:11)`,
    `    at file://${bundle}:1:11`,
    '    at other (/elsewhere/no-map.js:5:6)',
    '    at node:internal/main:1:1'
  ].join('\n')
  assert.equal(
    mappedStack({ stack }),
    [
      'Error: x',
      '    at run (actions/verify/src/run.ts:3:5)',
      '    at actions/verify/src/run.ts:3:5',
      '    at other (/elsewhere/no-map.js:5:6)',
      '    at node:internal/main:1:1'
    ].join('\n')
  )
})
