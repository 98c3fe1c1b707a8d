import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ConfigurationError } from '../src/index.ts'
import { runFixture } from './helpers.ts'

const INTERNAL_HINT =
  /\nThis is an internal error in the action, not a mistake in your workflow\. .*ACTIONS_STEP_DEBUG/

test('ConfigurationError carries a fix and a cause, and is told apart from other errors', () => {
  const cause = new Error('root')
  const error = new ConfigurationError('wrong', { fix: 'with:\n  x: y', cause })
  assert.ok(error instanceof Error)
  assert.equal(error.name, 'ConfigurationError')
  assert.equal(error.fix, 'with:\n  x: y')
  assert.equal(error.cause, cause)
  assert.equal(new ConfigurationError('no fix').fix, undefined)
  assert.equal('cause' in new ConfigurationError('no cause'), false)
  assert.equal(new TypeError('x') instanceof ConfigurationError, false)
})

test('runAction: a ConfigurationError fails with its message and fix, causes at debug', async () => {
  const result = await runFixture('throw', { inputs: { kind: 'configuration' } })
  assert.equal(result.exitCode, 1)
  assert.deepEqual(result.annotations, [
    {
      level: 'error',
      message: "Input 'format' must be one of: jws, cose. Write:\nwith:\n  format: jws",
      properties: {}
    }
  ])
  assert.deepEqual(result.debug, [
    'caused by: Error: while validating inputs',
    'caused by: Error: socket hang up (code ECONNRESET)'
  ])
})

test('runAction: an internal error gets the internal-error hint, its stack and causes at debug', async () => {
  const result = await runFixture('throw', { inputs: { kind: 'internal' } })
  assert.equal(result.exitCode, 1)
  const [error] = result.annotations
  assert.equal(result.annotations.length, 1)
  assert.equal(error?.level, 'error')
  assert.match(error?.message ?? '', /^Internal error: cannot read the manifest\n/)
  assert.match(error?.message ?? '', INTERNAL_HINT)
  assert.match(result.debug[0] ?? '', /^TypeError: cannot read the manifest\n {4}at /)
  assert.equal(result.debug[1], 'caused by: Error: socket hang up (code ECONNRESET)')
})

test('runAction: a verification failure names each subject and each signature, no report hint', async () => {
  const result = await runFixture('throw', { inputs: { kind: 'verification' } })
  assert.equal(result.exitCode, 1)
  assert.deepEqual(
    result.annotations.map(annotation => [annotation.level, annotation.message]),
    [
      [
        'error',
        'Verification failed: 1 of 2 subject(s) did not pass the policy:\n' +
          '- dist/app.bin: signature by release: not met (1 found, 1 failed verification)\n' +
          "    sigstore-bundle at dist/app.bin.sigstore.json (file): failed — does not match the bundle's message digest"
      ]
    ]
  )
  assert.doesNotMatch(result.log, /internal error|report the issue/i)
})

test('runAction: a remote failure names the service, status, code and what to check', async () => {
  const result = await runFixture('throw', { inputs: { kind: 'remote' } })
  assert.equal(result.exitCode, 1)
  assert.deepEqual(
    result.annotations.map(annotation => annotation.message),
    [
      'A remote service failed: manifest.get on 127.0.0.1:5000/octo-org/app failed: HTTP 503 (service code UNAVAILABLE)\n' +
        "Check: the registry's status, and re-run the job"
    ]
  )
  assert.doesNotMatch(result.log, /internal error|report the issue/i)
  assert.deepEqual(result.debug, ['caused by: Error: socket hang up (code ECONNRESET)'])
})

test('runAction: non-Error throws fail too, and objects are described without their content', async () => {
  const thrownString = await runFixture('throw', { inputs: { kind: 'string' } })
  assert.equal(thrownString.exitCode, 1)
  assert.match(thrownString.annotations[0]?.message ?? '', /^Internal error: a plain string\n/)
  assert.match(thrownString.annotations[0]?.message ?? '', INTERNAL_HINT)

  const thrownObject = await runFixture('throw', { inputs: { kind: 'object' } })
  assert.equal(thrownObject.exitCode, 1)
  assert.match(
    thrownObject.annotations[0]?.message ?? '',
    /^Internal error: a thrown Object that is not an Error\n/
  )
  assert.doesNotMatch(thrownObject.log, /object-held-s3cret/)
})

test('runAction: success leaves exit code 0 and no annotations', async () => {
  const result = await runFixture('throw', { inputs: { kind: 'none' } })
  assert.equal(result.exitCode, 0)
  assert.deepEqual(result.annotations, [])
  assert.equal(result.log, '')
})

test('runAction: a failed step writes a short ❌ summary: what happened, what to do, what was done', async () => {
  const configuration = await runFixture('throw', { inputs: { kind: 'configuration' } })
  assert.equal(
    configuration.summary,
    '<h2>❌ Fixture: failed</h2>\n\n' +
      '<p><strong>Configuration error:</strong> Input &#39;format&#39; must be one of: jws, cose. Write:</p>\n\n' +
      '<p><strong>What to do:</strong></p>\n\n' +
      '```\nwith:\n  format: jws\n```\n\n' +
      '<p>Nothing was done.</p>\n\n'
  )
  // What the step said it had done replaces "nothing"; a remote failure says what to check.
  const remote = await runFixture('throw', { inputs: { kind: 'remote' } })
  assert.match(remote.summary, /<p><strong>A remote service failed:<\/strong> manifest\.get on /)
  assert.match(remote.summary, /<strong>What to do:<\/strong> Check: the registry&#39;s status/)
  assert.match(
    remote.summary,
    /<p>The signatures made before the failure are listed in the log\.<\/p>/
  )
  assert.doesNotMatch(remote.summary, /Nothing was done/)
})

test('runAction: a step that wrote its own summary gets no failure summary on top', async () => {
  const result = await runFixture('throw', { inputs: { kind: 'verification' } })
  assert.equal(result.summary, '<h2>The report</h2>\n\n')
})

test('runAction: show-summary: false means no failure summary either', async () => {
  const result = await runFixture('throw', {
    inputs: { kind: 'configuration', 'show-summary': 'false' }
  })
  assert.equal(result.exitCode, 1)
  assert.equal(result.summary, '')
})

test('runAction: an error whose cause is undefined logs no "caused by: undefined"', async () => {
  const result = await runFixture('throw', { inputs: { kind: 'undefined-cause' } })
  assert.match(result.annotations[0]?.message ?? '', /^Internal error: no cause after all/)
  assert.ok(!result.debug.some(line => line.startsWith('caused by')), result.debug.join('\n'))
})
