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
import { headlines, htmlText, logShape, summaryTables, versionLine } from '@sign/testenv'
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
})

test('the summary: one compact table of tool, version, how it was verified and cache hit; paths in a fold', () => {
  const { result } = first
  const tools = toolsOutput(result)
  assert.deepEqual(headlines(result.summary), [
    '✅ Install: 5 tools installed (5 downloaded, 0 from the tool cache)'
  ])
  const [compact, paths] = summaryTables(result.summary)
  assert.deepEqual(compact, {
    header: ['Tool', 'Version', 'Verified by', 'Cache hit'],
    rows: ALL_TOOLS.map(tool => [tool, PINNED[tool]!, '✅ SHA-256 pinned in the catalog', 'no'])
  })
  // The paths and digests only inside the fold, whole digest as the short one's title.
  const [visible = '', fold = ''] = result.summary.split('<details>')
  assert.match(fold, /^<summary>Paths and SHA-256 digests<\/summary>/u)
  assert.deepEqual(paths, {
    header: ['Tool', 'Path', 'SHA-256'],
    rows: tools.map(tool => {
      const sha256 = String(tool['sha256'])
      return [tool['tool'], tool['path'], `sha256:${sha256.slice(0, 8)}…${sha256.slice(-8)}`]
    })
  })
  for (const tool of tools) {
    assert.ok(!visible.includes(String(tool['path'])), 'no path outside the fold')
    assert.ok(fold.includes(`title="sha256:${String(tool['sha256'])}"`), 'the whole digest')
  }
})

test('the log: a few groups, none empty, then a result line per tool', () => {
  const { result } = first
  const shape = logShape(result.log)
  assert.deepEqual(
    shape.groups.map(group => group.name),
    [
      'Resolve 5 tools',
      'Download and verify 5 tools',
      'Unpack and cache 5 tools',
      'Put 5 tools on PATH'
    ]
  )
  for (const group of shape.groups) {
    assert.ok(group.lines.length > 0, `the group ${group.name} shows nothing`)
  }
  assert.deepEqual(
    shape.after,
    toolsOutput(result).map(
      tool =>
        `${String(tool['tool'])} ${String(tool['version'])}: ${String(tool['path'])} (SHA-256 pinned in the catalog; downloaded)`
    )
  )
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
  assert.deepEqual(headlines(result.summary), [
    '✅ Install: 5 tools installed (0 downloaded, 5 from the tool cache)'
  ])
  assert.deepEqual(
    summaryTables(result.summary)[0]?.rows.map(([tool, , , hit]) => [tool, hit]),
    ALL_TOOLS.map(tool => [tool, 'yes'])
  )
  // Nothing to download or unpack: no group for it, and every result line says so.
  const shape = logShape(result.log)
  assert.deepEqual(
    shape.groups.map(group => group.name),
    ['Resolve 5 tools', 'Put 5 tools on PATH']
  )
  assert.ok(shape.groups.every(group => group.lines.length > 0))
  assert.equal(shape.after.length, ALL_TOOLS.length)
  assert.ok(
    shape.after.every(line => line.endsWith('(SHA-256 pinned in the catalog; from the tool cache)'))
  )
  assert.match(htmlText(result.summary), /SHA-256 pinned in the catalog/u)
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
