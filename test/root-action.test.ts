// The root action (`uses: org/sign@v1`) is the sign pipeline: its action.yml is
// actions/sign/action.yml but for where the bundle lies, so the two never drift apart, and it
// carries the Marketplace branding.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')

test('the root action.yml is actions/sign/action.yml with the bundle path from the repository root', () => {
  const rootYml = readFileSync(join(root, 'action.yml'), 'utf8')
  const actionYml = readFileSync(join(root, 'actions/sign/action.yml'), 'utf8')
  assert.equal(
    rootYml,
    actionYml.replace('  main: ../../dist/sign/index.js', '  main: dist/sign/index.js')
  )
  assert.match(rootYml, /^runs:\n {2}using: node24\n {2}main: dist\/sign\/index\.js\n$/mu)
  assert.ok(existsSync(join(root, 'dist/sign/index.js')), 'the bundle is committed')
  assert.match(rootYml, /^branding:\n {2}icon: \S+\n {2}color: \S+$/mu)
})
