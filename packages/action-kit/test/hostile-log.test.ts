// Text an attacker chose reaches every sink action-kit offers; the runner must read no command
// from it. The oracle is the test environment's runner, which splits lines and parses commands as
// the Actions runner does (CR, LF and CRLF end a line; leading white space is trimmed).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { runFixture } from './helpers.ts'

test('outside text in info, debug, warning, group, summary and failure starts no command', async () => {
  const result = await runFixture('hostile-log')
  assert.equal(result.exitCode, 1, result.log)
  // Exactly the commands the fixture issues itself: one group, one debug line, a warning and the
  // failure. Nothing forged: no mask, no notice, no extra warning or error, no second group.
  assert.equal(result.masks.length, 0, result.log)
  assert.equal(result.groups.length, 1)
  assert.equal(result.debug.length, 2, "the debug line and the internal error's stack")
  assert.deepEqual(
    result.annotations.map(annotation => annotation.level),
    ['warning', 'error'],
    result.log
  )
  for (const line of result.log.split(/\r\n|\r|\n/)) {
    const start = line.trimStart()
    if (!start.startsWith('::') && !start.startsWith('##[')) continue
    assert.match(start, /^::(group|endgroup|debug|warning|error)::/, `forged command: ${line}`)
  }
  // The hostile lines are still shown, neutralised and readable.
  assert.match(result.log, /^\\::warning::forged by a file name/m)
  assert.match(result.log, /b\\u000d::add-mask::hidden/)
  assert.match(result.log, /^ {2}\\::error title=forged::by a registry body/m)
  assert.match(result.log, /\\##\[warning\]legacy form/)
  assert.match(result.log, /ansi \\u001b\[2J clears the screen/)
  assert.deepEqual(rawControls(result.log), [], 'no raw CR, ESC or line separator in the log')
  // The summary cell keeps the text as text: entities, escapes, <br> for line feeds.
  assert.match(
    result.summary,
    /<td>a<br>::warning::forged by a file name<br>b\\u000d::add-mask::hidden<br>/
  )
  assert.deepEqual(rawControls(result.summary), [], 'none in the summary either')
})

/** The carriage returns, escapes and line separators in `text`, which must all be escaped. */
function rawControls(text: string): string[] {
  return [...text].filter(char => char === '\r' || char === '\u001b' || char === '\u2028')
}
