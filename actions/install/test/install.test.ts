// dist/install through the runner: every tool from the catalog installs from the mirror, lands on
// PATH and runs; the notation plugin lands where notation looks; a second run hits the cache.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { arch } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { promisify } from 'node:util'
import { PINNED, startInstallEnvironment } from './fixtures/environment.ts'
import type { InstallEnvironment } from './fixtures/environment.ts'
import { versionLine } from '@sign/testenv'
import { errorMessages, runInstall, toolsOutput } from './fixtures/run-install.ts'
import type { InstallRun } from './fixtures/run-install.ts'

const exec = promisify(execFile)
const ALL_TOOLS = ['cosign', 'notation', 'notation-azure-kv', 'oras', 'syft']

let env: InstallEnvironment
let first: InstallRun
let requestsBefore: number

before(async () => {
  env = await startInstallEnvironment()
  requestsBefore = env.server.requests.length
  first = await runInstall({ env, inputs: { tools: ALL_TOOLS.join('\n') } })
})
after(() => env?.stop())

/** Runs `command` with only `path` (the step's GITHUB_PATH entries) before /usr/bin:/bin. */
async function runOnPath(command: string, path: string[]): Promise<string> {
  const { stdout } = await exec(command, [], {
    env: { PATH: [...path, '/usr/bin', '/bin'].join(':') }
  })
  return stdout.trim()
}

test('every tool installs from the mirror, lands on PATH and runs', async () => {
  const { result } = first
  assert.equal(result.exitCode, 0, errorMessages(result) || result.log)
  for (const tool of ['cosign', 'notation', 'oras', 'syft']) {
    assert.equal(await runOnPath(tool, result.path), versionLine({ tool, version: PINNED[tool]! }))
    assert.equal(result.outputs[`${tool}-version`], PINNED[tool])
    const path = result.outputs[`${tool}-path`] ?? ''
    assert.ok(
      result.path.some(dir => path === join(dir, tool)),
      `${tool}-path ${path} is on PATH`
    )
    assert.ok(path.startsWith(first.toolCache), `${path} is in the tool cache`)
  }
  assert.equal(result.path.length, 4, 'one PATH entry per tool, none for the plugin')
})

test('the notation plugin lands in notation’s plugin directory under the name notation expects', async () => {
  const { result, home } = first
  const plugin = join(home, 'xdg-config', 'notation', 'plugins', 'azure-kv', 'notation-azure-kv')
  assert.equal(result.outputs['notation-azure-kv-path'], plugin)
  assert.equal(result.outputs['notation-azure-kv-version'], PINNED['notation-azure-kv'])
  const { stdout } = await exec(plugin)
  assert.equal(
    stdout.trim(),
    versionLine({ tool: 'notation-azure-kv', version: PINNED['notation-azure-kv']! })
  )
  assert.ok(
    !result.path.some(dir => dir.includes('notation-azure-kv')),
    'the plugin is not on PATH'
  )
})

test('each asset was downloaded from the mirror once, with the catalog’s checksum', () => {
  const { result } = first
  const requests = env.server.requests.slice(requestsBefore)
  for (const tool of ALL_TOOLS) {
    const asset = new URL(env.resolve({ tool }).url).pathname
    assert.equal(requests.filter(path => path === asset).length, 1, `${asset} requested once`)
  }
  assert.ok(
    !requests.some(path => path.endsWith('.sigstore.json') || path.includes('checksums')),
    'pinned versions need no checksums file'
  )
  const tools = toolsOutput(result)
  assert.deepEqual(
    tools.map(tool => tool['tool']),
    ALL_TOOLS
  )
  for (const tool of tools) {
    assert.equal(tool['verified-by'], 'catalog')
    assert.equal(tool['cache-hit'], false)
    assert.equal(tool['sha256'], env.pinned.get(tool['tool'] as string)?.sha256)
  }
  assert.match(result.summary, /Installed tools/)
  assert.match(result.summary, /SHA-256 pinned in the catalog/)
})

test('a second run with the same tool cache downloads nothing and puts the same tools on PATH', async () => {
  const requestsBeforeSecond = env.server.requests.length
  const second = await runInstall({
    env,
    inputs: { tools: ALL_TOOLS.join('\n') },
    toolCache: first.toolCache
  })
  const { result } = second
  assert.equal(result.exitCode, 0, errorMessages(result) || result.log)
  assert.deepEqual(env.server.requests.slice(requestsBeforeSecond), [], 'no request at all')
  assert.deepEqual(result.path, first.result.path)
  for (const tool of toolsOutput(result)) {
    assert.equal(tool['cache-hit'], true)
    assert.equal(tool['verified-by'], 'catalog')
  }
  assert.equal(
    await runOnPath('syft', result.path),
    versionLine({ tool: 'syft', version: PINNED['syft']! })
  )
  // the plugin is placed again in this job's (new) notation directory
  const plugins = await readdir(join(second.home, 'xdg-config', 'notation', 'plugins', 'azure-kv'))
  assert.deepEqual(plugins, ['notation-azure-kv'])
  assert.match(result.summary, /tool cache/)
})

test('the tool cache holds each tool under <tool>/<version>/<arch>, marked complete', async () => {
  assert.deepEqual((await readdir(first.toolCache)).sort(), [...ALL_TOOLS].sort())
  for (const tool of ALL_TOOLS) {
    const entries = await readdir(join(first.toolCache, tool, PINNED[tool]!))
    assert.deepEqual(entries.sort(), [arch(), `${arch()}.complete`].sort())
  }
})

test('a mirror with a path prefix and a trailing slash is honoured', async () => {
  const resolved = env.resolve({ tool: 'cosign' })
  const prefixed = `/github-mirror${new URL(resolved.url).pathname}`
  env.server.put(prefixed, env.pinned.get('cosign')!.bytes)
  const from = env.server.requests.length
  const { result } = await runInstall({
    env,
    inputs: { tools: 'cosign', mirror: `${env.server.url}/github-mirror/` }
  })
  assert.equal(result.exitCode, 0, errorMessages(result) || result.log)
  assert.deepEqual(env.server.requests.slice(from), [prefixed])
  assert.equal(
    await runOnPath('cosign', result.path),
    versionLine({ tool: 'cosign', version: PINNED['cosign']! })
  )
})
