import assert from 'node:assert/strict'
import { test } from 'node:test'
import { MAX_QUOTED_LENGTH, plainOrQuoted, quote, safeLines } from '../src/index.ts'

/** How the Actions runner splits output into lines and picks out workflow commands. */
function runnerCommands(output: string): string[] {
  return output
    .split(/\r\n|\r|\n/u)
    .map(line => line.trimStart())
    .filter(line => line.startsWith('::') || line.startsWith('##['))
}

const ATTACKS = [
  'a\n::warning::forged',
  'a\r::add-mask::hidden',
  'a\r\n  ::error file=x::forged',
  '::set-output name=verified::true',
  '##[warning]legacy form',
  '\u00a0::stop-commands::token',
  'a\u2028::warning::separator',
  'ansi \u001b[31mred\u001b[0m',
  'bidi \u202egnp.exe'
]

test('quote keeps outside text on one line, quoted, with every control character escaped', () => {
  assert.equal(quote('dist/app.tar.gz'), '"dist/app.tar.gz"')
  assert.equal(quote('a\n::warning::x'), '"a\\n::warning::x"')
  assert.equal(quote('cr\rlf'), '"cr\\rlf"')
  assert.equal(quote('say "hi" \\ there'), '"say \\"hi\\" \\\\ there"')
  assert.equal(quote('\u001b[31m'), '"\\u001b[31m"')
  assert.equal(quote('\u0085 \u2028 \u202e \u2066'), '"\\u0085 \\u2028 \\u202e \\u2066"')
  for (const attack of ATTACKS) {
    const quoted = quote(attack)
    assert.equal(runnerCommands(quoted).length, 0, quoted)
    const unsafe = [...quoted].filter(char => {
      const code = char.codePointAt(0) ?? 0
      return code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x2028 && code <= 0x202e)
    })
    assert.deepEqual(unsafe, [], quoted)
    assert.equal(JSON.parse(quoted), attack, 'the escaping is JSON, so it reads back exactly')
  }
})

test('quote cuts long outside text and says how much was left out', () => {
  const quoted = quote('x'.repeat(MAX_QUOTED_LENGTH + 100))
  assert.equal(quoted, `"${'x'.repeat(MAX_QUOTED_LENGTH)}"… (100 more characters)`)
  assert.equal(quote('é'.repeat(MAX_QUOTED_LENGTH)), `"${'é'.repeat(MAX_QUOTED_LENGTH)}"`)
})

test('safeLines: no printed line can start a workflow command, whatever the message holds', () => {
  for (const attack of ATTACKS) {
    const printed = safeLines(`found ${attack}\n${attack}`)
    assert.deepEqual(runnerCommands(printed), [], printed)
  }
  assert.equal(safeLines('a\n::warning::x'), 'a\n\\::warning::x')
  assert.equal(safeLines('  ::add-mask::x'), '  \\::add-mask::x')
  assert.equal(safeLines('##[group]x'), '\\##[group]x')
  assert.equal(safeLines('a\r::warning::x'), 'a\\u000d::warning::x')
})

test('safeLines leaves our own text alone: lines, tabs, colons inside a line, JSON', () => {
  const own = 'verify: 2 subjects\n\tsha256:abc ok\nidentity https://github.com/o/r::x'
  assert.equal(safeLines(own), own)
  const json = JSON.stringify({ name: 'a\u2028b\u0085c', ok: true }, null, 2)
  const printed = safeLines(json)
  assert.deepEqual(JSON.parse(printed), { name: 'a\u2028b\u0085c', ok: true })
})

test('plainOrQuoted shows plain values as they are and quotes anything unusual', () => {
  for (const plain of [
    'sha256:0123abcd',
    'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.0.0',
    'dist/app-linux-amd64.tar.gz',
    'registry.example:5000/app@sha256:00'
  ]) {
    assert.equal(plainOrQuoted(plain), plain)
  }
  assert.equal(plainOrQuoted('a\nPASS forged'), '"a\\nPASS forged"')
  assert.equal(plainOrQuoted('::warning::x'), '"::warning::x"')
  assert.equal(plainOrQuoted('##[group]x'), '"##[group]x"')
  assert.equal(plainOrQuoted('say "hi"'), '"say \\"hi\\""')
  assert.equal(plainOrQuoted(' leading space'), '" leading space"')
  assert.equal(plainOrQuoted('é'), '"é"')
  assert.equal(plainOrQuoted(''), '""')
})
