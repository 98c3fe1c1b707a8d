import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  ConfigurationError,
  booleanInput,
  durationInput,
  enumInput,
  integerInput,
  listInput,
  multilineInput,
  optionalInput,
  requiredInput
} from '../src/index.ts'
import { setEnv } from './helpers.ts'

/** Asserts that `fn` throws a ConfigurationError with exactly this message and fix. */
function assertConfigurationError(fn: () => unknown, message: string, fix: string): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof ConfigurationError, `a ConfigurationError, not ${String(error)}`)
    assert.equal(error.message, message)
    assert.equal(error.fix, fix)
    return true
  })
}

test('requiredInput and optionalInput read INPUT_<NAME> as core does, trimmed', t => {
  setEnv(t, {
    'INPUT_SUBJECT-PATH': '  dist/*.tgz \n',
    INPUT_MY_SETTING: 'spaces become underscores',
    INPUT_EMPTY: '',
    INPUT_BLANK: '   '
  })
  assert.equal(requiredInput('subject-path'), 'dist/*.tgz')
  assert.equal(requiredInput('my setting'), 'spaces become underscores')
  assert.equal(optionalInput('empty'), undefined)
  assert.equal(optionalInput('blank'), undefined)
  assert.equal(optionalInput('never-set'), undefined)
  assertConfigurationError(
    () => requiredInput('blank'),
    "Input 'blank' is required but the step does not set it. Write for example:",
    'with:\n  blank: <value>'
  )
})

test('booleanInput accepts exactly the YAML 1.2 core booleans and names the rest', t => {
  const accepted = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false }
  for (const [text, value] of Object.entries(accepted)) {
    setEnv(t, { 'INPUT_SHOW-SUMMARY': text })
    assert.equal(booleanInput('show-summary', { default: !value }), value, text)
  }
  setEnv(t, { 'INPUT_SHOW-SUMMARY': '' })
  assert.equal(booleanInput('show-summary', { default: true }), true)
  setEnv(t, { 'INPUT_SHOW-SUMMARY': 'yes-secretly' })
  assertConfigurationError(
    () => booleanInput('show-summary', { default: true }),
    "Input 'show-summary' must be true or false (accepted: true, True, TRUE, false, False, " +
      'FALSE). Write for example:',
    'with:\n  show-summary: false'
  )
})

test('listInput splits on newlines and commas, or on newlines only; multilineInput by lines', t => {
  setEnv(t, { INPUT_TAGS: ' a, b\n\nc,,\n  d  \r\ne,f ', INPUT_NONE: '' })
  assert.deepEqual(listInput('tags'), ['a', 'b', 'c', 'd', 'e', 'f'])
  assert.deepEqual(listInput('tags', { separator: 'newline' }), ['a, b', 'c,,', 'd', 'e,f'])
  assert.deepEqual(multilineInput('tags'), ['a, b', 'c,,', 'd', 'e,f'])
  assert.deepEqual(listInput('none'), [])
})

test('enumInput returns an allowed value or the default, and lists the allowed values', t => {
  const options = { allowed: ['jws', 'cose'] as const, default: 'jws' as const }
  setEnv(t, { 'INPUT_SIGNATURE-FORMAT': 'cose' })
  assert.equal(enumInput('signature-format', options), 'cose')
  setEnv(t, { 'INPUT_SIGNATURE-FORMAT': '' })
  assert.equal(enumInput('signature-format', options), 'jws')
  setEnv(t, { 'INPUT_SIGNATURE-FORMAT': 'COSE' })
  assertConfigurationError(
    () => enumInput('signature-format', options),
    "Input 'signature-format' must be one of: jws, cose. Write for example:",
    'with:\n  signature-format: jws'
  )
})

test('integerInput and durationInput parse, apply defaults and state the accepted form', t => {
  setEnv(t, {
    INPUT_CONCURRENCY: '+8',
    INPUT_TIMEOUT: '90s',
    INPUT_WAIT: '15',
    INPUT_SHORT: '250ms'
  })
  const range = { default: 4, min: 1, max: 64 }
  assert.equal(integerInput('concurrency', range), 8)
  assert.equal(integerInput('unset', range), 4)
  assert.equal(durationInput('timeout', { defaultMs: 1000 }), 90_000)
  assert.equal(durationInput('wait', { defaultMs: 1000 }), 15_000)
  assert.equal(durationInput('short', { defaultMs: 1000 }), 250)
  assert.equal(durationInput('unset', { defaultMs: 120_000 }), 120_000)
  for (const bad of ['0', '65', '2.5', '1e3']) {
    setEnv(t, { INPUT_CONCURRENCY: bad })
    assertConfigurationError(
      () => integerInput('concurrency', range),
      "Input 'concurrency' must be a whole number from 1 to 64. Write for example:",
      'with:\n  concurrency: 4'
    )
  }
  setEnv(t, { INPUT_TIMEOUT: '5 minutes' })
  assertConfigurationError(
    () => durationInput('timeout', { defaultMs: 300_000 }),
    "Input 'timeout' must be a duration such as 500ms, 90s, 5m or 1h (a number alone means " +
      'seconds). Write for example:',
    'with:\n  timeout: 300s'
  )
})
