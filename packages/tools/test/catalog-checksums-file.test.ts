import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { parseChecksumsFile, ToolsError } from '../src/index.ts'

const A = 'a'.repeat(64)
const B = 'b'.repeat(64)

test('parseChecksumsFile: reads a real release checksums file (cosign v3.1.3)', () => {
  const text = readFileSync(
    new URL('regen-fixtures/cosign-3.1.3/cosign_checksums.txt', import.meta.url),
    'utf8'
  )
  const sums = parseChecksumsFile({ text, source: 'cosign_checksums.txt' })
  assert.equal(sums.size, 40)
  assert.equal(
    sums.get('cosign-linux-amd64'),
    '4629c757b7618056f8ddd7e2625ae9fdd94c0372a65049520bc7d9df9efc7f71'
  )
  assert.equal(
    sums.get('cosign-windows-amd64.exe'),
    '9fe59be0eca1271873ce019061335eb1ac419b7059202e797828467ddabe33be'
  )
})

test('parseChecksumsFile: binary markers, CRLF, ./ prefixes, upper-case hex and blank lines', () => {
  const text = `${A}  tool_linux_amd64.tar.gz\r\n\n${B} *tool_windows_amd64.zip\n${'C'.repeat(64)}  ./tool.exe\n`
  const sums = parseChecksumsFile({ text, source: 'sums' })
  assert.deepEqual(
    [...sums],
    [
      ['tool_linux_amd64.tar.gz', A],
      ['tool_windows_amd64.zip', B],
      ['tool.exe', 'c'.repeat(64)]
    ]
  )
})

test('parseChecksumsFile: malformed lines are refused with their number', () => {
  const cases: [string, number][] = [
    [`${A}  ok\nnot a checksum line\n`, 2],
    [`${A.slice(1)}  short\n`, 1],
    [`${A} single-space-is-not-sha256sum\n`, 1],
    [`${A}  \n`, 1],
    [`\n\n${A}  trailing-space \n`, 3],
    [`${'g'.repeat(64)}  not-hex\n`, 1]
  ]
  for (const [text, line] of cases) {
    assert.throws(
      () => parseChecksumsFile({ text, source: 'https://example.com/sums.txt' }),
      (error: unknown) =>
        error instanceof ToolsError &&
        error.code === 'INVALID_INPUT' &&
        error.message.startsWith(
          `Checksums file https://example.com/sums.txt: line ${line} is not`
        ),
      JSON.stringify(text)
    )
  }
})

test('parseChecksumsFile: a file listed twice with different sums, or no files, is refused', () => {
  assert.throws(
    () => parseChecksumsFile({ text: `${A}  x\n${B}  x\n`, source: 's' }),
    (error: unknown) =>
      error instanceof ToolsError &&
      error.code === 'INVALID_INPUT' &&
      error.message.startsWith('Checksums file s: line 2 lists x again with a different checksum')
  )
  assert.deepEqual([...parseChecksumsFile({ text: `${A}  x\n${A} *x\n`, source: 's' })], [['x', A]])
  assert.throws(
    () => parseChecksumsFile({ text: '\n\n', source: 'empty' }),
    (error: unknown) =>
      error instanceof ToolsError &&
      error.code === 'INVALID_INPUT' &&
      error.message.startsWith('Checksums file empty lists no files')
  )
})
