// The conformance client protocol end to end: dist/cli/index.js verify-bundle over every
// sigstore-conformance case, by path and by digest; the result is the exit code alone. Why each
// case fails is checked by @sign/sigstore's own tests.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../../..')
const CLI = join(root, 'dist/cli/index.js')
const CASES = join(root, 'test/vectors/sigstore/conformance')
const IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main'
const ISSUER = 'https://token.actions.githubusercontent.com'

interface Outcome {
  name: string
  mode: 'path' | 'digest'
  expected: number
  code: number | null
  err: string
}

/** The protocol's arguments for one case, FILE_OR_DIGEST last. */
async function argsFor(dir: string, mode: Outcome['mode']): Promise<string[]> {
  const optional = async (name: string) =>
    existsSync(join(dir, name)) ? (await readFile(join(dir, name), 'utf8')).trim() : undefined
  const artifact = existsSync(join(dir, 'artifact')) ? join(dir, 'artifact') : join(CASES, 'a.txt')
  const signer = existsSync(join(dir, 'key.pub'))
    ? ['--key', join(dir, 'key.pub')]
    : [
        '--certificate-identity',
        (await optional('identity')) ?? IDENTITY,
        '--certificate-oidc-issuer',
        (await optional('issuer')) ?? ISSUER
      ]
  const trustedRoot = existsSync(join(dir, 'trusted_root.json'))
    ? ['--trusted-root', join(dir, 'trusted_root.json')]
    : []
  const input =
    mode === 'path'
      ? artifact
      : `sha256:${createHash('sha256')
          .update(await readFile(artifact))
          .digest('hex')}`
  return ['--bundle', join(dir, 'bundle.sigstore.json'), ...signer, ...trustedRoot, input]
}

function cli(args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise(done => {
    execFile(process.execPath, [CLI, 'verify-bundle', ...args], (error, _out, err) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, err })
    })
  })
}

async function runAll(jobs: (() => Promise<Outcome>)[]): Promise<Outcome[]> {
  const results: Outcome[] = []
  let next = 0
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]
      if (job) results.push(await job())
    }
  }
  await Promise.all(Array.from({ length: availableParallelism() }, worker))
  return results.sort((a, b) => a.name.localeCompare(b.name) || a.mode.localeCompare(b.mode))
}

test('verify-bundle exits 0 for every passing conformance case and 1 for every _fail case', async t => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run node scripts/build.mjs`)
  const names = (await readdir(CASES, { withFileTypes: true }))
    .filter(entry => entry.isDirectory())
    .map(entry => entry.name)
  assert.ok(names.length >= 40, `only ${names.length} cases in ${CASES}`)
  const jobs = names.flatMap(name =>
    (['path', 'digest'] as const).map(mode => async (): Promise<Outcome> => {
      const result = await cli(await argsFor(join(CASES, name), mode))
      return { name, mode, expected: name.endsWith('_fail') ? 1 : 0, ...result }
    })
  )
  const outcomes = await runAll(jobs)
  const wrong = outcomes.filter(o => o.code !== o.expected)
  t.diagnostic(`${outcomes.length - wrong.length} of ${outcomes.length} runs right`)
  const report = wrong.map(o => `${o.name} (${o.mode}): exit ${o.code}, ${o.err.trim()}`)
  assert.deepEqual(report, [], `${wrong.length} of ${outcomes.length} runs came out wrong`)
  for (const o of outcomes.filter(o => o.expected === 1)) {
    assert.match(o.err, /^sign verify-bundle: \S/, `${o.name} (${o.mode}) says why`)
  }
})
