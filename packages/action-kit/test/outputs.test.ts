import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setOutputs } from '../src/index.ts'
import { parseKeyValueFile } from '@sign/testenv'
import { setEnv } from './helpers.ts'

/** Points GITHUB_OUTPUT at a fresh file for the test; returns a reader of what was written. */
async function outputFile(t: TestContext): Promise<() => Promise<string>> {
  const dir = await mkdtemp(join(tmpdir(), 'action-kit-outputs-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  const file = join(dir, 'output')
  await writeFile(file, '')
  setEnv(t, { GITHUB_OUTPUT: file })
  return () => readFile(file, 'utf8')
}

test('setOutputs writes strings as they are and everything else as JSON, in heredoc blocks', async t => {
  const read = await outputFile(t)
  setOutputs({
    digest: 'sha256:abc',
    multiline: 'line 1\nline 2',
    count: 3,
    verified: false,
    nothing: null,
    skipped: undefined,
    subjects: [{ name: 'a', size: 10n ** 20n }],
    when: new Date(Date.UTC(2026, 0, 2))
  })
  const text = await read()
  assert.match(
    text,
    /^digest<<ghadelimiter_[0-9a-f-]{36}\nsha256:abc\nghadelimiter_[0-9a-f-]{36}\n/
  )
  assert.deepEqual(parseKeyValueFile({ text, file: 'GITHUB_OUTPUT' }), {
    digest: 'sha256:abc',
    multiline: 'line 1\nline 2',
    count: '3',
    verified: 'false',
    nothing: 'null',
    subjects: '[{"name":"a","size":"100000000000000000000"}]',
    when: '"2026-01-02T00:00:00.000Z"'
  })
})

test('setOutputs refuses bytes, naming the output, and then writes nothing at all', async t => {
  const read = await outputFile(t)
  for (const bytes of [Buffer.from('hi'), new Uint8Array([1]), { nested: [Buffer.from('x')] }]) {
    assert.throws(() => setOutputs({ first: 'ok', blob: bytes }), {
      name: 'TypeError',
      message: "Output 'blob' holds bytes: encode them as hex or base64 first."
    })
  }
  assert.equal(await read(), '')
})
