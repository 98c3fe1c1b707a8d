import { test } from 'node:test'
import assert from 'node:assert/strict'
import { failureKind, serviceAnswer } from '../src/index.ts'

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
