import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ChecksumsError, parseChecksums } from '../src/index.ts'

const A = 'a'.repeat(64)
const B = 'B'.repeat(64)

test('parseChecksums: both separators, blank lines, CRLF, escaped names', () => {
  const text = [
    `${A}  app-linux.tar.gz`,
    '',
    `${B} *app windows.zip\r`,
    '   ',
    `\\${A}  dir\\\\new\\nline`,
    ''
  ].join('\n')
  assert.deepEqual(parseChecksums(text, { source: 'SHA256SUMS' }), [
    { name: 'app-linux.tar.gz', hex: A, line: 1 },
    { name: 'app windows.zip', hex: B.toLowerCase(), line: 3 },
    { name: 'dir\\new\nline', hex: A, line: 5 }
  ])
  assert.deepEqual(parseChecksums('', { source: 'empty' }), [])
})

test('parseChecksums: malformed lines are refused with the file, the line number and the form expected', () => {
  const refused = (text: string, message: RegExp) =>
    assert.throws(
      () => parseChecksums(text, { source: 'dist/SHA256SUMS' }),
      (error: unknown) => error instanceof ChecksumsError && message.test(error.message)
    )
  const form = /expected "<64 hex digits of sha256><space><space or \*><file name>"/
  refused(
    `${A}  ok\n${A} one-space`,
    new RegExp(`^dist/SHA256SUMS:2: ${form.source}, as sha256sum writes, found "${A} one-space"$`)
  )
  refused(`\n\nSHA256 (app) = ${A}`, /^dist\/SHA256SUMS:3: expected "<64 hex/)
  refused(
    `${'c'.repeat(128)}  app`,
    /^dist\/SHA256SUMS:1: this is a sha512 checksum \(128 hex digits\); cosign signs sha256/
  )
  refused(`${'c'.repeat(40)}  app`, /^dist\/SHA256SUMS:1: the checksum has 40 hex digits, not 64/)
  refused(`${'g'.repeat(64)}  app`, /^dist\/SHA256SUMS:1: expected/)
  refused(`${A}  app\n${B}  app`, /^dist\/SHA256SUMS:2: "app" is already listed on line 1/)
})
