import { test } from 'node:test'
import assert from 'node:assert/strict'
import { commands } from '../src/commands.ts'
import { run } from './run-cli.ts'

test('sign help lists every command', async () => {
  const { code, out } = await run(['help'])
  assert.equal(code, 0)
  assert.match(out, /^usage: sign <command>/)
  assert.match(out, /^ {2}version +print the version of sign$/m)
  assert.match(
    out,
    /^ {2}sign-bundle +sign a file into a Sigstore bundle \(conformance protocol\)$/m
  )
  assert.match(out, /^ {2}verify-bundle +verify a Sigstore bundle \(conformance protocol\)$/m)
})

test('no command means help', async () => {
  assert.match((await run([])).out, /^usage: sign/)
})

test('an unknown command is a usage error (exit 2) that says how to list commands', async () => {
  const { code, out, err } = await run(['sing'])
  assert.equal(code, 2)
  assert.equal(out, '')
  assert.equal(err, 'sign: unknown command "sing". Run \'sign help\' for the list.\n')
})

test('the command list names and summarises each command exactly as its module does', async () => {
  for (const entry of commands) {
    const command = await entry.load()
    assert.equal(command.name, entry.name)
    assert.equal(command.summary, entry.summary, `the summary of ${entry.name}`)
    assert.deepEqual(command.aliases, entry.aliases, `the aliases of ${entry.name}`)
  }
})
