import { test } from 'node:test'
import assert from 'node:assert/strict'
import { runFixture } from './helpers.ts'

test('actionsLogger writes info, ::debug:: and ::warning::; group wraps and returns', async () => {
  const result = await runFixture('log')
  assert.equal(result.exitCode, 0, result.log)
  assert.equal(
    result.log,
    [
      '::group::Phase one',
      'inside the group',
      '::debug::a debug line',
      '::endgroup::',
      '::warning::a warning%0Aover two lines',
      ''
    ].join('\n')
  )
  assert.deepEqual(result.groups, ['Phase one'])
  assert.deepEqual(result.debug, ['a debug line'])
  assert.deepEqual(result.annotations, [
    { level: 'warning', message: 'a warning\nover two lines', properties: {} }
  ])
  assert.deepEqual(result.outputs, { result: '42' })
})
