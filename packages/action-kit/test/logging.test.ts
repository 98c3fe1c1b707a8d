import { test } from 'node:test'
import assert from 'node:assert/strict'
import { phase } from '../src/index.ts'
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

test('phase: a log group around work on the items, and no group nor call when there are none', async () => {
  const written: string[] = []
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = (chunk: string) => {
    written.push(String(chunk))
    return true
  }
  let calls = 0
  let results: string[][]
  try {
    results = [
      await phase({
        name: 'Hash the files',
        items: ['a', 'b'],
        run: items => {
          calls++
          return Promise.resolve(items.map(item => item.toUpperCase()))
        }
      }),
      await phase({
        name: 'Resolve images',
        items: [] as string[],
        run: () => {
          calls++
          return Promise.resolve(['never'])
        }
      })
    ]
  } finally {
    process.stdout.write = write
  }
  assert.deepEqual(results, [['A', 'B'], []])
  assert.equal(calls, 1)
  // (The test runner reports on stdout too: only workflow commands are ours.)
  const commands = written
    .join('')
    .split('\n')
    .filter(line => line.startsWith('::'))
  assert.deepEqual(commands, ['::group::Hash the files', '::endgroup::'])
})
