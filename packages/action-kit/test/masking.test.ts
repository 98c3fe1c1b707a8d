import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findSecretLeaks } from '@sign/testenv'
import { runFixture } from './helpers.ts'

test('maskSecret registers a value with ::add-mask::', async () => {
  const result = await runFixture('mask', { inputs: { value: 'pa55-w0rd%' } })
  assert.equal(result.exitCode, 0, result.log)
  assert.equal(result.log, '::add-mask::pa55-w0rd%25\n')
  assert.deepEqual(result.masks, ['pa55-w0rd%'])
})

test('maskSecret registers a multi-line value whole and each non-empty line, trimmed, once', async () => {
  const pem = [
    '-----BEGIN PRIVATE KEY-----',
    '  MIGHAgEAMBMGByqGSM49AgEGCCqGSM49',
    '',
    'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49',
    '-----END PRIVATE KEY-----'
  ].join('\r\n')
  const result = await runFixture('mask', { inputs: { value: pem } })
  assert.equal(result.exitCode, 0, result.log)
  assert.deepEqual(result.masks, [
    pem,
    '-----BEGIN PRIVATE KEY-----',
    'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49',
    '-----END PRIVATE KEY-----'
  ])
  assert.deepEqual(findSecretLeaks(result, pem), [])
})

test('secretInput masks the value before returning it; an empty input is undefined and masks nothing', async () => {
  const set = await runFixture('secret-input', { inputs: { token: 'ghp_s3cr3t' } })
  assert.equal(set.exitCode, 0, set.log)
  assert.equal(set.log, '::add-mask::ghp_s3cr3t\nset\n', 'masked before anything else is printed')
  const unset = await runFixture('secret-input', { inputs: { token: '' } })
  assert.deepEqual(unset.masks, [])
  assert.equal(unset.log, 'unset\n')
})
