// Every input of every action, given a bad value, fails the step before any request: no
// registry, Sigstore, Key Vault, Entra ID, release mirror or ID-token request. The step exits 1
// with exactly one error annotation that names the input and shows what to write, and writes
// nothing (the workspace is as it was, no outputs). The table must hold a case for every input
// each action.yml declares, or say why that input has no wrong value.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { after, before, describe, test, type TestContext } from 'node:test'
import { makeWorkspace, parseActionInputs } from '@sign/testenv'
import { COSIGN_KEYLESS } from './bad-inputs/cosign-keyless.ts'
import { INSTALL } from './bad-inputs/install.ts'
import { NOTATION_SIGN_AKV } from './bad-inputs/notation-sign-akv.ts'
import { SBOM_ATTACH } from './bad-inputs/sbom-attach.ts'
import { SIGN } from './bad-inputs/sign.ts'
import { SLSA_PROVENANCE } from './bad-inputs/slsa-provenance.ts'
import { listTree } from './bad-inputs/services.ts'
import type { ActionHarness, ActionTable, BadInputCase } from './bad-inputs/table.ts'
import { VERIFY } from './bad-inputs/verify.ts'

const ROOT = resolve(import.meta.dirname, '..')
const TABLES: ActionTable[] = [
  INSTALL,
  COSIGN_KEYLESS,
  NOTATION_SIGN_AKV,
  SBOM_ATTACH,
  SIGN,
  SLSA_PROVENANCE,
  VERIFY
]

function declaredInputs(action: string): string[] {
  const file = join(ROOT, 'actions', action, 'action.yml')
  return [...parseActionInputs(readFileSync(file, 'utf8'), file).keys()]
}

test('the table has a bad value for every input of every action.yml, or a reason it has none', () => {
  assert.deepEqual(
    TABLES.map(table => table.action).sort(),
    readdirSync(join(ROOT, 'actions')).sort(),
    'a table for every action'
  )
  for (const table of TABLES) {
    const declared = declaredInputs(table.action)
    const covered = new Set(table.cases.map(badCase => badCase.input))
    const exempt = Object.keys(table.exempt)
    assert.deepEqual(
      declared.filter(input => !covered.has(input) && !exempt.includes(input)),
      [],
      `${table.action}: inputs without a bad-value case or an exemption`
    )
    assert.deepEqual(
      [...covered, ...exempt].filter(input => !declared.includes(input)),
      [],
      `${table.action}: cases or exemptions for inputs action.yml does not declare`
    )
    assert.deepEqual(
      exempt.filter(input => covered.has(input)),
      [],
      `${table.action}: exempt inputs that have cases`
    )
  }
})

for (const table of TABLES) {
  describe(table.action, () => {
    let harness: ActionHarness
    before(async () => {
      harness = await table.start()
    })
    after(() => harness.stop())

    for (const badCase of table.cases) {
      const shown = JSON.stringify(Object.values(badCase.inputs).filter(Boolean).join(' '))
      test(`${badCase.input}: ${shown} is refused before any request`, t =>
        assertRefused({ t, harness, badCase }))
    }
  })
}

async function assertRefused(options: {
  t: TestContext
  harness: ActionHarness
  badCase: BadInputCase
}): Promise<void> {
  const { t, harness, badCase } = options
  const workspace = await makeWorkspace(t, { ...harness.files, ...badCase.files })
  const listing = await listTree(workspace)
  const requests = harness.requests()
  const values = harness.values ?? {}
  const inputs = Object.fromEntries(
    Object.entries({ ...harness.base, ...badCase.inputs }).map(([name, value]) => [
      name,
      value.replace(/\{\{([a-z-]+)\}\}/g, (_, key: string) => values[key] ?? '')
    ])
  )
  const result = await harness.run({ workspace, inputs })
  const errors = result.annotations.filter(annotation => annotation.level === 'error')
  const shown = `${errors.map(error => error.message).join('\n---\n')}\n${result.log}`
  assert.equal(result.exitCode, 1, shown)
  assert.equal(errors.length, 1, `exactly one error annotation:\n${shown}`)
  const message = errors[0]?.message ?? ''
  t.diagnostic(message.split('\n')[0] ?? '')
  assert.ok(message.includes(badCase.input), `the message names ${badCase.input}:\n${shown}`)
  assert.ok(
    message.includes(badCase.message),
    `expected ${JSON.stringify(badCase.message)}:\n${shown}`
  )
  if (badCase.showsYaml !== false) {
    assert.match(
      message,
      /\nwith:\n {2}[a-z0-9-]+:/,
      `the message shows the YAML to write:\n${shown}`
    )
  }
  assert.doesNotMatch(message, /internal error/, shown)
  assert.deepEqual(harness.requests(), requests, `no request to any service:\n${shown}`)
  assert.deepEqual(await listTree(workspace), listing, 'nothing written in the workspace')
  assert.deepEqual(result.outputs, {}, 'no outputs')
  assert.deepEqual(result.path, [], 'nothing added to PATH')
  assert.deepEqual(result.env, {}, 'no environment variables set')
}
